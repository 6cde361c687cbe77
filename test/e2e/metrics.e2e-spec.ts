import { QueueName, QueueRegistry, WorkerMetricsServer } from '@ytmt/core';
import { anonymous, createApp, eventually, TestApp } from '@ytmt/test-kit';

const TOKEN = 'scrape-token-for-the-e2e-test-0123456789';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus' text format: one sample per line that is not a comment. */
function parseSamples(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z_:][A-Za-z0-9_:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/([A-Za-z_][A-Za-z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[key] = value;
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

function sample(samples: Sample[], name: string, labels: Record<string, string> = {}): Sample | undefined {
  return samples.find((s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value));
}

async function scrape(url: string, token: string | null = TOKEN): Promise<{ status: number; text: string; contentType: string | null }> {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, text: await response.text(), contentType: response.headers.get('content-type') };
}

describe('Prometheus metrics at /metrics', () => {
  let app: TestApp;
  let workerMetricsUrl: string;
  beforeAll(async () => {
    app = await createApp({ worker: true, env: { METRICS_TOKEN: TOKEN, WORKER_METRICS_PORT: '0', WORKER_METRICS_HOST: '127.0.0.1' } });
    const port = app.worker?.get(WorkerMetricsServer).port();
    workerMetricsUrl = `http://127.0.0.1:${port}/metrics`;
  });
  afterAll(() => app.close());

  it('answers only the bearer token of METRICS_TOKEN, on the API and on the worker', async () => {
    for (const url of [`${app.url}/metrics`, workerMetricsUrl]) {
      expect((await scrape(url, null)).status).toBe(401);
      expect((await scrape(url, 'not-the-right-token-at-all-0000')).status).toBe(401);
      const ok = await scrape(url);
      expect(ok.status).toBe(200);
      expect(ok.contentType).toContain('text/plain');
      expect(parseSamples(ok.text).some((s) => s.name === 'process_cpu_user_seconds_total')).toBe(true);
    }
    // A user's session is no way in either, nor is the metrics token a way into the API.
    expect((await anonymous(app).withHeaders({ authorization: `Bearer ${TOKEN}` }).request('{ employmentAreas { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('times GraphQL requests by operation name, bounds hostile names and counts errors by code', async () => {
    const client = anonymous(app);
    for (let i = 0; i < 3; i++) await client.data('query MetricsProbe { __typename }');
    const invalid = await client.request('query BrokenProbe { noSuchField }');
    expect(invalid.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const hostile = `query ${'Z'.repeat(80)} { __typename }`;
    await client.data(hostile);

    const samples = parseSamples((await scrape(`${app.url}/metrics`)).text);
    expect(sample(samples, 'ytmt_graphql_request_duration_seconds_count', { operation: 'MetricsProbe', type: 'query', outcome: 'ok' })?.value).toBe(3);
    expect(sample(samples, 'ytmt_graphql_request_duration_seconds_bucket', { operation: 'MetricsProbe', le: '+Inf' })?.value).toBe(3);
    expect(sample(samples, 'ytmt_graphql_request_duration_seconds_count', { operation: 'BrokenProbe', outcome: 'error' })?.value).toBe(1);
    expect(sample(samples, 'ytmt_graphql_request_duration_seconds_count', { operation: 'other' })?.value).toBe(1);
    expect(samples.some((s) => s.labels['operation']?.includes('ZZZZ'))).toBe(false);
    expect(sample(samples, 'ytmt_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })?.value).toBe(1);
  });

  it('reports queue depths, the outbox lag and dead letters, and the matching index size at scrape time', async () => {
    const queues = app.app.get(QueueRegistry);
    const delayed = await queues.get(QueueName.NOTIFICATIONS).add('metrics-probe', {}, { delay: 3_600_000 });
    // A pending row the relay holds a lease on (so it stays pending), five minutes old, and a dead letter.
    await app.dataSource.query(
      `INSERT INTO outbox_event (queue, job_name, payload, created_at, claimed_until)
       VALUES ('maintenance', 'metrics-probe', '{}', now() - interval '300 seconds', now() + interval '1 hour')`,
    );
    await app.dataSource.query(
      `INSERT INTO outbox_event (queue, job_name, payload, dead_lettered_at, dispatch_attempts) VALUES ('maintenance', 'metrics-probe', '{}', now(), 10)`,
    );

    const samples = parseSamples((await scrape(`${app.url}/metrics`)).text);
    expect(sample(samples, 'ytmt_metrics_source_up', { source: 'redis' })?.value).toBe(1);
    expect(sample(samples, 'ytmt_metrics_source_up', { source: 'postgres' })?.value).toBe(1);
    expect(sample(samples, 'ytmt_queue_jobs', { queue: 'notifications', state: 'delayed' })?.value).toBe(1);
    for (const queue of Object.values(QueueName)) {
      for (const state of ['waiting', 'active', 'delayed', 'failed']) expect(sample(samples, 'ytmt_queue_jobs', { queue, state })).toBeDefined();
    }
    expect(sample(samples, 'ytmt_outbox_lag_seconds')?.value).toBeGreaterThanOrEqual(300);
    expect(sample(samples, 'ytmt_outbox_pending_events')?.value).toBe(1);
    expect(sample(samples, 'ytmt_outbox_dead_letters')?.value).toBe(1);
    for (const table of ['match_result', 'candidate']) {
      expect(sample(samples, 'ytmt_matching_index_rows', { table })?.value).toBeGreaterThanOrEqual(0);
    }
    await delayed.remove();
  });

  it("serves the worker's job durations by queue and job", async () => {
    await app.app.get(QueueRegistry).get(QueueName.MAINTENANCE).add('purge-outbox', { retentionDays: 7 });
    const finished = await eventually(async () => {
      const samples = parseSamples((await scrape(workerMetricsUrl)).text);
      return sample(samples, 'ytmt_job_duration_seconds_count', { queue: 'maintenance', job: 'purge-outbox', outcome: 'completed' });
    });
    expect(finished.value).toBeGreaterThanOrEqual(1);
    // The worker's own in-memory matching index is reported by the worker that holds it.
    const samples = parseSamples((await scrape(workerMetricsUrl)).text);
    expect(sample(samples, 'ytmt_matching_index_profiles')?.value).toBeGreaterThanOrEqual(0);
  });
});

describe('/metrics while Redis is unreachable', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createApp({ env: { REDIS_URL: 'redis://127.0.0.1:1', HEALTH_TIMEOUT_MS: '300' } });
  });
  afterAll(() => app.close());

  it('still answers, without queue depths and saying Redis could not be read', async () => {
    const { status, text } = await scrape(`${app.url}/metrics`, null);
    expect(status).toBe(200);
    const samples = parseSamples(text);
    expect(sample(samples, 'ytmt_metrics_source_up', { source: 'redis' })?.value).toBe(0);
    expect(sample(samples, 'ytmt_metrics_source_up', { source: 'postgres' })?.value).toBe(1);
    expect(samples.some((s) => s.name === 'ytmt_queue_jobs')).toBe(false);
  });
});
