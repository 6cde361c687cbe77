import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CLI_DATABASE_LIMITS, ConfigModule, DatabaseModule, QueueModule } from '@ytmt/core';
import { AdviceModule } from '@ytmt/advice';
import { CatalogueModule } from '@ytmt/catalogue';
import { DemoModule } from '@ytmt/demo';
import { RegionsModule } from '@ytmt/regions';
import { SkillsModule } from '@ytmt/skills';

/** What the CLI commands need: database access and the domain importers and seeders. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.withLimits(CLI_DATABASE_LIMITS), QueueModule, RegionsModule, CatalogueModule, AdviceModule, DemoModule, SkillsModule],
    };
  }
}
