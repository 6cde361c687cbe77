import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, CLI_DATABASE_LIMITS, ConfigModule, DatabaseModule, QueueModule, StructuredLogger } from '@ytmt/core';
import { MatcherModule, MatcherService } from '@ytmt/matching';
import { createProgress } from '../progress';

/**
 * Recomputes every open need's suggestions now, with a progress bar (the worker does it nightly),
 * scoring in REMATCH_THREADS worker threads.
 */
export async function rematchCommand(config: AppConfig): Promise<void> {
  @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule.withLimits(CLI_DATABASE_LIMITS), QueueModule, MatcherModule] })
  class RematchModule {}
  const context = await NestFactory.createApplicationContext(RematchModule, {
    logger: new StructuredLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, { app: 'cli' }),
  });
  try {
    const progress = createProgress('Rematch');
    const started = Date.now();
    const { needs, profiles } = await context.get(MatcherService).rematchAll((done, total) => progress.update('tarpeet', done, total));
    progress.stop();
    const threads = config.rematchThreads === 1 ? 'one thread' : `${config.rematchThreads} threads`;
    console.log(`Rematched ${needs} open needs against ${profiles} consenting profiles in ${((Date.now() - started) / 1000).toFixed(1)} s (${threads}).`);
  } finally {
    await context.close();
  }
}
