import { DataSource } from 'typeorm';
import { buildDataSourceOptions, ensureDatabase, runMigrations } from '@ytmt/core';
import { createTestDatabase, dropTestDatabase } from '@ytmt/test-kit';

describe('migrations', () => {
  let url: string;
  beforeAll(async () => {
    url = await createTestDatabase(false);
  });
  afterAll(() => dropTestDatabase(url));

  const tables = async (dataSource: DataSource) =>
    (await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).map(
      (row: { tablename: string }) => row.tablename,
    );

  it('create the database when missing, apply, revert completely and apply again', async () => {
    const fresh = `${url}_new`;
    expect(await ensureDatabase(fresh)).toBe(true);
    expect(await ensureDatabase(fresh)).toBe(false);
    await dropTestDatabase(fresh);

    const first = await runMigrations(url);
    expect(first.applied.length).toBeGreaterThan(0);
    expect((await runMigrations(url)).applied).toEqual([]);

    const dataSource = new DataSource(buildDataSourceOptions(url));
    await dataSource.initialize();
    try {
      expect(await tables(dataSource)).toEqual(
        expect.arrayContaining(['municipality', 'employment_area', 'organization', 'membership', 'app_user', 'outbox_event']),
      );
      for (let i = 0; i < first.applied.length; i++) await dataSource.undoLastMigration();
      expect(await tables(dataSource)).toEqual(['schema_migrations']);
      const types = await dataSource.query(`SELECT typname FROM pg_type WHERE typtype = 'e'`);
      expect(types).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
    expect((await runMigrations(url)).applied).toEqual(first.applied);
  });

  it('match the entities: generating a migration now would change nothing', async () => {
    const dataSource = new DataSource(buildDataSourceOptions(url));
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
