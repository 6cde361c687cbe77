import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, CLI_DATABASE_LIMITS, ConfigModule, DatabaseModule, QueueModule, StructuredLogger } from '@ytmt/core';
import { MarketplaceModule } from '@ytmt/marketplace';
import { NeedReindexer, NeedsModule } from '@ytmt/needs';
import { createProgress } from '../progress';

/** Rebuilds the need search index from the database, with a progress bar (the worker keeps it up to date otherwise). */
export async function reindexNeedsCommand(config: AppConfig): Promise<void> {
  // The marketplace tells the need documents which providers each need was forwarded to.
  @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule.withLimits(CLI_DATABASE_LIMITS), QueueModule, NeedsModule, MarketplaceModule] })
  class ReindexNeedsModule {}
  const context = await NestFactory.createApplicationContext(ReindexNeedsModule, {
    logger: new StructuredLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, { app: 'cli' }),
  });
  try {
    const progress = createProgress(`Reindex needs (${config.search.engine})`);
    const started = Date.now();
    const count = await context.get(NeedReindexer).reindex(progress.update);
    progress.stop();
    console.log(`Reindexed ${count} needs into ${config.search.engine} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await context.close();
  }
}
