import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@ytmt/core';
import { createTestDatabase, dropTestDatabase } from './test-database';

export interface TestDataSourceOptions {
  /** The pool's size; the driver's default when not given. */
  maxConnections?: number;
}

export interface TestDataSource {
  dataSource: DataSource;
  close(): Promise<void>;
}

/** A data source on a database of its own, cloned from the migrated template; close() drops it. */
export async function openTestDataSource(options: TestDataSourceOptions = {}): Promise<TestDataSource> {
  const url = await createTestDatabase();
  const dataSource = new DataSource({
    ...buildDataSourceOptions(url),
    ...(options.maxConnections === undefined ? {} : { extra: { max: options.maxConnections } }),
  });
  await dataSource.initialize();
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await dropTestDatabase(url);
    },
  };
}

/**
 * A database of its own for the enclosing describe block: opened before its tests, dropped after
 * them. Read `dataSource` inside hooks and tests.
 */
export function useTestDataSource(options: TestDataSourceOptions = {}): { readonly dataSource: DataSource } {
  let opened: TestDataSource | undefined;
  beforeAll(async () => {
    opened = await openTestDataSource(options);
  });
  afterAll(async () => {
    await opened?.close();
  });
  return {
    get dataSource(): DataSource {
      if (!opened) throw new Error('The test database is open only inside hooks and tests');
      return opened.dataSource;
    },
  };
}
