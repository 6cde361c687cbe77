import 'reflect-metadata';
import { AppConfig, ConfigValidationError, DEFAULT_WEB_DIST_DIR, loadConfig } from '@ytmt/core';
import { importAdviceCommand, importRegionsCommand, migrateCommand, reindexCommand, revertCommand, seedDemoCommand } from './commands/data.commands';
import { importEscoCommand } from './commands/esco.command';
import { rematchCommand } from './commands/matching.command';
import { reindexNeedsCommand } from './commands/need-search.command';
import { printSchemaCommand } from './commands/schema.command';
import { setupCommand, startCommand, startProdCommand } from './commands/start.command';
import { buildWebAppIfStale } from './commands/web-build';

/** `runWithoutConfig`: the command reads no configuration (a build step must not fail on the environment). */
type Command = { help: string } & ({ run: (config: AppConfig) => Promise<void> } | { runWithoutConfig: () => Promise<void> });

const COMMANDS: Record<string, Command> = {
  start: { run: startCommand, help: 'start services if needed, migrate, seed demo data, run API and worker' },
  'start:prod': {
    run: (config) => startProdCommand(config),
    help: 'compiled only: setup, then run API and worker from dist (--demo: demo data and dev login; --no-setup)',
  },
  'build:web-if-stale': {
    runWithoutConfig: () => buildWebAppIfStale({ web: { distDir: DEFAULT_WEB_DIST_DIR } }),
    help: 'build the web app into apps/web/dist when that build is missing or older than its sources',
  },
  migrate: { run: migrateCommand, help: 'create the database if missing and apply migrations' },
  setup: { run: setupCommand, help: 'deployment step: migrate, then load regions, ESCO (if missing) and advice articles (idempotent)' },
  'migrate:revert': { run: revertCommand, help: 'revert the last migration' },
  'import:regions': { run: importRegionsCommand, help: 'load municipalities, postal codes, wellbeing counties, employment areas' },
  'import:esco': { run: importEscoCommand, help: 'load ESCO occupations, skills and their relations (idempotent)' },
  'import:advice': { run: importAdviceCommand, help: 'load the advice articles for employers and index them (idempotent)' },
  'seed:demo': { run: seedDemoCommand, help: 'load demo organisations and users (idempotent)' },
  reindex: { run: reindexCommand, help: 'rebuild the service search index from the database (with progress)' },
  'reindex:needs': { run: reindexNeedsCommand, help: 'rebuild the need search index from the database (with progress)' },
  rematch: { run: rematchCommand, help: 'recompute the suggestions of every open need now (with progress)' },
  'schema:print': { run: printSchemaCommand, help: 'write the GraphQL schema to schema.gql' },
};

async function main(): Promise<void> {
  const name = process.argv[2];
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.log('Usage: npm run cli -- <command>\n');
    for (const [key, { help }] of Object.entries(COMMANDS)) console.log(`  ${key.padEnd(16)} ${help}`);
    process.exitCode = name ? 2 : 0;
    return;
  }
  await ('runWithoutConfig' in command ? command.runWithoutConfig() : command.run(loadConfig()));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigValidationError) {
    console.error(error.message);
  } else {
    console.error(error instanceof Error ? error.message : String(error));
    if (process.env['DEBUG']) console.error(error);
  }
  process.exit(1);
});
