import { Client } from 'pg';
import { DEFAULT_DATABASE_URL } from '../../libs/core/src/config/config.schema';

/** Drops this run's template database (each test file drops its own clone). */
export default async function globalTeardown(): Promise<void> {
  const template = process.env['YTMT_TEST_TEMPLATE'];
  if (!template) return;
  const url = new URL(process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  } finally {
    await client.end();
    delete process.env['YTMT_TEST_TEMPLATE'];
  }
}
