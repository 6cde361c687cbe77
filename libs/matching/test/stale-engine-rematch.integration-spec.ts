import { QueueName, QueueRegistry, Role } from '@ytmt/core';
import { REMATCH_ALL_JOB } from '@ytmt/events';
import { EscoImporter } from '@ytmt/skills';
import { createApp, eventually, signIn, TestApp } from '@ytmt/test-kit';
import { NEED_INPUT, profileInput } from '../../../test/factories/matching.factory';
import { ENGINE_VERSION } from '../src/engine';
import { MatchingSchedules } from '../src/match-jobs';
import { MatchResultStore } from '../src/match-result.store';

const SAVE = 'mutation ($input: JobseekerProfileInput!) { saveMyJobseekerProfile(input: $input) { id } }';
const GRANT = 'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }';

describe('Results of an older engine version', () => {
  let app: TestApp;
  let needId: string;
  let profileId: string;

  beforeAll(async () => {
    app = await createApp({ worker: true });
    await app.app.get(EscoImporter).import();
    const jobseeker = await signIn(app, Role.JOBSEEKER);
    profileId = (await jobseeker.data<{ saveMyJobseekerProfile: { id: string } }>(SAVE, { input: profileInput() })).saveMyJobseekerProfile.id;
    await jobseeker.data(GRANT, { input: { scope: 'MATCHING' } });
    const employer = await signIn(app, Role.EMPLOYER_USER);
    const [{ id: companyId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
    needId = (
      await employer.data<{ createNeed: { id: string } }>('mutation ($c: ID!, $i: NeedInput!) { createNeed(companyId: $c, input: $i) { id } }', { c: companyId, i: NEED_INPUT })
    ).createNeed.id;
    // The need's and the profile's match jobs store the pair with the current engine.
    await eventually(async () => (await app.dataSource.query('SELECT 1 FROM match_result WHERE need_id = $1 AND profile_id = $2', [needId, profileId])).length === 1, 20_000);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('are recomputed once through the full re-match job when a worker finds them', async () => {
    const schedules = app.worker!.get(MatchingSchedules);
    const results = app.app.get(MatchResultStore);
    expect(await results.hasStaleResults(ENGINE_VERSION)).toBe(false);
    expect(await schedules.rematchStaleResults()).toBe(false);

    const [{ score }] = await app.dataSource.query('SELECT score FROM match_result WHERE need_id = $1 AND profile_id = $2', [needId, profileId]);
    // As the previous engine left it.
    await app.dataSource.query(`UPDATE match_result SET engine_version = 'match-1.0.0', score = 0.25 WHERE need_id = $1`, [needId]);
    expect(await results.hasStaleResults(ENGINE_VERSION)).toBe(true);

    // Two workers starting together queue one job.
    expect(await schedules.rematchStaleResults()).toBe(true);
    await schedules.rematchStaleResults();
    const queue = app.app.get(QueueRegistry).get(QueueName.MATCHING);
    const jobId = `${REMATCH_ALL_JOB}-${ENGINE_VERSION}`;
    await eventually(async () => (await queue.getJob(jobId))?.isCompleted(), 30_000);
    const all = await queue.getJobs(['completed', 'waiting', 'active', 'delayed']);
    expect(all.filter((job) => job.name === REMATCH_ALL_JOB && job.id === jobId)).toHaveLength(1);

    const rows = await app.dataSource.query('SELECT engine_version, score FROM match_result WHERE need_id = $1 AND profile_id = $2', [needId, profileId]);
    expect(rows).toEqual([{ engine_version: ENGINE_VERSION, score }]);
    expect(await results.hasStaleResults(ENGINE_VERSION)).toBe(false);
  });
});
