import { AppConfig } from '@ytmt/core';
import { Client } from 'pg';

/**
 * A database says it is production with `ALTER DATABASE <name> SET ytmt.environment = 'production'`
 * (run once by its owner): then no command may load demo data into it, whatever APP_ENV says.
 */
export const DATABASE_ENVIRONMENT_SETTING = 'ytmt.environment';

/**
 * Demo users sign in without a password wherever development login is on, and demo companies and
 * jobseekers would mix with real ones: seed:demo refuses a production database.
 */
export async function refuseProductionDatabase(config: AppConfig): Promise<void> {
  if (config.environment === 'production') {
    throw new Error('seed:demo refuses to run with APP_ENV=production: demo data never goes into a production database');
  }
  const client = new Client({ connectionString: config.databaseUrl });
  try {
    await client.connect();
  } catch {
    // No database yet (migrate creates it): nothing to protect.
    return;
  }
  try {
    const { rows } = await client.query<{ environment: string | null }>(`SELECT current_setting($1, true) AS environment`, [
      DATABASE_ENVIRONMENT_SETTING,
    ]);
    if (rows[0]?.environment === 'production') {
      throw new Error(`seed:demo refuses this database: it is marked as production (${DATABASE_ENVIRONMENT_SETTING} = production)`);
    }
  } finally {
    await client.end();
  }
}
