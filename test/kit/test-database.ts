import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DEFAULT_DATABASE_URL, splitDatabaseUrl } from '@ytmt/core';

/** The server the tests use; the database part of TEST_DATABASE_URL is ignored. */
export const TEST_SERVER_URL = process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL;
/** Set by global-setup for its run, so that parallel runs never share (or drop) a template. */
export function templateDatabase(): string {
  const name = process.env['YTMT_TEST_TEMPLATE'];
  if (!name) throw new Error('YTMT_TEST_TEMPLATE is not set: run the tests through Jest (global-setup.ts)');
  return name;
}

export function databaseUrl(name: string): string {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withMaintenanceClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: splitDatabaseUrl(TEST_SERVER_URL).maintenanceUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database of its own for one test file, cloned from the migrated template. */
export async function createTestDatabase(fromTemplate = true): Promise<string> {
  const name = `ytmt_test_${randomBytes(5).toString('hex')}`;
  await withMaintenanceClient(async (client) => {
    // CREATE DATABASE … TEMPLATE fails while another session holds the template; retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}"${fromTemplate ? ` TEMPLATE "${templateDatabase()}"` : ''}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt > 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
  return databaseUrl(name);
}

export async function dropTestDatabase(url: string): Promise<void> {
  const { database } = splitDatabaseUrl(url);
  await withMaintenanceClient((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
}
