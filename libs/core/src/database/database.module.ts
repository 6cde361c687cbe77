import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig, DatabaseLimits } from '../config/config.schema';
import { buildDataSourceOptions } from './data-source-options';

function typeOrmRoot(overrides: Partial<DatabaseLimits>): DynamicModule {
  return TypeOrmModule.forRootAsync({
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => ({
      ...buildDataSourceOptions(config.databaseAppUrl, { ...config.database, ...overrides }),
      // Fail fast at boot instead of retrying for half a minute on a wrong URL.
      retryAttempts: 2,
      retryDelay: 500,
    }),
  });
}

/** The application's pool, with the configured size and session timeouts (DB_* variables). */
@Module({ imports: [typeOrmRoot({})] })
export class DatabaseModule {
  /**
   * The same pool with some limits replaced: CLI imports and bulk rebuilds may legitimately run
   * statements longer than a request should, e.g. `DatabaseModule.withLimits({ statementTimeoutMs: 0 })`.
   */
  static withLimits(overrides: Partial<DatabaseLimits>): DynamicModule {
    return { module: LimitedDatabaseModule, imports: [typeOrmRoot(overrides)] };
  }
}

@Module({})
class LimitedDatabaseModule {}

/** Imports, seeding and bulk rebuilds from the CLI: no statement or idle limit, locks still bounded. */
export const CLI_DATABASE_LIMITS: Partial<DatabaseLimits> = { statementTimeoutMs: 0, idleInTransactionTimeoutMs: 0 };
