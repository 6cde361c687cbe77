// Issue 12, point 3: a page of a need's candidate list, with its gaps and every other per-row
// field, costs the same number of SQL statements for 10 rows as for 100.
import { ServiceReindexer } from '@ytmt/catalogue';
import { Role } from '@ytmt/core';
import { EscoImporter } from '@ytmt/skills';
import {
  createApp,
  employerServiceInput,
  expectFlatStatementCount,
  GraphQLClient,
  publishNewService,
  signIn,
  statementCountsAt,
  TestApp,
} from '@ytmt/test-kit';
import { KEEP_ORDER, NEED_INPUT, PICK_ORDERS, RECEIVE_GOODS } from '../factories/matching.factory';

const GAPS = 'gaps { services { reasons service { id } } advice { id } }';
const PAGE = `query ($needId: ID!, $first: Int, $after: String) { candidateList(needId: $needId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
  edges { cursor node {
    profileId pseudonym candidateId source score engineVersion computedAt coordinatorStatus presentedAt employerStatus
    shareRequest { id status deadline requestedAt answeredAt }
    explanation { occupationRelation carvedOutTasks fitsWithAdjustments workAbilityDetailsHidden adjustmentsRelied distanceKm distanceBand
      matchedEssentialSkills { uri label } missingEssentialSkills { uri label } tasks { title outcome exceededDimensions } parts { skills } }
    ${GAPS}
  } } } }`;
const SET_STATUS = `mutation ($input: SetCandidateStatusInput!) { setCandidateStatus(input: $input) { profileId coordinatorStatus ${GAPS} } }`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { profileId: string; score: number; coordinatorStatus: string | null; shareRequest: { status: string } | null; gaps: Gaps } }[];
}
interface Gaps {
  services: { reasons: string[]; service: { id: string } }[];
  advice: { id: string }[];
}

/** What the engine would have stored: one missing essential skill, an adjustment relied on. */
const explanation = (distanceKm: number) => ({
  matchedEssentialSkills: [PICK_ORDERS],
  missingEssentialSkills: [RECEIVE_GOODS],
  matchedOptionalSkills: [KEEP_ORDER],
  occupationRelation: 'SAME_OCCUPATION',
  tasks: [{ taskId: 'task-1', title: 'Tilausten keräily', kind: 'CORE', exceededDimensions: ['LIFTING'], outcome: 'ADJUSTED', adjustmentsRelied: ['WORKING_TIME'] }],
  carvedOutTaskIds: [],
  adjustmentsRelied: ['WORKING_TIME'],
  adjustmentsNotOffered: [],
  distanceKm,
  placeReason: 'WITHIN_RADIUS',
  missingLanguages: [],
  missingDrivingLicence: null,
  parts: { skills: 0.8, occupation: 1, place: 0.9, workingTime: 1, capabilityFit: 0.7, adjustments: 0.8, language: 1, drivingLicence: 1 },
});

describe('Statement counts: the candidate list', () => {
  let app: TestApp;
  let coordinator: GraphQLClient;
  const needIds: Record<number, string> = {};

  /** `count` people suggested for a new need, some with a coordinator's status and a share request. */
  async function needWithCandidates(employer: GraphQLClient, companyId: string, areaId: string, userId: string, count: number): Promise<string> {
    const { createNeed } = await employer.data<{ createNeed: { id: string } }>(
      'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }',
      { companyId, input: NEED_INPUT },
    );
    const needId = createNeed.id;
    for (let i = 0; i < count; i++) {
      // Every other person lives in the coordinator's area; every third shares adjustment needs.
      const [{ id: profileId }] = await app.dataSource.query(
        `INSERT INTO jobseeker_profile (pseudonym, employment_area_id, home_municipality_code, hours_min, hours_max, driving_licences)
         VALUES ($1, $2, '398', 20, 37, '{B}') RETURNING id`,
        [`Lista-${count}-${i}-${needId.slice(0, 8)}`, i % 2 === 0 ? areaId : null],
      );
      const scopes = i % 3 === 0 ? ['MATCHING', 'SHARE_ADJUSTMENT_NEEDS'] : ['MATCHING'];
      for (const scope of scopes) {
        await app.dataSource.query('INSERT INTO consent (profile_id, scope, granted_at) VALUES ($1, $2, now())', [profileId, scope]);
      }
      await app.dataSource.query(
        `INSERT INTO match_result (need_id, profile_id, score, explanation, engine_version, computed_at) VALUES ($1, $2, $3, $4, 'match-test', now())`,
        [needId, profileId, 0.9 - i / 1000, JSON.stringify(explanation(5 + (i % 70)))],
      );
      if (i % 4 === 0) {
        const [{ id: candidateId }] = await app.dataSource.query(
          `INSERT INTO candidate (need_id, profile_id, source, coordinator_status) VALUES ($1, $2, 'SUGGESTED', 'RELEVANT') RETURNING id`,
          [needId, profileId],
        );
        await app.dataSource.query(
          `INSERT INTO share_request (candidate_id, profile_id, status, deadline, requested_by_user_id) VALUES ($1, $2, 'REQUESTED', now() + interval '2 days', $3)`,
          [candidateId, profileId, userId],
        );
      }
    }
    return needId;
  }

  const page = async (needId: string, first: number, after: string | null = null) =>
    (await coordinator.data<{ candidateList: Page }>(PAGE, { needId, first, after })).candidateList;

  beforeAll(async () => {
    // A page of 100 explanations with their gaps is beyond the default query cost on purpose.
    app = await createApp({ env: { GRAPHQL_MAX_COMPLEXITY: '5000000' } });
    await app.app.get(EscoImporter).import();
    const employer = await signIn(app, Role.EMPLOYER_USER);
    coordinator = await signIn(app, Role.COORDINATOR);
    // Published services in the Lahti area for the need's measure, the adjustment relied on and training.
    const provider = await signIn(app, 'palveluntuottaja.saatio@ytmt.example');
    const [{ id: lahtiAreaId }] = await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'lahti'`);
    for (const [nameFi, categoryCodes] of [
      ['Palkkatuki ja työhönvalmennus', ['PAY_SUBSIDY', 'JOB_COACHING']],
      ['Mukautukset ja työkyvyn tuki', ['ACCOMMODATION_ADVICE', 'WORK_ABILITY_SUPPORT']],
      ['Varastoalan työvoimakoulutus', ['LABOUR_MARKET_TRAINING', 'RECRUITMENT_TRAINING']],
    ] as const) {
      const coverage = { isNational: false, employmentAreaIds: [lahtiAreaId], municipalityCodes: [] };
      await publishNewService(provider, coordinator, employerServiceInput(nameFi, categoryCodes, coverage));
    }
    // Searchable without running the worker.
    await app.app.get(ServiceReindexer, { strict: false }).reindex();
    const [{ id: companyId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
    const [{ employment_area_id: areaId }] = await app.dataSource.query(`SELECT employment_area_id FROM employment_area_municipality WHERE municipality_code = '398'`);
    const [{ id: userId }] = await app.dataSource.query('SELECT id FROM app_user ORDER BY email LIMIT 1');
    for (const count of [10, 100]) needIds[count] = await needWithCandidates(employer, companyId, areaId, userId, count);
  }, 180_000);
  afterAll(() => app?.close());

  it('reads a page of 100 rows with their gaps in as many statements as a page of 10', async () => {
    // The needs with 10 and 100 candidates are made beforehand: each size reads its own.
    const { candidates } = await statementCountsAt(app.dataSource, { candidates: (size) => page(needIds[size], 100) });
    const { small, large } = candidates;
    expect(small.result.totalCount).toBe(10);
    expect(small.result.edges).toHaveLength(10);
    expect(large.result.totalCount).toBe(100);
    expect(large.result.edges).toHaveLength(100);
    // The rows really carry their per-row parts.
    expect(large.result.edges.filter((e) => e.node.shareRequest?.status === 'REQUESTED')).toHaveLength(25);
    expect(large.result.edges.filter((e) => e.node.coordinatorStatus === 'RELEVANT')).toHaveLength(25);
    expect(large.result.edges.every((e) => e.node.gaps.services.length > 0)).toBe(true);
    // Advice named by adjustments only where work-ability details may be shown: own area (every
    // other person) or the SHARE_ADJUSTMENT_NEEDS consent (every third).
    expect(large.result.edges.map((e) => e.node.gaps.advice.length > 0)).toEqual(large.result.edges.map((_, i) => i % 2 === 0 || i % 3 === 0));
    expectFlatStatementCount('candidates', candidates);
    expect(large.statements).toBeLessThan(60);
  });

  it('gives a row the same gaps alone (a changed row a mutation returns) as within a page', async () => {
    const whole = await page(needIds[10], 100);
    // In the coordinator's own area (full id, details shown) and outside it (a reference, no details).
    for (const index of [0, 1]) {
      const { node } = whole.edges[index];
      const { setCandidateStatus } = await coordinator.data<{ setCandidateStatus: { profileId: string; coordinatorStatus: string; gaps: Gaps } }>(SET_STATUS, {
        input: { needId: needIds[10], profileId: node.profileId, status: 'CONTACTED' },
      });
      expect(setCandidateStatus.profileId).toBe(node.profileId);
      expect(setCandidateStatus.coordinatorStatus).toBe('CONTACTED');
      expect(setCandidateStatus.gaps).toEqual(node.gaps);
    }
  });

  it('pages through the list in order, without gaps or repeats', async () => {
    const whole = await page(needIds[100], 100);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const current: Page = await page(needIds[100], 30, after);
      pages += 1;
      expect(current.totalCount).toBe(100);
      expect(current.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...current.edges.map((e) => e.node.profileId));
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(seen).toEqual(whole.edges.map((e) => e.node.profileId));
    const scores = whole.edges.map((e) => e.node.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // A cursor names a position on the list, never a person.
    expect(JSON.stringify(whole.edges.map((e) => Buffer.from(e.cursor, 'base64').toString('utf8')))).not.toMatch(/[0-9a-f]{8}-/);
  });

  it('refuses a cursor it did not make, and defaults to a page of 20', async () => {
    const result = await coordinator.request(PAGE, { needId: needIds[100], first: 10, after: Buffer.from('k:minus', 'utf8').toString('base64') });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const first = await coordinator.data<{ candidateList: Page }>(PAGE, { needId: needIds[100] });
    expect(first.candidateList.edges).toHaveLength(20);
    expect((await coordinator.request(PAGE, { needId: needIds[100], first: 101 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
