import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';

// Entities and migrations are found by file name so that core never imports a domain lib.
const SOURCE_ROOT = join(__dirname, '..', '..', '..', '..');

export function buildDataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    entities: [join(SOURCE_ROOT, 'libs', '*', 'src', '**', '*.entity.{ts,js}')],
    migrations: [join(SOURCE_ROOT, 'libs', 'core', 'src', 'database', 'migrations', '*.{ts,js}')],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    extra: { max: 10, application_name: 'ytmt' },
  };
}
