import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig } from '@ytmt/core';
import { DemoNeedsSeeder, DemoSeeder, DemoTalentSeeder } from '@ytmt/demo';
import { EscoImporter } from '@ytmt/skills';
import { createTestDatabase, dropTestDatabase, removeQueueKeys, testConfig } from '@ytmt/test-kit';
import { DataSource } from 'typeorm';
import { CliModule } from '../../../apps/cli/src/cli.module';
import { MatcherModule } from '../src/matching.module';
import { MatcherService } from '../src/matcher.service';

const SNAPSHOT = `SELECT need_id, profile_id, score, explanation, engine_version FROM match_result ORDER BY need_id, profile_id`;

describe('The full rematch in worker threads', () => {
  let databaseUrl: string;
  let config: AppConfig;
  let context: INestApplicationContext;
  let dataSource: DataSource;

  beforeAll(async () => {
    databaseUrl = await createTestDatabase();
    config = testConfig(databaseUrl);
    @Module({ imports: [CliModule.forRoot(config), MatcherModule] })
    class RematchTestModule {}
    context = await NestFactory.createApplicationContext(RematchTestModule, { logger: false });
    dataSource = context.get<DataSource>(getDataSourceToken());
    await context.get(EscoImporter).import();
    await context.get(DemoSeeder).seed();
    await context.get(DemoNeedsSeeder).seed();
    const talent = await context.get(DemoTalentSeeder).seed();
    if (talent.skipped) throw new Error(`demo jobseekers skipped: ${talent.skipped}`);
  }, 180_000);
  afterAll(async () => {
    await context?.close();
    if (config) await removeQueueKeys(config);
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  it('stores exactly what the single-threaded run stores, with one thread or two', async () => {
    const matcher = context.get(MatcherService);
    const single = await matcher.rematchAll(undefined, { threads: 1 });
    const expected = await dataSource.query(SNAPSHOT);
    // Something to compare: several needs, each with suggestions from several people.
    expect(single.needs).toBeGreaterThan(1);
    expect(new Set(expected.map((row: { need_id: string }) => row.need_id)).size).toBeGreaterThan(1);
    expect(new Set(expected.map((row: { profile_id: string }) => row.profile_id)).size).toBeGreaterThan(1);

    await dataSource.query('DELETE FROM match_result');
    const progress: number[] = [];
    const threaded = await matcher.rematchAll((done) => void progress.push(done), { threads: 2 });
    expect(threaded).toEqual(single);
    expect(progress[progress.length - 1]).toBe(single.needs);
    expect(await dataSource.query(SNAPSHOT)).toEqual(expected);
  });

  it('leaves the worker’s index usable for the jobs that follow', async () => {
    const matcher = context.get(MatcherService);
    await matcher.rematchAll(undefined, { threads: 2 });
    const [{ id: profileId }] = await dataSource.query(
      `SELECT p.id FROM jobseeker_profile p JOIN match_result m ON m.profile_id = p.id LIMIT 1`,
    );
    const view = matcher.inspect(profileId);
    expect(view).toMatchObject({ built: true, present: true });
    expect(view.profiles).toBeGreaterThan(1);
  });
});
