// Run as its own process by global-setup.ts, so that no GraphQL-decorated class is loaded into
// Jest's main context (its globals differ from the test sandboxes').
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdviceImporter } from '@ytmt/advice';
import { buildDataSourceOptions, runMigrations } from '@ytmt/core';
import { DemoSeeder } from '@ytmt/demo';
import { RegionsImporter } from '@ytmt/regions';
import { databaseUrl, templateDatabase, withMaintenanceClient } from './test-database';

async function buildTemplate(): Promise<void> {
  Logger.overrideLogger(['error']);
  const template = templateDatabase();
  await withMaintenanceClient((client) => client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`));
  const url = databaseUrl(template);
  await runMigrations(url);
  const dataSource = new DataSource(buildDataSourceOptions(url));
  await dataSource.initialize();
  try {
    await new DemoSeeder(dataSource, new RegionsImporter(dataSource)).seed();
    await new AdviceImporter(dataSource).import();
  } finally {
    await dataSource.destroy();
  }
}

buildTemplate().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
