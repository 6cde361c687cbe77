// Several API instances and several workers against one PostgreSQL and one Redis behave as one.
// Two API processes and two worker processes, started as `npm start` starts them, share a fresh
// database and a queue prefix of their own in the shared Redis. The jobseeker signs in at a real
// OpenID provider, as in production: any API instance verifies the token against its JWKS.
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { QueueName, readWorkerHeartbeats, Role } from '@ytmt/core';
import { MATCH_PROFILE_JOB, REMATCH_ALL_JOB } from '@ytmt/events';
import { inspectWorkerIndexes, WorkerIndexReport } from '@ytmt/matching';
import { EscoImporter } from '@ytmt/skills';
import { createTestDatabase, dropTestDatabase, GraphQLClient, OidcServer, removeQueueKeys, signInWithOidc, startOidcServer, testConfig, USER_FOR_ROLE } from '@ytmt/test-kit';
import { Queue, QueueEvents } from 'bullmq';
import { randomBytes } from 'node:crypto';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { CliModule } from '../../apps/cli/src/cli.module';
import { INSPECT_GOODS, NEED_INPUT, profileInput } from '../factories/matching.factory';
import { freePort, ServiceProcess, startService, testEnvironment, waitFor } from '../kit/processes';

const SAVE = 'mutation ($input: JobseekerProfileInput!) { saveMyJobseekerProfile(input: $input) { id } }';
const GRANT = 'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }';
const CREATE_NEED = 'mutation ($c: ID!, $i: NeedInput!) { createNeed(companyId: $c, input: $i) { id } }';
// The provider never calls it: the kit reads the code off the redirect.
const REDIRECT_URI = 'http://localhost:4173/auth/callback';
const JOBSEEKER_EMAIL = 'saara.skaalautuva@example.fi';

/** devLogin's key lives in the memory of the API that signed (tests): use the token at that API only. */
async function signInAt(graphqlUrl: string, emailOrRole: string): Promise<{ token: string }> {
  const email = (USER_FOR_ROLE as Record<string, string>)[emailOrRole] ?? emailOrRole;
  const { devLogin } = await new GraphQLClient(graphqlUrl).data<{ devLogin: { token: string } }>('mutation ($email: String!) { devLogin(email: $email) { token } }', { email });
  return devLogin;
}

describe('Two APIs and two workers on one database and one Redis', () => {
  const queuePrefix = `ytmt-test-scale-${randomBytes(4).toString('hex')}`;
  let databaseUrl: string;
  let redis: IORedis;
  let dataSource: DataSource;
  let seeding: INestApplicationContext | null = null;
  let events: QueueEvents | null = null;
  let queue: Queue | null = null;
  let oidc: OidcServer | null = null;
  const connections: IORedis[] = [];
  const connection = () => {
    const opened = new IORedis(testConfig(databaseUrl).redisUrl, { maxRetriesPerRequest: null });
    connections.push(opened);
    return opened;
  };
  const processes: ServiceProcess[] = [];
  const apis: string[] = [];
  const workers: ServiceProcess[] = [];
  /** How often each matching job became active, by job id: a job that ran twice shows 2. */
  const activations = new Map<string, number>();
  let profileId: string;
  let jobseekerOnSecondApi: GraphQLClient;

  const config = () => testConfig(databaseUrl, { QUEUE_PREFIX: queuePrefix });
  const reports = async (): Promise<WorkerIndexReport[]> => inspectWorkerIndexes(redis, queuePrefix, profileId, 300);
  /** Both workers answered, and both hold the profile as `accept` wants; returns the two reports. */
  const bothWorkers = (accept: (report: WorkerIndexReport) => boolean) => async () => {
    const found = await reports();
    const pids = workers.map((w) => w.pid).sort();
    return found.length === 2 && found.map((r) => r.pid).sort().join() === pids.join() && found.every(accept) ? found : undefined;
  };

  beforeAll(async () => {
    databaseUrl = await createTestDatabase();
    redis = connection();
    oidc = await startOidcServer({ redirectUris: [REDIRECT_URI] });
    const auth = { AUTH_JWKS_URL: oidc.jwksUrl, AUTH_ISSUER: oidc.issuer, AUTH_AUDIENCE: oidc.audience };
    events = new QueueEvents(QueueName.MATCHING, { connection: connection(), prefix: queuePrefix });
    events.on('active', ({ jobId }) => activations.set(jobId, (activations.get(jobId) ?? 0) + 1));
    await events.waitUntilReady();
    queue = new Queue(QueueName.MATCHING, { connection: connection(), prefix: queuePrefix });

    // The processes start first (ts-node takes a while); nothing reaches them before the seeding below.
    for (const name of ['api-1', 'api-2']) {
      const port = await freePort();
      processes.push(startService(name, 'api', testEnvironment(databaseUrl, queuePrefix, { PORT: String(port), ...auth })));
      apis.push(`http://127.0.0.1:${port}`);
    }
    for (const name of ['worker-1', 'worker-2']) {
      const worker = startService(name, 'worker', testEnvironment(databaseUrl, queuePrefix, { REMATCH_THREADS: '2', ...auth }));
      processes.push(worker);
      workers.push(worker);
    }

    // ESCO, in this process: profiles and needs name ESCO skills and occupations.
    seeding = await NestFactory.createApplicationContext(CliModule.forRoot(config()), { logger: false });
    await seeding.get(EscoImporter).import();
    dataSource = seeding.get<DataSource>(getDataSourceToken());
    // A jobseeker the platform knows, not yet linked to the provider's identity.
    const [{ id: userId }] = await dataSource.query(`INSERT INTO app_user (email, display_name) VALUES ($1, 'Saara Skaalautuva') RETURNING id`, [JOBSEEKER_EMAIL]);
    await dataSource.query(`INSERT INTO membership (user_id, organization_id, role) VALUES ($1, NULL, 'JOBSEEKER')`, [userId]);

    for (const api of apis) await waitFor(`${api}/health/live`, async () => (await fetch(`${api}/health/live`).catch(() => null))?.ok, processes, 240_000);
    await waitFor(
      'both workers’ heartbeats',
      async () => {
        const pids = new Set((await readWorkerHeartbeats(redis, queuePrefix)).map((beat) => beat.pid));
        return workers.every((w) => pids.has(w.pid));
      },
      processes,
      240_000,
    );
  }, 360_000);

  afterAll(async () => {
    // Every process goes, whatever happened above.
    await Promise.all(processes.map((p) => p.stop()));
    await events?.close();
    await queue?.close();
    await seeding?.close();
    await oidc?.stop();
    // BullMQ leaves connections it was given open.
    for (const opened of connections) opened.disconnect();
    if (databaseUrl) {
      await removeQueueKeys(config());
      await dropTestDatabase(databaseUrl);
    }
  });

  it('takes a sign-in from one API on the other, and every worker’s index follows a profile changed there', async () => {
    const [first, second] = apis.map((api) => `${api}/graphql`) as [string, string];
    // The first sign-in, at API 1, links the account; everything after goes through API 2.
    const { accessToken } = await signInWithOidc(oidc as OidcServer, { login: JOBSEEKER_EMAIL, redirectUri: REDIRECT_URI });
    const linked = await new GraphQLClient(first, accessToken).data<{ me: { email: string; roles: string[] } }>('{ me { email roles } }');
    expect(linked.me).toEqual({ email: JOBSEEKER_EMAIL, roles: [Role.JOBSEEKER] });
    jobseekerOnSecondApi = new GraphQLClient(second, accessToken);
    expect((await jobseekerOnSecondApi.data<{ me: { email: string } }>('{ me { email } }')).me.email).toBe(JOBSEEKER_EMAIL);
    profileId = (await jobseekerOnSecondApi.data<{ saveMyJobseekerProfile: { id: string } }>(SAVE, { input: profileInput() })).saveMyJobseekerProfile.id;
    await jobseekerOnSecondApi.data(GRANT, { input: { scope: 'MATCHING' } });
    const employer = new GraphQLClient(first, (await signInAt(first, Role.EMPLOYER_USER)).token);
    const [{ id: companyId }] = await dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
    await employer.data(CREATE_NEED, { c: companyId, i: NEED_INPUT });

    // One worker ran the profile's match job; the other built or synced its index on the announcement.
    const before = await waitFor('both workers to hold the profile', bothWorkers((r) => r.built && r.present), processes, 30_000);
    expect(before[0]!.fingerprint).toBe(before[1]!.fingerprint);
    const skillsBefore = before[0]!.skills as number;
    const profileRunsBefore = before.map((r) => r.runs[MATCH_PROFILE_JOB]?.length ?? 0);

    // The change: one more skill, through API 2.
    await jobseekerOnSecondApi.data(SAVE, { input: profileInput({ skills: [...profileInput().skills, INSPECT_GOODS] }) });
    const after = await waitFor(
      'both workers to hold the changed profile',
      bothWorkers((r) => r.present && r.fingerprint !== before[0]!.fingerprint),
      processes,
      30_000,
    );
    expect(after[0]!.fingerprint).toBe(after[1]!.fingerprint);
    expect(after.map((r) => r.skills)).toEqual([skillsBefore + 1, skillsBefore + 1]);
    // The change reached both indexes although only one worker may have run its match job.
    const profileRunsAfter = after.map((r) => r.runs[MATCH_PROFILE_JOB]?.length ?? 0);
    expect(profileRunsAfter.reduce((a, b) => a + b, 0)).toBeGreaterThan(profileRunsBefore.reduce((a, b) => a + b, 0));
  });

  it('runs the rematch once, in one worker, and no matching job twice', async () => {
    const matchingQueue = queue as Queue;
    const job = await matchingQueue.add(REMATCH_ALL_JOB, {}, { jobId: 'scale-out-rematch' });
    await waitFor('the rematch to finish', async () => (await matchingQueue.getJob(job.id as string))?.isCompleted(), processes, 60_000);
    const finished = await matchingQueue.getJob(job.id as string);
    expect(finished?.returnvalue).toMatchObject({ needs: 1, profiles: 1 });
    expect(finished?.attemptsStarted).toBe(1);

    const found = await waitFor('both workers to answer', bothWorkers(() => true), processes, 10_000);
    const rematchRuns = found.flatMap((r) => r.runs[REMATCH_ALL_JOB] ?? []);
    expect(rematchRuns).toEqual(['scale-out-rematch']);

    // Every job either worker ran, it ran once: as a queue event and in the workers' own records.
    const completed = await matchingQueue.getJobs(['completed'], 0, 1000);
    expect(completed.length).toBeGreaterThan(2);
    for (const done of completed) expect([done.id, done.attemptsStarted]).toEqual([done.id, 1]);
    const ran = found.flatMap((r) => Object.values(r.runs).flat());
    expect(new Set(ran).size).toBe(ran.length);
    expect([...ran].sort()).toEqual(completed.map((j) => j.id).sort());
    await waitFor('the queue events of every completed job', async () => completed.every((j) => activations.has(j.id as string)), processes, 10_000);
    expect([...activations.entries()].filter(([, count]) => count > 1)).toEqual([]);

    // Each outbox row reached BullMQ once and was never claimed again.
    const [outbox] = await dataSource.query(`SELECT count(*)::int AS rows, count(*) FILTER (WHERE dispatched_at IS NULL OR dispatch_attempts > 0)::int AS odd FROM outbox_event`);
    expect(outbox.rows).toBeGreaterThan(0);
    expect(outbox.odd).toBe(0);
    // The rematch stored the suggestion once.
    const rows = await dataSource.query('SELECT need_id, profile_id FROM match_result WHERE profile_id = $1', [profileId]);
    expect(rows).toHaveLength(1);
  });
});
