// `npm run bench:web -- --large` (issue 13, point 14): the coordinators' long lists — company
// accounts, a need's candidate list, the audit log and the moderation queue — at a small size
// (the baseline, measured in the same run) and in a generated area with 2 000 companies, ~200
// submitted services and a need with 500 candidates. Per page:
//  - the time until the page's data has arrived: the page's own GraphQL request for its main
//    query, from the app asking until the whole answer is read, on the page's own clock
//    (performance API, a wrapped fetch installed before the app's scripts run), over the runs;
//    target ≤ 300 ms p95 at the large size;
//  - the SQL statements that one GraphQL request of that query costs, counted in an API started
//    in this process on the bench's database (the test kit's countStatements): must not grow
//    with the rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { parseConfig } from '@ytmt/core';
import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { createApiApplication } from '../../apps/api/src/bootstrap';
import { openSession, signIn } from '../../test/browser/kit/browser';
import { stack } from '../../test/browser/kit/stack';
import { countStatements } from '../../test/kit/statement-counter';
import { addCandidates, addCompanies, addSubmittedServices, AREA_ADMIN, COORDINATOR, createNeed, EMPLOYER, lahtiArea, type Area } from './large-area';

const DATA_TARGET_MS = 300;
const SIZES = {
  small: { companies: 5, services: 5, candidates: 5 },
  large: { companies: 2000, services: 200, candidates: 500 },
} as const;
type Size = keyof typeof SIZES;

interface ListPage {
  name: string;
  /** The operation of the page's main query, as the web app's generated documents name it. */
  operation: string;
  user: string;
  path: (needs: Record<Size, string>, size: Size) => string;
  variables: (needs: Record<Size, string>, size: Size) => Record<string, unknown>;
}

/** The pages and the variables their first view asks with (see each page's component). */
const PAGES: ListPage[] = [
  {
    name: 'company accounts',
    operation: 'MyCompanies',
    user: COORDINATOR,
    path: () => '/coordinator/companies',
    variables: () => ({ first: 25, after: null, filter: { search: null, tag: null, municipalityCode: null, responsibleOnly: null } }),
  },
  {
    name: 'candidate list',
    operation: 'CandidateList',
    user: COORDINATOR,
    path: (needs, size) => `/coordinator/needs/${needs[size]}/candidates`,
    variables: (needs, size) => ({ needId: needs[size], first: 25, after: null }),
  },
  {
    name: 'moderation queue',
    operation: 'ModerationQueue',
    user: COORDINATOR,
    path: () => '/coordinator/moderation',
    variables: () => ({}),
  },
  {
    name: 'audit log',
    operation: 'AuditEvents',
    user: AREA_ADMIN,
    path: () => '/coordinator/audit',
    variables: () => ({ first: 50, after: null, filter: { action: null, actorUserId: null, resourceId: null, from: null, to: null } }),
  },
];

/** The query text the web app sends: read from the generated documents (codegen ran in the setup). */
function documentOf(operation: string): string {
  const source = readFileSync(join(__dirname, '..', '..', 'apps', 'web', 'src', 'gql', 'graphql.ts'), 'utf8');
  const match = new RegExp(`export const ${operation}Document = new TypedDocumentString\\(\`([\\s\\S]*?)\`\\)`).exec(source);
  if (!match) throw new Error(`The web app has no document for ${operation}`);
  return match[1];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The API in this process, on the bench's database: its data source is the one counted. */
class InProcessApi {
  private tokens = new Map<string, string>();
  private constructor(
    private readonly app: INestApplication,
    private readonly url: string,
    readonly dataSource: DataSource,
  ) {}

  static async start(): Promise<InProcessApi> {
    const { databaseUrl, queuePrefix } = stack();
    const config = parseConfig({
      APP_ENV: 'development',
      DATABASE_URL: databaseUrl,
      REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: queuePrefix,
      LOG_LEVEL: 'error',
      PORT: '0',
      AUTH_DEV_LOGIN: 'true',
      RATE_LIMIT_PUBLIC_PER_CLIENT: '1000000',
      RATE_LIMIT_PUBLIC_PER_USER: '1000000',
      RATE_LIMIT_NOTIFY_PER_CLIENT: '1000000',
      RATE_LIMIT_NOTIFY_PER_USER: '1000000',
    });
    const app = await createApiApplication(config);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    return new InProcessApi(app, `http://127.0.0.1:${port}/graphql`, app.get<DataSource>(getDataSourceToken()));
  }

  async request<T>(query: string, variables: Record<string, unknown>, email?: string): Promise<T> {
    const token = email ? await this.tokenOf(email) : undefined;
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  private async tokenOf(email: string): Promise<string> {
    if (!this.tokens.has(email)) {
      const { devLogin } = await this.request<{ devLogin: { token: string } }>('mutation ($email: String!) { devLogin(email: $email) { token } }', { email });
      this.tokens.set(email, devLogin.token);
    }
    return this.tokens.get(email)!;
  }

  close(): Promise<void> {
    return this.app.close();
  }
}

/** Until the worker has done what the new needs started (matching), so that nothing rewrites the generated rows. */
async function waitForQueues(): Promise<void> {
  type Health = { info?: { queues?: Record<string, { wait?: number; active?: number } | string> } };
  let quiet = 0;
  for (let i = 0; i < 600 && quiet < 4; i++) {
    const health = (await (await fetch(`${stack().baseUrl}/health`)).json()) as Health;
    const busy = Object.values(health.info?.queues ?? {}).reduce(
      (sum, counts) => sum + (typeof counts === 'object' ? (counts.wait ?? 0) + (counts.active ?? 0) : 0),
      0,
    );
    quiet = busy === 0 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Every GraphQL request of the page: when the app asked and when the whole answer was read, by
 * operation name, on the page's clock. Installed before the app's own scripts run.
 */
function recordGraphqlRequests(): void {
  type Seen = { start: number; end?: number; error?: string };
  const w = window as unknown as { __ops: Record<string, Seen>; fetch: typeof fetch };
  w.__ops = {};
  const original = w.fetch.bind(window);
  w.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const body = typeof init?.body === 'string' ? init.body : '';
    // The body is {"query": …, "variables": …}: the first operation keyword names it.
    const operation = /(?:query|mutation)\s+(\w+)/.exec(body)?.[1];
    const start = performance.now();
    const response = await original(input, init);
    if (operation && !w.__ops[operation]) {
      const seen: Seen = { start };
      w.__ops[operation] = seen;
      void response
        .clone()
        .text()
        .then((text) => {
          seen.end = performance.now();
          if (!response.ok || text.includes('"errors"')) seen.error = `${response.status} ${text.slice(0, 300)}`;
        });
    }
    return response;
  };
}

/** One visit: navigation → the main query's answer read. Milliseconds of the request and since navigation. */
async function visit(page: Page, path: string, operation: string): Promise<{ request: number; sinceNavigation: number }> {
  await page.goto(path, { waitUntil: 'commit' });
  await page.waitForFunction((op) => (window as unknown as { __ops?: Record<string, { end?: number }> }).__ops?.[op]?.end !== undefined, operation, {
    timeout: 20_000,
    polling: 20,
  });
  const seen = (await page.evaluate((op) => (window as unknown as { __ops: Record<string, { start: number; end: number; error?: string }> }).__ops[op], operation)) as {
    start: number;
    end: number;
    error?: string;
  };
  if (seen.error) throw new Error(`${path}: ${operation} failed in the browser: ${seen.error}`);
  return { request: seen.end - seen.start, sinceNavigation: seen.end };
}

/**
 * Every query the process sends through pg while `run` runs, except on `exclude` (the bench's own
 * connection): TypeORM's and also those the search engine sends on connections it takes from the
 * pool itself (gap searches of the candidate list), which the test kit's counter does not see.
 */
async function countPgQueries<T>(exclude: Client, run: () => Promise<T>): Promise<number> {
  const original = Client.prototype.query;
  let count = 0;
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    if (this !== exclude) count += 1;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await run();
    return count;
  } finally {
    Client.prototype.query = original;
  }
}

/**
 * The API's own time for a request, without the browser: `runs` requests to the API in this
 * process, each with the time its SQL statements took (the test kit's countStatements approach,
 * with a clock), so that a slow page says whether the time goes to SQL or to the resolvers.
 */
async function apiTimes(api: InProcessApi, query: string, variables: Record<string, unknown>, user: string, runs: number) {
  const original = PostgresQueryRunner.prototype.query;
  const total: number[] = [];
  const sqlTotal: number[] = [];
  const slowest = new Map<string, number>();
  let spent = 0;
  PostgresQueryRunner.prototype.query = async function (this: PostgresQueryRunner, sql: string, ...rest: unknown[]) {
    const start = performance.now();
    try {
      return await (original as (...args: unknown[]) => Promise<unknown>).call(this, sql, ...rest);
    } finally {
      const ms = performance.now() - start;
      if (this.connection === api.dataSource) {
        spent += ms;
        const key = sql.replace(/\s+/g, ' ').slice(0, 160);
        slowest.set(key, Math.max(slowest.get(key) ?? 0, ms));
      }
    }
  } as typeof original;
  try {
    for (let run = 0; run < runs; run++) {
      spent = 0;
      const start = performance.now();
      await api.request(query, variables, user);
      total.push(performance.now() - start);
      sqlTotal.push(spent);
    }
  } finally {
    PostgresQueryRunner.prototype.query = original;
  }
  return { total, sqlTotal, slowest: [...slowest.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3) };
}

interface Measured {
  api?: Awaited<ReturnType<typeof apiTimes>>;
  request: number[];
  sinceNavigation: number[];
  statements: number;
  /** The same request's queries counted at pg's client: the search engine's own connections too. */
  pgQueries: number;
  sql: string[];
  rows: number;
  /** Why the page could not be measured (an error of the API or the page), shown as a FAIL. */
  error?: string;
}

async function measureSize(browser: Browser, api: InProcessApi, db: Client, needs: Record<Size, string>, size: Size, runs: number): Promise<Map<string, Measured>> {
  const results = new Map<string, Measured>();
  // Statements: one warm-up request (what a process caches on first use), then the counted one.
  for (const listPage of PAGES) {
    const query = documentOf(listPage.operation);
    const variables = listPage.variables(needs, size);
    try {
      await api.request(query, variables, listPage.user);
      const counted = await countStatements(api.dataSource, () => api.request<Record<string, unknown>>(query, variables, listPage.user));
      const data = Object.values(counted.result)[0] as { edges?: unknown[]; totalCount?: number } | unknown[];
      const rows = Array.isArray(data) ? data.length : (data.edges?.length ?? 0);
      const pgQueries = await countPgQueries(db, () => api.request(query, variables, listPage.user));
      const timed = await apiTimes(api, query, variables, listPage.user, runs);
      results.set(listPage.name, { api: timed, request: [], sinceNavigation: [], statements: counted.statements, pgQueries, sql: counted.sql, rows });
    } catch (error) {
      results.set(listPage.name, { request: [], sinceNavigation: [], statements: NaN, pgQueries: NaN, sql: [], rows: 0, error: String(error).slice(0, 400) });
    }
  }
  // Time in Chromium: one tab per user (the session lives in the tab), a full page load per visit.
  for (const user of [...new Set(PAGES.map((p) => p.user))]) {
    const { context, page } = await openSession(browser, 'fi');
    await context.addInitScript(recordGraphqlRequests);
    await signIn(page, user, '/');
    for (const listPage of PAGES.filter((p) => p.user === user)) {
      const measured = results.get(listPage.name)!;
      const path = listPage.path(needs, size);
      try {
        for (let run = -1; run < runs; run++) {
          const { request, sinceNavigation } = await visit(page, path, listPage.operation);
          if (run >= 0) {
            measured.request.push(request);
            measured.sinceNavigation.push(sinceNavigation);
          }
        }
        console.log(`  ${size}: ${path} — ${runs} visits`);
      } catch (error) {
        measured.error ??= String(error).slice(0, 400);
        console.log(`  ${size}: ${path} — could not be measured: ${measured.error}`);
      }
    }
    await context.close();
  }
  return results;
}

async function generate(db: Client, area: Area, api: InProcessApi, size: Size, needs: Partial<Record<Size, string>>, previous: (typeof SIZES)[Size] | null): Promise<void> {
  const wanted = SIZES[size];
  const more = (key: keyof (typeof SIZES)[Size]) => wanted[key] - (previous?.[key] ?? 0);
  const progress = (line: string) => console.log(line);
  const started = Date.now();
  console.log(`\nGenerating the ${size} area (${wanted.companies} companies, ${wanted.services} submitted services, a need with ${wanted.candidates} candidates)…`);
  const needId = await createNeed((query, variables) => api.request(query, variables, EMPLOYER), area, `Penkkitarve (${size}) — varastotyö`);
  needs[size] = needId;
  // The new need is matched by the worker against the demo profiles; the generated suggestions come after that.
  await waitForQueues();
  await addCompanies(db, area, more('companies'), size, progress);
  await addSubmittedServices(db, area, more('services'), size, progress);
  await addCandidates(db, area, needId, wanted.candidates, size, progress);
  await db.query('ANALYZE');
  console.log(`  generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The whole --large run: the platform is up (global setup) and idle. */
export async function benchLongLists(browser: Browser, runs: number): Promise<void> {
  const db = new Client({ connectionString: stack().databaseUrl });
  await db.connect();
  console.log('Starting an API in this process on the bench database (its SQL statements are counted)…');
  const api = await InProcessApi.start();
  try {
    const area = await lahtiArea(db);
    const needs: Partial<Record<Size, string>> = {};
    const measured = {} as Record<Size, Map<string, Measured>>;
    await generate(db, area, api, 'small', needs, null);
    console.log(`\nMeasuring at the small size (the baseline), ${runs} visits per page…`);
    measured.small = await measureSize(browser, api, db, needs as Record<Size, string>, 'small', runs);
    await generate(db, area, api, 'large', needs, SIZES.small);
    console.log(`\nMeasuring at the large size, ${runs} visits per page…`);
    measured.large = await measureSize(browser, api, db, needs as Record<Size, string>, 'large', runs);

    const { rows: [totals] } = await db.query<{ companies: number; audit: number; queue: number }>(
      `SELECT (SELECT count(*)::int FROM company_profile WHERE home_employment_area_id = $1) AS companies,
              (SELECT count(*)::int FROM audit_event WHERE employment_area_id = $1) AS audit,
              (SELECT count(*)::int FROM service WHERE status = 'SUBMITTED') AS queue`,
      [area.areaId],
    );
    console.log(
      `\nThe large area: ${totals.companies} company accounts at home in Lahti, ${totals.audit} audit events in the area, ${totals.queue} services waiting for moderation, a need with ${SIZES.large.candidates} candidates.`,
    );
    console.log(`\nThe page's data (its main GraphQL request, from the app asking until the answer is read; page clock), ${runs} visits each:`);
    let failures = 0;
    for (const { name, operation } of PAGES) {
      const small = measured.small.get(name)!;
      const large = measured.large.get(name)!;
      if (small.error || large.error || small.request.length === 0 || large.request.length === 0) {
        failures += 1;
        console.log(`\n  ${name} (${operation}): FAIL, not measured — ${small.error ?? large.error ?? 'no visits'}`);
        continue;
      }
      const p = (m: Measured, q: number) => percentile(m.request, q);
      const p95 = p(large, 95);
      const timePass = p95 <= DATA_TARGET_MS;
      const sqlPass = large.statements <= small.statements && large.pgQueries <= small.pgQueries;
      if (!timePass || !sqlPass) failures += 1;
      console.log(`\n  ${name} (${operation}):`);
      console.log(`    rows in the answer       small ${String(small.rows).padStart(5)}   large ${String(large.rows).padStart(5)}`);
      console.log(
        `    data arrived p50 / p95   small ${p(small, 50).toFixed(0).padStart(5)} / ${p(small, 95).toFixed(0).padStart(4)} ms   large ${p(large, 50).toFixed(0).padStart(5)} / ${p95.toFixed(0).padStart(4)} ms   ratio large/small p50 ${(p(large, 50) / p(small, 50)).toFixed(2)}×, p95 ${(p95 / p(small, 95)).toFixed(2)}×`,
      );
      console.log(
        `    since navigation p50     small ${percentile(small.sinceNavigation, 50).toFixed(0).padStart(5)} ms        large ${percentile(large.sinceNavigation, 50).toFixed(0).padStart(5)} ms`,
      );
      const apiRow = (m: Measured) =>
        m.api ? `${percentile(m.api.total, 50).toFixed(0).padStart(5)} / ${percentile(m.api.total, 95).toFixed(0).padStart(4)} ms (TypeORM SQL p50 ${percentile(m.api.sqlTotal, 50).toFixed(0)} ms)` : 'n/a';
      console.log(`    API alone p50 / p95      small ${apiRow(small)}   large ${apiRow(large)}`);
      console.log(`    p95 ${p95.toFixed(0)} ms (target ≤ ${DATA_TARGET_MS} ms): ${timePass ? 'PASS' : 'FAIL'}`);
      console.log(
        `    SQL statements per request: small ${small.statements}, large ${large.statements}; all queries at pg's client (search engine included): small ${small.pgQueries}, large ${large.pgQueries} (must not grow): ${sqlPass ? 'PASS' : 'FAIL'}`,
      );
      if (!timePass || process.env['BENCH_SHOW_SQL']) {
        console.log(`    slowest statements at the large size:\n${(large.api?.slowest ?? []).map(([sql, ms]) => `      ${ms.toFixed(1).padStart(6)} ms  ${sql}`).join('\n')}`);
      }
      if (!sqlPass || process.env['BENCH_SHOW_SQL']) {
        console.log(`    statements at the large size:\n${large.sql.map((s) => `      ${s.replace(/\s+/g, ' ').slice(0, 240)}`).join('\n')}`);
      }
    }
    console.log(`\n${failures === 0 ? 'All long lists PASS.' : `${failures} of ${PAGES.length} long lists FAIL.`}`);
  } finally {
    await api.close();
    await db.end();
  }
}
