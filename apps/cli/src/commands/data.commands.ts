import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, runMigrations, revertLastMigration, StructuredLogger } from '@ytmt/core';
import { AdviceImporter } from '@ytmt/advice';
import { ServiceReindexer } from '@ytmt/catalogue';
import { DemoCandidatesSeeder, DemoCatalogueSeeder, DemoCrmSeeder, DemoMarketplaceSeeder, DemoNeedsSeeder, DemoSeeder, DemoTalentSeeder } from '@ytmt/demo';
import { RegionsImporter } from '@ytmt/regions';
import { CliModule } from '../cli.module';
import { createProgress } from '../progress';
import { refuseProductionDatabase } from './seed-guard';

export async function withContext<T>(config: AppConfig, work: (context: INestApplicationContext) => Promise<T>): Promise<T> {
  const context = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
    logger: new StructuredLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, { app: 'cli' }),
  });
  try {
    return await work(context);
  } finally {
    await context.close();
  }
}

export async function migrateCommand(config: AppConfig): Promise<void> {
  const { applied } = await runMigrations(config.databaseUrl);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
}

export async function revertCommand(config: AppConfig): Promise<void> {
  await revertLastMigration(config.databaseUrl);
  console.log('Reverted the last migration.');
}

export async function importRegionsCommand(config: AppConfig): Promise<void> {
  await withContext(config, async (context) => {
    const progress = createProgress('Regions');
    const report = await context.get(RegionsImporter).import(progress.update);
    progress.stop();
    console.log(
      `Regions: ${report.municipalities} municipalities, ${report.postalCodes} postal codes, ` +
        `${report.wellbeingCounties} wellbeing counties, employment areas ${report.employmentAreasAdded} added / ${report.employmentAreasKept} kept.`,
    );
  });
}

export async function seedDemoCommand(config: AppConfig): Promise<void> {
  await refuseProductionDatabase(config);
  await withContext(config, async (context) => {
    const progress = createProgress('Demo data');
    const report = await context.get(DemoSeeder).seed(progress.update);
    progress.stop();
    console.log(`Demo data: ${report.organizations} organisations, ${report.users} users (${report.memberships} new memberships).`);
    await importAdvice(context);
    const catalogueProgress = createProgress('Demo catalogue');
    const catalogue = await context.get(DemoCatalogueSeeder).seed(catalogueProgress.update);
    catalogueProgress.stop();
    // Published demo services reach the search index through the outbox once the worker runs.
    console.log(`Demo catalogue: ${catalogue.created} services created, ${catalogue.existing} already there.`);
    const crmProgress = createProgress('Demo companies');
    const crm = await context.get(DemoCrmSeeder).seed(crmProgress.update);
    crmProgress.stop();
    console.log(`Demo companies: ${crm.companies} accounts (${crm.created} new), ${crm.interactions} interactions, ${crm.tasks} tasks.`);
    const needsProgress = createProgress('Demo needs');
    const needs = await context.get(DemoNeedsSeeder).seed(needsProgress.update);
    needsProgress.stop();
    console.log(
      `Demo needs: ${needs.created} created, ${needs.updated} given their ESCO occupation and skills, ${needs.existing} already there` +
        (needs.withoutEsco > 0 ? ` (${needs.withoutEsco} without ESCO occupation and skills until ESCO is loaded).` : '.'),
    );
    // Before the candidate lists fill the need: the association's proposal is accepted first.
    await context.get(DemoMarketplaceSeeder).seedBrokeredHire();
    await seedDemoTalent(context);
    const marketProgress = createProgress('Demo market place');
    const market = await context.get(DemoMarketplaceSeeder).seed(marketProgress.update);
    marketProgress.stop();
    console.log(`Demo market place: ${market.proposals} proposals and ${market.forwards} forwards made; ${market.notifications} notifications in all.`);
  });
}

/** Jobseekers and candidate lists need ESCO: without it they are skipped, with a message. */
async function seedDemoTalent(context: INestApplicationContext): Promise<void> {
  const talentProgress = createProgress('Demo jobseekers');
  const talent = await context.get(DemoTalentSeeder).seed(talentProgress.update);
  talentProgress.stop();
  if (talent.skipped) {
    console.log(`Demo jobseekers skipped: ${talent.skipped}.`);
    return;
  }
  console.log(`Demo jobseekers: ${talent.created} profiles created, ${talent.existing} already there, ${talent.consentDecisions} consent decisions recorded.`);
  const candidatesProgress = createProgress('Demo candidate lists');
  const candidates = await context.get(DemoCandidatesSeeder).seed(candidatesProgress.update);
  candidatesProgress.stop();
  if (candidates.skipped) {
    console.log(`Demo candidate lists skipped: ${candidates.skipped}.`);
    return;
  }
  console.log(
    `Demo candidate lists: ${candidates.suggestions} suggestions, ${candidates.actions} list actions taken` +
      (candidates.missing.length > 0 ? `; not suggested, left out: ${candidates.missing.join(', ')}.` : '.'),
  );
}

export async function reindexCommand(config: AppConfig): Promise<void> {
  await withContext(config, async (context) => {
    const progress = createProgress(`Reindex (${config.search.engine})`);
    const count = await context.get(ServiceReindexer).reindex(progress.update);
    progress.stop();
    console.log(`Reindexed ${count} published services into ${config.search.engine}.`);
  });
}

async function importAdvice(context: INestApplicationContext): Promise<void> {
  const report = await context.get(AdviceImporter).import();
  console.log(`Advice articles: ${report.articles} (${report.changed} new or changed), indexed for search.`);
}

export async function importAdviceCommand(config: AppConfig): Promise<void> {
  await withContext(config, importAdvice);
}
