import { INestApplicationContext } from '@nestjs/common';
import { QueueName, QueueRegistry, Role } from '@ytmt/core';
import { MATCH_NEED_JOB } from '@ytmt/events';
import { EscoImporter } from '@ytmt/skills';
import { createApp, eventually, GraphQLClient, signIn, TestApp } from '@ytmt/test-kit';
import { Job, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { createWorkerContext, startWorker } from '../../../apps/worker/src/bootstrap';
import { NEED_INPUT, profileInput } from '../../../test/factories/matching.factory';
import { ExpiryJob, MatchNeedJob } from '../src/match-jobs';

const SAVE = 'mutation ($input: JobseekerProfileInput!) { saveMyJobseekerProfile(input: $input) { id } }';
const GRANT = 'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }';

describe('Matching jobs', () => {
  let app: TestApp;
  let worker: INestApplicationContext | null = null;
  let needId: string;
  let profileId: string;
  let jobseeker: GraphQLClient;

  beforeAll(async () => {
    // Short job locks: a job whose worker died is noticed within about a second.
    app = await createApp({ env: { JOB_LOCK_MS: '1000' } });
    await app.app.get(EscoImporter).import();
    jobseeker = await signIn(app, Role.JOBSEEKER);
    profileId = (await jobseeker.data<{ saveMyJobseekerProfile: { id: string } }>(SAVE, { input: profileInput() })).saveMyJobseekerProfile.id;
    await jobseeker.data(GRANT, { input: { scope: 'MATCHING' } });
    const employer = await signIn(app, Role.EMPLOYER_USER);
    const [{ id: companyId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
    needId = (
      await employer.data<{ createNeed: { id: string } }>('mutation ($c: ID!, $i: NeedInput!) { createNeed(companyId: $c, input: $i) { id } }', { c: companyId, i: NEED_INPUT })
    ).createNeed.id;
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await app?.close();
  });

  it('retries a match job whose worker was killed mid-run, and loses nothing', async () => {
    const queue = app.app.get(QueueRegistry).get(QueueName.MATCHING);
    await queue.add(MATCH_NEED_JOB, { needId }, { jobId: 'killed-mid-run' });
    // A worker that takes the job and dies without finishing it (no completion, no lock renewal).
    const connection = new IORedis(app.config.redisUrl, { maxRetriesPerRequest: null });
    let taken: (job: Job) => void = () => undefined;
    const pickedUp = new Promise<Job>((resolve) => (taken = resolve));
    const doomed = new Worker(
      QueueName.MATCHING,
      (job) => {
        taken(job);
        return new Promise(() => undefined);
      },
      { connection, prefix: app.config.queuePrefix, lockDuration: 1000, skipLockRenewal: true, skipStalledCheck: true },
    );
    const job = await pickedUp;
    expect(job.id).toBe('killed-mid-run');
    await doomed.close(true);
    connection.disconnect();
    expect(await app.dataSource.query('SELECT 1 FROM match_result WHERE need_id = $1', [needId])).toEqual([]);

    // A healthy worker starts: it finds the stalled job, runs it again and stores the matches.
    worker = await createWorkerContext(app.config);
    await startWorker(worker);
    await eventually(async () => {
      const current = await queue.getJob('killed-mid-run');
      return current?.isCompleted();
    }, 15_000);
    const rows = await app.dataSource.query('SELECT profile_id FROM match_result WHERE need_id = $1', [needId]);
    expect(rows).toEqual([{ profile_id: profileId }]);
  });

  it('changes nothing when the same match job runs twice', async () => {
    const handler = (worker as INestApplicationContext).get(MatchNeedJob);
    const snapshot = () => app.dataSource.query('SELECT id, profile_id, score, explanation FROM match_result WHERE need_id = $1 ORDER BY id', [needId]);
    await handler.handle({ needId });
    const first = await snapshot();
    await handler.handle({ needId });
    expect(await snapshot()).toEqual(first);
    expect(first).toHaveLength(1);
  });

  it('records expired consents and share requests once, and drops the expired profile from matching', async () => {
    const coordinator = await signIn(app, Role.COORDINATOR);
    await coordinator.data('mutation ($i: SetCandidateStatusInput!) { setCandidateStatus(input: $i) { profileId } }', {
      i: { needId, profileId, status: 'CONTACTED' },
    });
    const deadline = new Date(Date.now() + 3 * 3600 * 1000).toISOString();
    await coordinator.data('mutation ($i: RequestShareInput!) { requestShare(input: $i) { profileId } }', { i: { needId, profileId, deadline } });
    await jobseeker.data(GRANT, { input: { scope: 'MATCHING', expiresAt: new Date(Date.now() + 24 * 3600 * 1000).toISOString() } });
    // Time passes beyond both the consent's expiry and the request's deadline.
    // (One transaction: the worker's own sweep sees both changes or neither.)
    await app.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE consent SET expires_at = now() - interval '1 second' WHERE profile_id = $1 AND scope = 'MATCHING'`, [profileId]);
      await manager.query(`UPDATE share_request SET deadline = now() - interval '1 second' WHERE profile_id = $1`, [profileId]);
    });

    const expiry = (worker as INestApplicationContext).get(ExpiryJob);
    // The worker's own minute-by-minute sweep may get there first: together they record each expiry once.
    const first = await expiry.handle();
    expect(first.consents).toBeLessThanOrEqual(1);
    expect(first.shareRequests).toBeLessThanOrEqual(1);
    expect(await expiry.handle()).toEqual({ consents: 0, shareRequests: 0 });
    const events = await app.dataSource.query(`SELECT action FROM consent_event WHERE profile_id = $1 AND scope = 'MATCHING' ORDER BY at`, [profileId]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['GRANTED', 'GRANTED', 'EXPIRED']);
    const [request] = await app.dataSource.query('SELECT status FROM share_request WHERE profile_id = $1', [profileId]);
    expect(request.status).toBe('EXPIRED');
    await eventually(async () => (await app.dataSource.query('SELECT 1 FROM match_result WHERE profile_id = $1', [profileId])).length === 0, 10_000);
    const [candidate] = await app.dataSource.query('SELECT withdrawn_at FROM candidate WHERE profile_id = $1', [profileId]);
    expect(candidate.withdrawn_at).not.toBeNull();
  });
});
