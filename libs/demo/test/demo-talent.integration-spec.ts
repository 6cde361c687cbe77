import 'reflect-metadata';
import { Test, TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule, DatabaseModule, QueueModule } from '@ytmt/core';
import { CoordinatorStatus, EmployerCandidatesService, EmployerStatus, ShareRequestStatus } from '@ytmt/matching';
import { EscoImporter, SkillsModule } from '@ytmt/skills';
import { createTestDatabase, dropTestDatabase, removeQueueKeys, testConfig } from '@ytmt/test-kit';
import { DemoCandidatesReport, DemoCandidatesSeeder } from '../src/demo-candidates.seeder';
import { DEMO_JOBSEEKERS } from '../src/demo-jobseekers';
import { DEMO_NEEDS } from '../src/demo-needs';
import { DemoNeedsReport, DemoNeedsSeeder, loadDemoPrincipal } from '../src/demo-needs.seeder';
import { DemoTalentReport, DemoTalentSeeder } from '../src/demo-talent.seeder';
import { DemoModule } from '../src/demo.module';

/** Every table the three seeders write, directly or through the services they call. */
const TABLES = [
  'need', 'need_skill', 'need_task', 'need_stage_event', 'jobseeker_profile', 'jobseeker_identity', 'profile_skill', 'profile_occupation',
  'profile_language', 'work_ability_profile', 'consent', 'consent_event', 'match_result', 'candidate', 'candidate_event', 'share_request',
  'outbox_event', 'audit_event',
];

interface Run {
  needs: DemoNeedsReport;
  talent: DemoTalentReport;
  candidates: DemoCandidatesReport;
}

describe('Demo jobseekers and candidate lists (real PostgreSQL)', () => {
  let config: AppConfig;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let first: Run;
  let second: Run;
  let before: Record<string, number>;
  let after: Record<string, number>;

  const counts = async (): Promise<Record<string, number>> => {
    const rows: { n: number }[][] = await Promise.all(TABLES.map((table) => dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)));
    return Object.fromEntries(TABLES.map((table, i) => [table, rows[i]![0]!.n]));
  };
  const seedAll = async (): Promise<Run> => ({
    needs: await moduleRef.get(DemoNeedsSeeder).seed(),
    talent: await moduleRef.get(DemoTalentSeeder).seed(),
    candidates: await moduleRef.get(DemoCandidatesSeeder).seed(),
  });
  const column = async (sql: string): Promise<string[]> => ((await dataSource.query(sql)) as { value: string }[]).map((row) => row.value).sort();

  beforeAll(async () => {
    // The template has the demo organisations and users, but neither ESCO nor needs.
    config = testConfig(await createTestDatabase());
    moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, SkillsModule, DemoModule],
    }).compile();
    await moduleRef.init();
    dataSource = moduleRef.get(getDataSourceToken());
    await moduleRef.get(EscoImporter).import();
    first = await seedAll();
    before = await counts();
    second = await seedAll();
    after = await counts();
  }, 240_000);

  afterAll(async () => {
    await moduleRef?.close();
    if (config) {
      await removeQueueKeys(config);
      await dropTestDatabase(config.databaseUrl);
    }
  });

  it('seeds every profile and walks every planned candidate once; a second run changes no row count', () => {
    expect(first.needs).toMatchObject({ created: DEMO_NEEDS.length, withoutEsco: 0 });
    expect(first.talent).toEqual({ profiles: DEMO_JOBSEEKERS.length, created: DEMO_JOBSEEKERS.length, existing: 0, consentDecisions: expect.any(Number), skipped: null });
    expect(first.candidates).toMatchObject({ missing: [], skipped: null });
    expect(first.candidates.actions).toBeGreaterThan(0);
    expect(second.needs).toEqual({ created: 0, updated: 0, existing: DEMO_NEEDS.length, withoutEsco: 0 });
    expect(second.talent).toMatchObject({ created: 0, existing: DEMO_JOBSEEKERS.length, consentDecisions: 0 });
    expect(second.candidates).toMatchObject({ actions: 0, missing: [], suggestions: first.candidates.suggestions });
    expect(after).toEqual(before);
  });

  it('gives every open recruitment need at least three suggestions', async () => {
    const rows: { title: string; suggestions: number }[] = await dataSource.query(`
      SELECT n.title, (SELECT count(*)::int FROM match_result m WHERE m.need_id = n.id) AS suggestions FROM need n
       WHERE 'RECRUITMENT' = ANY(n.kinds) AND n.stage NOT IN ('FILLED', 'CLOSED') ORDER BY n.title`);
    expect(rows.map((row) => row.title)).toEqual(['Hitsaaja konepajalle', 'Hoiva-avustaja rekrytointikoulutuksella', 'Ulkoiluavustaja täsmätyökykyiselle', 'Varaston keräilijä osa-aikaisesti']);
    for (const row of rows) expect({ ...row, enough: row.suggestions >= 3 }).toEqual({ ...row, enough: true });
  });

  it('matches precision-capable people to carved roles, with the tasks carved out named', async () => {
    const [{ capable }] = await dataSource.query(`SELECT count(*)::int AS capable FROM work_ability_profile WHERE cardinality(adjustments_needed) > 0`);
    expect(capable).toBeGreaterThanOrEqual(6);
    const carved: { title: string }[] = await dataSource.query(`
      SELECT DISTINCT n.title FROM match_result m JOIN need n ON n.id = m.need_id JOIN work_ability_profile w ON w.profile_id = m.profile_id
       WHERE n.open_to_precision_capable AND EXISTS (SELECT 1 FROM need_task t WHERE t.need_id = n.id AND t.kind = 'SEPARABLE')
         AND EXISTS (SELECT 1 FROM jsonb_array_elements(m.explanation -> 'tasks') t WHERE t ->> 'outcome' = 'CARVED_OUT')
       ORDER BY n.title`);
    expect(carved.map((row) => row.title)).toEqual(['Ulkoiluavustaja täsmätyökykyiselle', 'Varaston keräilijä osa-aikaisesti']);
  });

  it('shows a candidate in every coordinator status, share-request status and employer status', async () => {
    expect(await column('SELECT DISTINCT coordinator_status::text AS value FROM candidate WHERE coordinator_status IS NOT NULL')).toEqual(
      Object.values(CoordinatorStatus).sort(),
    );
    expect(await column('SELECT DISTINCT status::text AS value FROM share_request')).toEqual(Object.values(ShareRequestStatus).sort());
    expect(await column('SELECT DISTINCT employer_status::text AS value FROM candidate WHERE employer_status IS NOT NULL')).toEqual(
      Object.values(EmployerStatus).sort(),
    );
    const [open] = await dataSource.query(`SELECT count(*)::int AS n FROM share_request WHERE status = 'REQUESTED' AND deadline > now()`);
    expect(open.n).toBeGreaterThan(0);
    const [expired] = await dataSource.query(`SELECT count(*)::int AS n FROM share_request WHERE status = 'EXPIRED' AND deadline < now()`);
    expect(expired.n).toBe(1);
  });

  it('fills the need through the hire and keeps the offered need at OFFERED', async () => {
    const stages: { title: string; stage: string; filled_by: string | null }[] = await dataSource.query(`
      SELECT n.title, n.stage, (SELECT u.email FROM need_stage_event e JOIN app_user u ON u.id = e.by_user_id
                                  WHERE e.need_id = n.id AND e.stage = 'FILLED') AS filled_by
        FROM need n WHERE n.title IN ('Laitoshuoltaja', 'Ulkoiluavustaja täsmätyökykyiselle') ORDER BY n.title`);
    expect(stages).toEqual([
      { title: 'Laitoshuoltaja', stage: 'FILLED', filled_by: 'tyonantaja.helsinki@ytmt.example' },
      { title: 'Ulkoiluavustaja täsmätyökykyiselle', stage: 'OFFERED', filled_by: null },
    ]);
  });

  it('matches nobody without an active MATCHING consent, and has such people to show it', async () => {
    const active = `EXISTS (SELECT 1 FROM consent c WHERE c.profile_id = p.id AND c.scope = 'MATCHING' AND c.withdrawn_at IS NULL
                                AND (c.expires_at IS NULL OR c.expires_at > now()))`;
    const [{ without }] = await dataSource.query(`SELECT count(*)::int AS without FROM jobseeker_profile p WHERE NOT ${active}`);
    expect(without).toBeGreaterThanOrEqual(2);
    const matched = await dataSource.query(`SELECT m.id FROM match_result m JOIN jobseeker_profile p ON p.id = m.profile_id WHERE NOT ${active}`);
    expect(matched).toEqual([]);
    const [withdrawn] = await dataSource.query(`SELECT count(*)::int AS n FROM consent WHERE scope = 'MATCHING' AND withdrawn_at IS NOT NULL`);
    expect(withdrawn.n).toBe(1);
    const [expiring] = await dataSource.query(`SELECT count(*)::int AS n FROM consent WHERE expires_at > now() AND withdrawn_at IS NULL`);
    expect(expiring.n).toBeGreaterThan(0);
  });

  it('keeps five profiles for the demo accounts and the rest with coordinators of the home area', async () => {
    const rows: { own: boolean; role: string | null; in_area: boolean }[] = await dataSource.query(`
      SELECT p.user_id IS NOT NULL AND p.user_id = p.created_by_user_id AS own, m.role,
             p.employment_area_id IS NOT NULL AND p.employment_area_id = o.employment_area_id AS in_area
        FROM jobseeker_profile p
        LEFT JOIN membership m ON m.user_id = p.created_by_user_id AND m.role = 'COORDINATOR'
        LEFT JOIN organization o ON o.id = m.organization_id`);
    expect(rows.filter((row) => row.own)).toHaveLength(5);
    const byCoordinators = rows.filter((row) => !row.own);
    expect(byCoordinators).toHaveLength(DEMO_JOBSEEKERS.length - 5);
    expect(byCoordinators.every((row) => row.role === 'COORDINATOR' && row.in_area)).toBe(true);
    // Paper consents are recorded by the coordinator; the account holders decide their own.
    const [{ strangers }] = await dataSource.query(`
      SELECT count(*)::int AS strangers FROM consent_event e JOIN jobseeker_profile p ON p.id = e.profile_id
       WHERE e.by_user_id IS DISTINCT FROM coalesce(p.user_id, p.created_by_user_id)`);
    expect(strangers).toBe(0);
  });

  it('shows the employer anonymised cards, with identity only after an accepted share request', async () => {
    const employer = await loadDemoPrincipal(dataSource, 'tyonantaja.helsinki@ytmt.example');
    const [need] = await dataSource.query(`SELECT id FROM need WHERE title = 'Ulkoiluavustaja täsmätyökykyiselle'`);
    const cards = await moduleRef.get(EmployerCandidatesService).presented(employer, need.id);
    expect(cards.map((card) => card.employerStatus).sort()).toEqual([EmployerStatus.INTERESTED, EmployerStatus.INTERVIEW, EmployerStatus.NEW].sort());
    expect(cards.filter((card) => card.identity).map((card) => card.identity?.firstName)).toEqual(['Jari']);
  });
});

describe('Demo seed before ESCO is loaded (real PostgreSQL)', () => {
  let config: AppConfig;
  let moduleRef: TestingModule;
  let dataSource: DataSource;

  beforeAll(async () => {
    config = testConfig(await createTestDatabase());
    moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, SkillsModule, DemoModule],
    }).compile();
    await moduleRef.init();
    dataSource = moduleRef.get(getDataSourceToken());
  });

  afterAll(async () => {
    await moduleRef?.close();
    if (config) {
      await removeQueueKeys(config);
      await dropTestDatabase(config.databaseUrl);
    }
  });

  it('writes the needs without ESCO, skips jobseekers, and completes both once ESCO is imported', async () => {
    const recruiting = DEMO_NEEDS.filter((need) => need.occupationUri !== null).length;
    expect(await moduleRef.get(DemoNeedsSeeder).seed()).toEqual({ created: DEMO_NEEDS.length, updated: 0, existing: 0, withoutEsco: recruiting });
    expect((await moduleRef.get(DemoTalentSeeder).seed()).skipped).toMatch(/ESCO/);
    expect((await moduleRef.get(DemoCandidatesSeeder).seed()).skipped).not.toBeNull();

    await moduleRef.get(EscoImporter).import();
    expect(await moduleRef.get(DemoNeedsSeeder).seed()).toEqual({ created: 0, updated: recruiting, existing: DEMO_NEEDS.length - recruiting, withoutEsco: 0 });
    expect(await moduleRef.get(DemoTalentSeeder).seed()).toMatchObject({ created: DEMO_JOBSEEKERS.length, skipped: null });
    expect(await moduleRef.get(DemoCandidatesSeeder).seed()).toMatchObject({ missing: [], skipped: null });
    const [{ stage }] = await dataSource.query(`SELECT stage FROM need WHERE title = 'Laitoshuoltaja'`);
    expect(stage).toBe('FILLED');
  }, 240_000);
});
