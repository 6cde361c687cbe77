import { Client } from 'pg';
import IORedis, { Redis } from 'ioredis';
import { enforceRedisPersistence, QueueName, QueueRegistry, readRedisPersistence, REDIS_CONNECTION, RedisPolicyError, redisPersistenceProblems, Role, toJobId } from '@ytmt/core';
import { shareRequestReminderKey } from '@ytmt/events';
import { EscoImporter } from '@ytmt/skills';
import { createApp, eventually, GraphQLClient, removeQueueKeys, signIn, TestApp, TEST_REDIS_URL, anonymous } from '@ytmt/test-kit';
import { createWorkerContext, startWorker } from '../../apps/worker/src/bootstrap';
import { probeWorker } from '../../apps/worker/src/probe';
import { NEED_INPUT, profileInput } from '../factories/matching.factory';

// Issue 11, points 15–17: reliability under faults.

const AREAS = "{ employmentAreas { id nameFi } }";

describe('Health: live, ready and the worker, with Redis away', () => {
  let app: TestApp;
  beforeAll(async () => {
    // The API's Redis is not there; PostgreSQL is.
    app = await createApp({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });
  });
  afterAll(() => app.close());

  it('stays ready and serves reads; /health (everything, strictly) and /health/worker say what is missing', async () => {
    const live = await fetch(`${app.url}/health/live`);
    expect(live.status).toBe(200);

    const ready = await fetch(`${app.url}/health/ready`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { status: string; info: Record<string, unknown>; degraded: Record<string, { status: string }> };
    expect(body.status).toBe('ok');
    expect(body.info).toHaveProperty('postgres');
    expect(body.degraded.redis.status).toBe('down');

    expect((await anonymous(app).data<{ employmentAreas: unknown[] }>(AREAS)).employmentAreas.length).toBeGreaterThan(0);

    expect((await fetch(`${app.url}/health`)).status).toBe(503);
    expect((await fetch(`${app.url}/health/worker`)).status).toBe(503);
  });
});

describe('Bounded waits: a held table lock does not take the API down', () => {
  let app: TestApp;
  let holder: Client;
  beforeAll(async () => {
    app = await createApp({ env: { DB_POOL_SIZE: '3', DB_LOCK_TIMEOUT_MS: '400', DB_STATEMENT_TIMEOUT_MS: '5000' } });
    holder = new Client({ connectionString: app.config.databaseUrl });
    await holder.connect();
  });
  afterAll(async () => {
    await holder.end();
    await app.close();
  });

  it('answers SERVICE_UNAVAILABLE (LOCK_TIMEOUT) within about the lock timeout while /health/ready keeps answering', async () => {
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE employment_area IN ACCESS EXCLUSIVE MODE');
    try {
      const started = Date.now();
      // Twice as many requests as pooled connections: none may wait for the lock for long.
      const answers = Promise.all(Array.from({ length: 6 }, () => anonymous(app).request(AREAS)));
      const ready = await fetch(`${app.url}/health/ready`);
      expect(ready.status).toBe(200);
      const results = await answers;
      expect(Date.now() - started).toBeLessThan(4000);
      for (const result of results) {
        expect(result.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'LOCK_TIMEOUT' });
        expect(JSON.stringify(result.errors)).not.toMatch(/employment_area|lock timeout|SELECT/);
      }
    } finally {
      await holder.query('ROLLBACK');
    }
    expect((await anonymous(app).data<{ employmentAreas: unknown[] }>(AREAS)).employmentAreas.length).toBeGreaterThan(0);
  });

  it('answers the HSDS API with a typed 503, not a 500, while a table it reads is locked', async () => {
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE service IN ACCESS EXCLUSIVE MODE');
    try {
      const answer = await fetch(`${app.url}/hsds/services`);
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe('1');
      const body = (await answer.json()) as { error: { code: string; reason: string } };
      expect(body.error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'LOCK_TIMEOUT' });
      expect(JSON.stringify(body)).not.toMatch(/SELECT|relation|canceling statement|lock timeout/);
    } finally {
      await holder.query('ROLLBACK');
    }
    expect((await fetch(`${app.url}/hsds/services`)).status).toBe(200);
  });
});

describe('Redis comes back empty: schedules and share-request reminders are re-derived', () => {
  let app: TestApp;
  let coordinator: GraphQLClient;
  let jobseeker: GraphQLClient;
  let admin: Redis;

  beforeAll(async () => {
    app = await createApp({ worker: true, env: { WORKER_HEARTBEAT_MS: '200' } });
    admin = new IORedis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
    await app.app.get(EscoImporter).import();
    coordinator = await signIn(app, Role.COORDINATOR);
    jobseeker = await signIn(app, Role.JOBSEEKER);
  }, 120_000);
  afterAll(async () => {
    admin?.disconnect();
    await app?.close();
  });

  const queues = () => app.app.get(QueueRegistry);
  const schedulerIds = async () => {
    const ids: string[] = [];
    for (const name of [QueueName.MAINTENANCE, QueueName.MATCHING]) {
      ids.push(...(await queues().get(name).getJobSchedulers()).map((s) => `${name}/${s.key ?? s.id}`));
    }
    return ids.sort();
  };
  const notifications = async () =>
    (
      await jobseeker.data<{ notifications: { edges: { node: { type: string; subject: { shareRequestId: string | null } } }[] } }>(
        '{ notifications(first: 50) { edges { node { type subject { shareRequestId } } } } }',
      )
    ).notifications.edges.map((e) => e.node);

  it('reports the worker’s heartbeat on /health/worker', async () => {
    const response = await eventually(async () => {
      const answer = await fetch(`${app.url}/health/worker`);
      return answer.status === 200 ? answer : undefined;
    });
    const body = (await response.json()) as { workers: { pid: number; queues: string[] }[] };
    expect(body.workers[0].pid).toBe(process.pid);
    expect(body.workers[0].queues).toEqual(expect.arrayContaining([QueueName.NOTIFICATIONS, QueueName.MAINTENANCE]));
    // The container probe (`start:worker -- --probe`) reads the same heartbeat; another prefix has no worker.
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await probeWorker(app.config)).toBe(true);
      expect(await probeWorker({ ...app.config, queuePrefix: `${app.config.queuePrefix}-none` })).toBe(false);
    } finally {
      write.mockRestore();
    }
  });

  it('still delivers a reminder whose delayed job Redis lost, and restores the schedules on reconnect', async () => {
    // A jobseeker who may be matched, and a need that suggests them.
    await jobseeker.data('mutation ($input: JobseekerProfileInput!, $identity: JobseekerIdentityInput) { saveMyJobseekerProfile(input: $input, identity: $identity) { id } }', {
      input: profileInput(),
      identity: { firstName: 'Jari', lastName: 'Työnhakija', email: 'tyonhakija@ytmt.example' },
    });
    for (const scope of ['MATCHING', 'ANONYMOUS_VISIBILITY']) {
      await jobseeker.data('mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }', { input: { scope } });
    }
    const employer = await signIn(app, Role.EMPLOYER_USER);
    const [{ id: companyId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
    const { createNeed } = await employer.data<{ createNeed: { id: string } }>(
      'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }',
      { companyId, input: NEED_INPUT },
    );
    const needId = createNeed.id;
    const [entry] = await eventually(async () => {
      const { candidateList } = await coordinator.data<{ candidateList: { edges: { node: { profileId: string } }[] } }>(
        'query ($needId: ID!) { candidateList(needId: $needId) { edges { node { profileId } } } }',
        { needId },
      );
      const entries = candidateList.edges.map((e) => e.node);
      return entries.length > 0 ? entries : undefined;
    }, 15_000);
    const deadline = new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString();
    await coordinator.data('mutation ($input: RequestShareInput!) { requestShare(input: $input) { profileId } }', {
      input: { needId, profileId: entry.profileId, deadline },
    });
    const [{ id: shareRequestId }] = await app.dataSource.query(`SELECT id FROM share_request WHERE status = 'REQUESTED'`);
    await eventually(async () => (await notifications()).some((n) => n.type === 'SHARE_REQUEST'));

    // Before the fault: the reminder waits in Redis (a day before the deadline), the schedules are there.
    const reminderJobId = toJobId(shareRequestReminderKey(shareRequestId));
    const notificationsQueue = queues().get(QueueName.NOTIFICATIONS);
    expect(await (await notificationsQueue.getJob(reminderJobId))?.getState()).toBe('delayed');
    const schedules = await schedulerIds();
    expect(schedules).toEqual(
      expect.arrayContaining([
        'maintenance/expire-consents-and-share-requests',
        'maintenance/purge-outbox',
        'maintenance/reconcile-share-reminders',
        'matching/rematch-all',
      ]),
    );

    // Redis "restarts empty": every key under this test's prefix goes (never other runs' keys) …
    await removeQueueKeys(app.config);
    expect(await notificationsQueue.getJob(reminderJobId)).toBeUndefined();
    expect(await schedulerIds()).toEqual([]);
    // … and meanwhile the reminder's time came (the request was made two days ago, ends in an hour).
    await app.dataSource.query(`UPDATE share_request SET requested_at = now() - interval '2 days', deadline = now() + interval '1 hour' WHERE id = $1`, [shareRequestId]);
    expect((await notifications()).some((n) => n.type === 'SHARE_REQUEST_REMINDER')).toBe(false);

    // The worker's connection drops and comes back, as after a Redis restart.
    const workerRedis = (app.worker as NonNullable<TestApp['worker']>).get<Redis>(REDIS_CONNECTION);
    const connectionId = String(await workerRedis.client('ID'));
    await admin.client('KILL', 'ID', connectionId);

    await eventually(async () => ((await schedulerIds()).length >= schedules.length ? true : undefined), 10_000);
    expect(await schedulerIds()).toEqual(schedules);
    const reminder = await eventually(async () => (await notifications()).find((n) => n.type === 'SHARE_REQUEST_REMINDER'), 10_000);
    expect(reminder.subject.shareRequestId).toBe(shareRequestId);

    // Idempotent: another reconnect neither re-sends the reminder nor duplicates a schedule.
    await admin.client('KILL', 'ID', String(await workerRedis.client('ID')));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await notifications()).filter((n) => n.type === 'SHARE_REQUEST_REMINDER')).toHaveLength(1);
    expect(await schedulerIds()).toEqual(schedules);
  });

  it('checks Redis persistence at start: refuses when told to, and says why', async () => {
    const problems = redisPersistenceProblems(await readRedisPersistence(admin, 1000));
    const worker = await createWorkerContext({ ...app.config, reliability: { ...app.config.reliability, redisPolicyCheck: 'refuse' } });
    try {
      if (problems.length > 0) {
        // The developer machine's Redis runs without AOF: a production worker would refuse it.
        await expect(startWorker(worker)).rejects.toThrow(RedisPolicyError);
        await expect(enforceRedisPersistence(admin, 'warn', 1000, { warn: () => undefined })).resolves.toEqual(problems);
      } else {
        await expect(startWorker(worker)).resolves.toBeUndefined();
      }
    } finally {
      await worker.close();
    }
  });
});

describe('Outbox dead letters', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createApp();
  });
  afterAll(() => app.close());

  const LIST = '{ outboxDeadLetters(first: 10) { totalCount edges { node { id queue jobName attempts lastError deadLetteredAt } } } }';
  const RETRY = 'mutation ($id: ID!) { retryOutboxDeadLetter(id: $id) }';

  it('are listed for platform admins only, without their payload, and can be put back in line', async () => {
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO outbox_event (queue, job_name, payload, dispatch_attempts, last_error, dead_lettered_at)
       VALUES ('retired-queue', 'old-job', '{"email":"tyonhakija@ytmt.example"}', 10, 'Unknown queue "retired-queue"', now()) RETURNING id`,
    );
    for (const role of [Role.COORDINATOR, Role.AREA_ADMIN, Role.EMPLOYER_USER, Role.JOBSEEKER]) {
      const client = await signIn(app, role);
      expect((await client.request(LIST)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await client.request(RETRY, { id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await anonymous(app).request(LIST)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const admin = await signIn(app, Role.PLATFORM_ADMIN);
    const { outboxDeadLetters } = await admin.data<{ outboxDeadLetters: { totalCount: number; edges: { node: Record<string, unknown> }[] } }>(LIST);
    expect(outboxDeadLetters.totalCount).toBe(1);
    expect(outboxDeadLetters.edges[0].node).toMatchObject({ id, queue: 'retired-queue', jobName: 'old-job', attempts: 10, lastError: 'Unknown queue "retired-queue"' });
    expect(JSON.stringify(outboxDeadLetters)).not.toContain('tyonhakija@');

    expect((await admin.request(RETRY, { id: 'ei-uuid' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await admin.data<{ retryOutboxDeadLetter: boolean }>(RETRY, { id })).retryOutboxDeadLetter).toBe(true);
    expect((await admin.request(RETRY, { id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await admin.data<{ outboxDeadLetters: { totalCount: number } }>(LIST)).outboxDeadLetters.totalCount).toBe(0);
    expect(await app.dataSource.query('SELECT dispatch_attempts, dead_lettered_at FROM outbox_event WHERE id = $1', [id])).toEqual([
      { dispatch_attempts: 0, dead_lettered_at: null },
    ]);
  });
});
