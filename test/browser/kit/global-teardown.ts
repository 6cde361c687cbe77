import { rmSync } from 'node:fs';
import { Client } from 'pg';
import { stack, stackFile } from './stack';

export default async function globalTeardown(): Promise<void> {
  let current;
  try {
    current = stack();
  } catch {
    return;
  }
  try {
    process.kill(-current.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  await new Promise((resolve) => setTimeout(resolve, 1500));
  try {
    process.kill(-current.pid, 'SIGKILL');
  } catch {
    // stopped in time
  }
  const url = new URL(current.databaseUrl);
  const database = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  rmSync(current.webDist, { recursive: true, force: true });
  rmSync(stackFile(), { force: true });
}
