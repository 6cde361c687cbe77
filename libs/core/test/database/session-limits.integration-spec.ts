import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig, CLI_DATABASE_LIMITS, ConfigModule, DatabaseBusyReason, databaseBusyReason, DatabaseModule, setTransactionTimeouts } from '@ytmt/core';
import { createTestDatabase, dropTestDatabase, testConfig } from '@ytmt/test-kit';

/** The application's pool under a held lock, a runaway statement and a forgotten transaction. */
describe('Database session limits (real PostgreSQL)', () => {
  let config: AppConfig;
  let moduleRef: Awaited<ReturnType<ReturnType<typeof Test.createTestingModule>['compile']>>;
  let dataSource: DataSource;
  let holder: Client;

  beforeAll(async () => {
    config = testConfig(await createTestDatabase(), {
      DB_POOL_SIZE: '3',
      DB_LOCK_TIMEOUT_MS: '300',
      DB_STATEMENT_TIMEOUT_MS: '800',
      DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '500',
      DB_CONNECT_TIMEOUT_MS: '1500',
    });
    moduleRef = await Test.createTestingModule({ imports: [ConfigModule.forRoot(config), DatabaseModule] }).compile();
    await moduleRef.init();
    dataSource = moduleRef.get(getDataSourceToken());
    holder = new Client({ connectionString: config.databaseUrl });
    await holder.connect();
  });

  afterAll(async () => {
    await holder.end().catch(() => undefined);
    await moduleRef.close();
    await dropTestDatabase(config.databaseUrl);
  });

  const timed = async <T>(work: () => Promise<T>) => {
    const started = Date.now();
    try {
      await work();
      return { ms: Date.now() - started, error: null as unknown };
    } catch (error) {
      return { ms: Date.now() - started, error };
    }
  };

  it('fails fast with LOCK_TIMEOUT while another session holds a table lock, and the pool keeps serving', async () => {
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE employment_area IN ACCESS EXCLUSIVE MODE');
    try {
      // More requests than connections: each gives its connection back after the lock timeout.
      const results = await Promise.all(Array.from({ length: 6 }, () => timed(() => dataSource.query('SELECT count(*) FROM employment_area'))));
      for (const result of results) {
        expect(databaseBusyReason(result.error)).toBe(DatabaseBusyReason.LOCK_TIMEOUT);
        expect(result.ms).toBeLessThan(3000);
      }
      // Meanwhile anything not behind the lock answers at once.
      const ping = await timed(() => dataSource.query('SELECT 1'));
      expect(ping.error).toBeNull();
      expect(ping.ms).toBeLessThan(500);
    } finally {
      await holder.query('ROLLBACK');
    }
    expect(await dataSource.query('SELECT count(*)::int > 0 AS ok FROM employment_area')).toEqual([{ ok: true }]);
  });

  it('cancels a runaway statement with STATEMENT_TIMEOUT, unless a transaction lifts the limit for itself', async () => {
    const runaway = await timed(() => dataSource.query('SELECT pg_sleep(5)'));
    expect(databaseBusyReason(runaway.error)).toBe(DatabaseBusyReason.STATEMENT_TIMEOUT);
    expect(runaway.ms).toBeLessThan(2000);

    const lifted = await timed(() =>
      dataSource.transaction(async (manager) => {
        await setTransactionTimeouts(manager, { statementTimeoutMs: 0 });
        await manager.query('SELECT pg_sleep(1.2)');
      }),
    );
    expect(lifted.error).toBeNull();
    // SET LOCAL ended with the transaction: the next statement is bounded again.
    expect(databaseBusyReason((await timed(() => dataSource.query('SELECT pg_sleep(2)'))).error)).toBe(DatabaseBusyReason.STATEMENT_TIMEOUT);
  });

  it('ends a transaction left idle, releasing its locks', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query('SELECT id FROM employment_area LIMIT 1 FOR UPDATE');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const after = await timed(() => runner.query('SELECT 1'));
      expect(after.error).not.toBeNull();
    } finally {
      await runner.release().catch(() => undefined);
    }
    // The row lock went with the session: another session takes it at once.
    await holder.query('BEGIN');
    await expect(holder.query('SELECT id FROM employment_area LIMIT 1 FOR UPDATE NOWAIT')).resolves.toBeDefined();
    await holder.query('ROLLBACK');
  });

  it('gives every pooled session the limits, and the CLI’s pool no statement limit', async () => {
    const settings = async (source: DataSource) =>
      source.query(`SELECT current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock, current_setting('idle_in_transaction_session_timeout') AS idle`);
    expect(await settings(dataSource)).toEqual([{ statement: '800ms', lock: '300ms', idle: '500ms' }]);

    const cli = await Test.createTestingModule({ imports: [ConfigModule.forRoot(config), DatabaseModule.withLimits(CLI_DATABASE_LIMITS)] }).compile();
    await cli.init();
    try {
      expect(await settings(cli.get(getDataSourceToken()))).toEqual([{ statement: '0', lock: '300ms', idle: '0' }]);
    } finally {
      await cli.close();
    }
  });
});
