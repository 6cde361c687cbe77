// Benchmark of the indicators page's data (libs/insights): a generated year of activity in one
// large employment area (the one with the most municipalities), summarised by the same refresh the worker runs, then the
// area report (InsightQueryService.areaReport, what /coordinator/insights loads) timed against a
// baseline that computes the same figures by scanning the raw history on every page view. Usage:
//   npm run bench:insights
//   npm run bench:insights -- --needs 20000 --candidates 6 --runs 100
// where bench:insights is
//   ts-node -r tsconfig-paths/register --transpile-only scripts/bench-insights.ts
// It uses its own database ytmt_bench_insights (re-created on every run, DATABASE_URL's server).
// Target: the page's data in ≤ 200 ms p95. Timed assertions do not belong in tests; this script
// is where speed is checked.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, Principal, Role, runMigrations } from '../libs/core/src';
import { DemoSeeder } from '../libs/demo/src/demo-seeder.service';
import { OrganizationDirectory } from '../libs/identity/src/organization-directory';
import { InsightQueryService } from '../libs/insights/src/insight-query.service';
import { InsightRefreshService } from '../libs/insights/src/insight-refresh.service';
import { InsightSummaryStore } from '../libs/insights/src/insight-summary.store';
import { Contribution, contributionKey, needContributions } from '../libs/insights/src/contributions';
import { MarketplaceInsightsReader } from '../libs/marketplace/src/readers/marketplace-insights.reader';
import { CandidateInsightsReader } from '../libs/matching/src/readers/candidate-insights.reader';
import { NeedInsightsReader } from '../libs/needs/src/readers/need-insights.reader';
import { RegionsImporter } from '../libs/regions/src/import/regions.importer';
import { RegionNamesReader } from '../libs/regions/src/readers/region-names.reader';
import { RegionsService } from '../libs/regions/src/regions.service';

const TARGET_P95_MS = 200;

function integerOption(name: string, fallback: number, minimum: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = Number(index >= 0 ? process.argv[index + 1] : fallback);
  if (!Number.isInteger(value) || value < minimum) throw new Error(`--${name} must be an integer ≥ ${minimum}`);
  return value;
}

const NEEDS = integerOption('needs', 20_000, 100);
const CANDIDATES = integerOption('candidates', 6, 0);
const RUNS = integerOption('runs', 100, 5);
const BASELINE_RUNS = integerOption('baseline-runs', 5, 1);
const YEAR = new Date().getUTCFullYear() - 1;

function benchDatabaseUrl(): string {
  const url = new URL(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/ytmt');
  url.pathname = '/ytmt_bench_insights';
  return url.toString();
}

const step = (message: string) => console.log(`[bench:insights] ${message}`);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function recreateDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query('DROP DATABASE IF EXISTS ytmt_bench_insights WITH (FORCE)');
  await client.end();
}

/** A year of activity in one area, in SQL: needs through the 6T stages, candidacies, hand-offs. */
async function generate(dataSource: DataSource, areaId: string): Promise<void> {
  const [{ id: companyId }] = await dataSource.query(`SELECT id FROM organization WHERE name = 'Hoivakoti Kotikallio Oy'`);
  // (The company is in Helsinki; a need's area is where its work is, its municipality.)
  const providers: { id: string }[] = await dataSource.query(`SELECT id FROM organization WHERE sector = 'THIRD_SECTOR' ORDER BY name LIMIT 6`);
  const municipalities: { code: string }[] = await dataSource.query(`SELECT municipality_code AS code FROM employment_area_municipality WHERE employment_area_id = $1 ORDER BY 1`, [areaId]);
  const chunk = 5_000;
  for (let start = 0; start < NEEDS; start += chunk) {
    const count = Math.min(chunk, NEEDS - start);
    await dataSource.query(
      `WITH made AS (
         INSERT INTO need (organization_id, kinds, title, description, municipality_code, open_to_precision_capable, stage, created_at, updated_at)
         SELECT $1, CASE WHEN g % 4 = 0 THEN ARRAY['RECRUITMENT','COMPETENCE_DEVELOPMENT']::need_kind[] ELSE ARRAY['RECRUITMENT']::need_kind[] END,
                'Tarve ' || g, 'Generoitu tarve', ($2::text[])[1 + (g % array_length($2::text[], 1))], g % 5 = 0,
                (CASE WHEN g % 10 < 3 THEN 'FILLED' WHEN g % 10 < 5 THEN 'CLOSED' WHEN g % 10 < 7 THEN 'OFFERED' ELSE 'SPECIFIED' END)::need_stage,
                make_timestamptz($3, 1, 1, 8, 0, 0, 'UTC') + ((g * 7919) % 330) * interval '1 day', now()
           FROM generate_series($4::int, $5::int) g
         RETURNING id, stage, created_at)
       INSERT INTO need_stage_event (need_id, stage, at)
       SELECT id, s.stage, created_at + s.days * interval '1 day'
         FROM made, LATERAL (VALUES ('IDENTIFIED'::need_stage, 0), ('SPECIFIED', 2), ('OFFERED', 10), ('FILLED', 30), ('CLOSED', 25)) s(stage, days)
        WHERE s.stage = 'IDENTIFIED' OR s.stage = 'SPECIFIED'
           OR (s.stage = 'OFFERED' AND made.stage IN ('OFFERED', 'FILLED'))
           OR s.stage = made.stage`,
      [companyId, municipalities.map((m) => m.code), YEAR, start + 1, start + count],
    );
    step(`needs ${start + count} / ${NEEDS}`);
  }
  if (CANDIDATES > 0) {
    await dataSource.query(
      `INSERT INTO candidate (need_id, profile_id, source, presented_at, employer_status, closed_at, closure_outcome, created_at, updated_at)
       SELECT n.id, NULL, 'SUGGESTED', CASE WHEN c <= 2 AND n.stage IN ('OFFERED', 'FILLED') THEN n.created_at + interval '12 days' END,
              CASE WHEN c = 1 AND n.stage = 'FILLED' THEN 'HIRED' WHEN c = 2 AND n.stage = 'FILLED' THEN 'NOT_SELECTED' END::candidate_employer_status,
              CASE WHEN n.stage = 'FILLED' AND c > 1 THEN n.created_at + interval '30 days' WHEN n.stage = 'CLOSED' THEN n.created_at + interval '25 days' END,
              CASE WHEN n.stage = 'FILLED' AND c > 1 THEN 'NEED_FILLED' WHEN n.stage = 'CLOSED' THEN 'NEED_CLOSED' END::candidacy_outcome,
              n.created_at + interval '1 day', n.created_at + interval '30 days'
         FROM need n, generate_series(1, $1::int) c`,
      [CANDIDATES],
    );
    step(`candidacies ${NEEDS * CANDIDATES}`);
    await dataSource.query(
      `INSERT INTO candidate_event (candidate_id, kind, value, at)
       SELECT c.id, e.kind, e.value, c.created_at + e.days * interval '1 day'
         FROM candidate c, LATERAL (VALUES ('SHARE_REQUESTED', NULL, 3), ('SHARE_ACCEPTED', NULL, 5), ('EMPLOYER_STATUS', 'HIRED', 29)) e(kind, value, days)
        WHERE (e.kind <> 'EMPLOYER_STATUS' AND c.presented_at IS NOT NULL) OR (e.kind = 'EMPLOYER_STATUS' AND c.employer_status = 'HIRED')`,
    );
    step('candidate history');
  }
  await dataSource.query(
    `INSERT INTO need_forward (need_id, provider_id, forwarded_by_user_id, created_at)
     SELECT n.id, ($1::uuid[])[1 + (abs(hashtext(n.id::text)) % array_length($1::uuid[], 1))], gen_random_uuid(), n.created_at + interval '4 days'
       FROM need n WHERE abs(hashtext(n.id::text)) % 5 = 0`,
    [providers.map((p) => p.id)],
  );
  step('hand-offs to third-sector providers');
  await dataSource.query('ANALYZE');
}

/** The baseline: the same figures computed from the raw history on every page view. */
async function scanHistory(dataSource: DataSource, needs: NeedInsightsReader, candidates: CandidateInsightsReader, marketplace: MarketplaceInsightsReader, areaId: string): Promise<number> {
  const ids: { id: string }[] = await dataSource.query(
    `SELECT n.id FROM need n JOIN employment_area_municipality m ON m.municipality_code = n.municipality_code WHERE m.employment_area_id = $1`,
    [areaId],
  );
  const cells = new Map<string, Contribution>();
  for (let start = 0; start < ids.length; start += 1000) {
    const batch = ids.slice(start, start + 1000).map((row) => row.id);
    const facts = await needs.facts(batch);
    const listed = await candidates.ofNeeds(batch);
    const actions = await marketplace.ofNeeds(batch);
    const listedOf = new Map<string, typeof listed>();
    for (const c of listed) listedOf.set(c.needId, [...(listedOf.get(c.needId) ?? []), c]);
    const actionsOf = new Map<string, typeof actions>();
    for (const a of actions) actionsOf.set(a.needId, [...(actionsOf.get(a.needId) ?? []), a]);
    for (const need of facts.values()) {
      const contributions = needContributions({
        need,
        areaId,
        municipalityCode: need.municipalityCode ?? '',
        candidates: listedOf.get(need.id) ?? [],
        providerActions: (actionsOf.get(need.id) ?? []).map((a) => ({ ...a, sector: 'THIRD_SECTOR' })),
      });
      for (const c of contributions) {
        if (!c.month.startsWith(String(YEAR))) continue;
        const existing = cells.get(contributionKey(c));
        if (existing) existing.count += c.count;
        else cells.set(contributionKey(c), { ...c });
      }
    }
  }
  return cells.size;
}

async function main(): Promise<void> {
  const url = benchDatabaseUrl();
  step(`database ${new URL(url).pathname.slice(1)}: migrating`);
  await recreateDatabase(url);
  await runMigrations(url);
  const dataSource = new DataSource(buildDataSourceOptions(url));
  await dataSource.initialize();
  try {
    step('regions and demo organisations');
    await new DemoSeeder(dataSource, new RegionsImporter(dataSource)).seed();
    // The area with the most municipalities: the widest page (per-municipality rows).
    const [{ id: areaId, name }] = await dataSource.query(
      `SELECT a.id, a.name_fi AS name FROM employment_area a JOIN employment_area_municipality m ON m.employment_area_id = a.id
        GROUP BY a.id ORDER BY count(*) DESC, a.name_fi LIMIT 1`,
    );
    step(`area: ${name}`);
    await generate(dataSource, areaId);

    const store = new InsightSummaryStore(dataSource);
    const needs = new NeedInsightsReader(dataSource);
    const candidates = new CandidateInsightsReader(dataSource);
    const marketplace = new MarketplaceInsightsReader(dataSource);
    const names = new RegionNamesReader(dataSource);
    const refresh = new InsightRefreshService(dataSource, store, needs, candidates, marketplace, new RegionsService(dataSource, names), new OrganizationDirectory(dataSource));
    const query = new InsightQueryService(store, names, new OrganizationDirectory(dataSource));

    let started = performance.now();
    const built = await refresh.rebuild((done) => {
      if (done % 5000 === 0 || done === NEEDS) step(`summaries: ${done} / ${NEEDS} needs`);
    });
    step(`summaries built from ${built.needs} needs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const [{ rows }] = await dataSource.query('SELECT count(*)::int AS rows FROM insight_cell');
    step(`${rows} summary cells`);

    // An incremental pass: 200 needs change (a stage move each); only they are recomputed.
    const changed: { id: string }[] = await dataSource.query(`SELECT id FROM need WHERE stage = 'OFFERED' ORDER BY id LIMIT 200`);
    await dataSource.query(`UPDATE need SET stage = 'CLOSED', updated_at = now() WHERE id = ANY($1::uuid[])`, [changed.map((c) => c.id)]);
    started = performance.now();
    await refresh.refresh(changed.map((c) => c.id));
    step(`incremental refresh of ${changed.length} changed needs: ${(performance.now() - started).toFixed(0)} ms`);

    const principal: Principal = { userId: 'bench', email: 'bench@ytmt.example', memberships: [{ role: Role.COORDINATOR, organizationId: null, employmentAreaId: areaId }] };
    for (let i = 0; i < 5; i++) await query.areaReport(principal, areaId, YEAR);
    const times: number[] = [];
    let cells = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      cells = (await query.areaReport(principal, areaId, YEAR)).cells.length;
      times.push(performance.now() - t0);
    }
    const p50 = percentile(times, 50);
    const p95 = percentile(times, 95);
    step(`area report from the summaries (${cells} cells), ${RUNS} runs: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target ≤ ${TARGET_P95_MS} ms)`);

    const baseline: number[] = [];
    for (let i = 0; i < BASELINE_RUNS; i++) {
      const t0 = performance.now();
      await scanHistory(dataSource, needs, candidates, marketplace, areaId);
      baseline.push(performance.now() - t0);
      step(`baseline scan ${i + 1} / ${BASELINE_RUNS}: ${baseline[i].toFixed(0)} ms`);
    }
    const baseP50 = percentile(baseline, 50);
    step(`baseline (scanning the raw history per view) p50 ${baseP50.toFixed(0)} ms: the summaries answer ${(baseP50 / p50).toFixed(0)}× faster`);
    console.log(p95 <= TARGET_P95_MS ? `OK: p95 ${p95.toFixed(1)} ms ≤ ${TARGET_P95_MS} ms` : `SLOW: p95 ${p95.toFixed(1)} ms > ${TARGET_P95_MS} ms`);
    if (p95 > TARGET_P95_MS) process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
