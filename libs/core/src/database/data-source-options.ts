import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import type { DatabaseLimits } from '../config/config.schema';
import { CODE_EXTENSION, CODE_ROOT } from '../config/repository-root';

// Entities and migrations are found by file name so that core never imports a domain lib: the
// .ts sources under ts-node and Jest, only the compiled .js under dist/ (node cannot load .ts).
const SOURCE_ROOT = CODE_ROOT;

/** Session limits; 0 leaves the server's default (none). */
export type SessionTimeouts = Pick<DatabaseLimits, 'statementTimeoutMs' | 'lockTimeoutMs' | 'idleInTransactionTimeoutMs'>;

/**
 * Without limits (migrations, the TypeORM CLI) a connection waits as long as PostgreSQL lets it;
 * the API and the worker pass their config so that a held lock or a runaway query fails fast
 * instead of holding a pooled connection until the pool is exhausted.
 */
export function buildDataSourceOptions(databaseUrl: string, limits?: DatabaseLimits): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    entities: [join(SOURCE_ROOT, 'libs', '*', 'src', '**', `*.entity${CODE_EXTENSION}`)],
    migrations: [join(SOURCE_ROOT, 'libs', 'core', 'src', 'database', 'migrations', `*${CODE_EXTENSION}`)],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    ...(limits ? { connectTimeoutMS: limits.connectTimeoutMs } : {}),
    extra: {
      max: limits?.poolSize ?? 10,
      application_name: 'ytmt',
      ...(limits ? sessionParameters(limits) : {}),
    },
  };
}

/**
 * node-postgres sends these as startup parameters: every pooled connection has them from its
 * first statement, with no extra round trip and no way for a reused connection to miss them.
 */
export function sessionParameters(timeouts: SessionTimeouts): Record<string, number> {
  const parameters: Record<string, number> = {};
  if (timeouts.statementTimeoutMs > 0) parameters['statement_timeout'] = timeouts.statementTimeoutMs;
  if (timeouts.lockTimeoutMs > 0) parameters['lock_timeout'] = timeouts.lockTimeoutMs;
  if (timeouts.idleInTransactionTimeoutMs > 0) parameters['idle_in_transaction_session_timeout'] = timeouts.idleInTransactionTimeoutMs;
  return parameters;
}
