import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule, DatabaseModule } from '@ytmt/core';
import { DemoModule } from '@ytmt/demo';
import { RegionsModule } from '@ytmt/regions';

/** What the CLI commands need: database access and the domain importers and seeders. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, RegionsModule, DemoModule],
    };
  }
}
