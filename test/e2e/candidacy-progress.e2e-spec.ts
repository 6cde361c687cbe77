// Progress other than a hire (work trial, pay-subsidised job…) recorded on a presented candidacy by
// the employer and the area's coordinator, idempotently and audited as candidate events; the hire
// keeps whether it relied on the carved role; the area's indicators count both after a sync.
import { Role } from '@ytmt/core';
import { InsightRefreshService } from '@ytmt/insights';
import { createApp, GraphQLClient, signIn, TestApp } from '@ytmt/test-kit';
import { NEED_INPUT } from '../factories/matching.factory';

const RECORD = 'mutation ($input: RecordCandidacyProgressInput!) { recordCandidacyProgress(input: $input) { progress at } }';
const CARDS = 'query ($needId: ID!) { presentedCandidates(needId: $needId) { candidateId employerStatus progress { progress at } } }';
const LIST = 'query ($needId: ID!) { candidateList(needId: $needId) { edges { node { candidateId progress { progress } } } } }';
const AREA = 'query ($areaId: ID!, $year: Int!) { areaInsights(areaId: $areaId, year: $year) { cells { areaId municipalityCode month metric dimension count } } }';
const YEAR = new Date().getUTCFullYear();

interface Progress {
  progress: string;
  at: string;
}
interface Cell {
  areaId: string | null;
  municipalityCode: string | null;
  month: string | null;
  metric: string;
  dimension: string;
  count: number | null;
}

/** A match explanation whose role was carved for the person: one separable task carved out. */
const carvedExplanation = {
  matchedEssentialSkills: [],
  missingEssentialSkills: [],
  matchedOptionalSkills: [],
  occupationRelation: 'NONE',
  tasks: [
    { taskId: 'task-keraily', title: 'Tilausten keräily', kind: 'CORE', outcome: 'WITHIN', exceededDimensions: [], adjustmentsRelied: [] },
    { taskId: 'task-trukki', title: 'Trukilla ajo', kind: 'SEPARABLE', outcome: 'CARVED_OUT', exceededDimensions: ['LIFTING'], adjustmentsRelied: [] },
  ],
  carvedOutTaskIds: ['task-trukki'],
  adjustmentsRelied: [],
  adjustmentsNotOffered: [],
  distanceKm: 3,
  placeReason: 'SAME_MUNICIPALITY',
  missingLanguages: [],
  missingDrivingLicence: null,
  parts: { skills: 0.5, occupation: 0, place: 1, workingTime: 1, capabilityFit: 0.8, adjustments: 1, language: 1, drivingLicence: 1 },
};

describe('Progress outcomes of a candidacy, and hires into a carved role', () => {
  let app: TestApp;
  let employer: GraphQLClient;
  let otherEmployer: GraphQLClient;
  let coordinator: GraphQLClient;
  let otherCoordinator: GraphQLClient;
  let needId: string;
  let candidateId: string;
  let lahtiArea: string;

  beforeAll(async () => {
    app = await createApp();
    employer = await signIn(app, 'tyonantaja.lahti@ytmt.example');
    otherEmployer = await signIn(app, 'tyonantaja.helsinki@ytmt.example');
    coordinator = await signIn(app, 'koordinaattori.lahti@ytmt.example');
    otherCoordinator = await signIn(app, 'koordinaattori.helsinki@ytmt.example');
    const jari = await signIn(app, Role.JOBSEEKER);
    const saved = await jari.data<{ saveMyJobseekerProfile: { id: string } }>(
      'mutation ($input: JobseekerProfileInput!, $identity: JobseekerIdentityInput) { saveMyJobseekerProfile(input: $input, identity: $identity) { id } }',
      {
        input: { skills: [], occupations: [], wishedOccupations: [], homeMunicipalityCode: '398', acceptableMunicipalityCodes: [], remoteOk: false, languages: [], drivingLicences: [] },
        identity: { firstName: 'Jari', lastName: 'Työnhakija', email: 'tyonhakija@ytmt.example' },
      },
    );
    const profileId = saved.saveMyJobseekerProfile.id;
    for (const scope of ['MATCHING', 'ANONYMOUS_VISIBILITY']) await jari.data('mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }', { input: { scope } });
    [{ id: lahtiArea }] = await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'lahti'`);
    const [{ id: companyId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
    const created = await employer.data<{ createNeed: { id: string } }>(
      'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }',
      { companyId, input: { ...NEED_INPUT, title: 'Varastotyöntekijä keräilyyn', skills: [], occupationUri: null, positions: 1, openToPrecisionCapable: true } },
    );
    needId = created.createNeed.id;
    // The engine's result as it would be for a role carved for the person (the test imports no ESCO).
    await app.dataSource.query(
      `INSERT INTO match_result (need_id, profile_id, score, explanation, engine_version, computed_at) VALUES ($1, $2, 0.72, $3, 'test', now())`,
      [needId, profileId, JSON.stringify(carvedExplanation)],
    );
    await app.dataSource.query(`INSERT INTO candidate (need_id, profile_id, source) VALUES ($1, $2, 'ADDED')`, [needId, profileId]);
    await coordinator.data('mutation ($input: CandidateRefInput!) { presentCandidate(input: $input) { presentedAt } }', { input: { needId, profileId } });
    const { presentedCandidates } = await employer.data<{ presentedCandidates: { candidateId: string; progress: Progress[] }[] }>(CARDS, { needId });
    expect(presentedCandidates).toHaveLength(1);
    expect(presentedCandidates[0].progress).toEqual([]);
    candidateId = presentedCandidates[0].candidateId;
    // The indicators' first pass (the backfill) happens before any progress is recorded.
    await app.app.get(InsightRefreshService, { strict: false }).sync();
  }, 120_000);
  afterAll(() => app?.close());

  it('lets the employer record a work trial, then a pay-subsidised job; recording one again changes nothing', async () => {
    const first = (await employer.data<{ recordCandidacyProgress: Progress[] }>(RECORD, { input: { candidateId, progress: 'WORK_TRIAL' } })).recordCandidacyProgress;
    expect(first.map((p) => p.progress)).toEqual(['WORK_TRIAL']);
    const again = (await employer.data<{ recordCandidacyProgress: Progress[] }>(RECORD, { input: { candidateId, progress: 'WORK_TRIAL' } })).recordCandidacyProgress;
    expect(again).toEqual(first);
    const both = (await employer.data<{ recordCandidacyProgress: Progress[] }>(RECORD, { input: { candidateId, progress: 'PAY_SUBSIDISED_JOB' } })).recordCandidacyProgress;
    expect(both.map((p) => p.progress)).toEqual(['WORK_TRIAL', 'PAY_SUBSIDISED_JOB']);
    expect(both[0].at).toBe(first[0].at);
    // Audited as the candidacy's history, once each, by the employer.
    const events: { value: string; by_user_id: string | null }[] = await app.dataSource.query(`SELECT value, by_user_id FROM candidate_event WHERE candidate_id = $1 AND kind = 'PROGRESS' ORDER BY at`, [
      candidateId,
    ]);
    expect(events.map((e) => e.value)).toEqual(['WORK_TRIAL', 'PAY_SUBSIDISED_JOB']);
    expect(events.every((e) => e.by_user_id !== null)).toBe(true);
    const { presentedCandidates } = await employer.data<{ presentedCandidates: { progress: Progress[] }[] }>(CARDS, { needId });
    expect(presentedCandidates[0].progress.map((p) => p.progress)).toEqual(['WORK_TRIAL', 'PAY_SUBSIDISED_JOB']);
  });

  it("lets the area's coordinator record progress too, shown on the candidate list's row", async () => {
    await coordinator.data(RECORD, { input: { candidateId, progress: 'TRAINING_STARTED' } });
    const { candidateList } = await coordinator.data<{ candidateList: { edges: { node: { candidateId: string; progress: { progress: string }[] } }[] } }>(LIST, { needId });
    const row = candidateList.edges.find((e) => e.node.candidateId === candidateId);
    expect(row?.node.progress.map((p) => p.progress)).toEqual(['WORK_TRIAL', 'PAY_SUBSIDISED_JOB', 'TRAINING_STARTED']);
    // The list's history shows each step, by role and organisation.
    const { candidateListHistory } = await coordinator.data<{ candidateListHistory: { edges: { node: { kind: string; progress: string | null; actor: string; actorOrganizationName: string | null; byYou: boolean } }[] } }>(
      'query ($needId: ID!) { candidateListHistory(needId: $needId) { edges { node { kind progress actor actorOrganizationName byYou } } } }',
      { needId },
    );
    const steps = candidateListHistory.edges.map((e) => e.node).filter((n) => n.kind === 'PROGRESS');
    expect(steps).toEqual([
      { kind: 'PROGRESS', progress: 'TRAINING_STARTED', actor: 'COORDINATOR', actorOrganizationName: expect.any(String), byYou: true },
      { kind: 'PROGRESS', progress: 'PAY_SUBSIDISED_JOB', actor: 'EMPLOYER', actorOrganizationName: 'Lahden Konepaja Oy', byYou: false },
      { kind: 'PROGRESS', progress: 'WORK_TRIAL', actor: 'EMPLOYER', actorOrganizationName: 'Lahden Konepaja Oy', byYou: false },
    ]);
  });

  it('refuses other companies and areas, unknown candidacies and unknown outcomes', async () => {
    const other = await otherEmployer.request(RECORD, { input: { candidateId, progress: 'APPRENTICESHIP' } });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const otherArea = await otherCoordinator.request(RECORD, { input: { candidateId, progress: 'APPRENTICESHIP' } });
    expect(otherArea.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await employer.request(RECORD, { input: { candidateId: '00000000-0000-4000-8000-000000000001', progress: 'APPRENTICESHIP' } });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ path: 'input.candidateId' }] });
    const bad = await employer.request(RECORD, { input: { candidateId, progress: 'INTERNSHIP' } });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toContain('progress');
    // Someone on the list but never presented: nothing to record yet.
    const aino = await signIn(app, 'tyonhakija.aino@ytmt.example');
    const otherProfile = (
      await aino.data<{ saveMyJobseekerProfile: { id: string } }>('mutation ($input: JobseekerProfileInput!) { saveMyJobseekerProfile(input: $input) { id } }', {
        input: { skills: [], occupations: [], wishedOccupations: [], homeMunicipalityCode: '398', acceptableMunicipalityCodes: [], remoteOk: false, languages: [], drivingLicences: [] },
      })
    ).saveMyJobseekerProfile.id;
    const [{ id: listed }] = await app.dataSource.query(`INSERT INTO candidate (need_id, profile_id, source) VALUES ($1, $2, 'ADDED') RETURNING id`, [needId, otherProfile]);
    const notPresented = await coordinator.request(RECORD, { input: { candidateId: listed, progress: 'WORK_TRIAL' } });
    expect(notPresented.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'input.candidateId' }] });
    const events = await app.dataSource.query(`SELECT count(*)::int AS n FROM candidate_event WHERE candidate_id = $1 AND kind = 'PROGRESS'`, [candidateId]);
    expect(events[0].n).toBe(3);
  });

  it('keeps at the hire that it relied on the carved role, and the area report counts the progress and the precision fill', async () => {
    await employer.data('mutation ($input: SetEmployerStatusInput!) { setEmployerCandidateStatus(input: $input) { employerStatus } }', { input: { candidateId, status: 'HIRED' } });
    const [stored] = await app.dataSource.query(`SELECT hired_into_carved_role FROM candidate WHERE id = $1`, [candidateId]);
    expect(stored.hired_into_carved_role).toBe(true);
    const refresh = app.app.get(InsightRefreshService, { strict: false });
    await refresh.sync();
    await refresh.sync();
    const { areaInsights } = await coordinator.data<{ areaInsights: { cells: Cell[] } }>(AREA, { areaId: lahtiArea, year: YEAR });
    const yearCell = (metric: string, dimension = '') =>
      areaInsights.cells.find((c) => c.areaId === lahtiArea && c.municipalityCode === null && c.month === null && c.metric === metric && c.dimension === dimension)?.count;
    expect(yearCell('CANDIDACY_PROGRESS', 'WORK_TRIAL')).toBe(1);
    expect(yearCell('CANDIDACY_PROGRESS', 'PAY_SUBSIDISED_JOB')).toBe(1);
    expect(yearCell('CANDIDACY_PROGRESS', 'TRAINING_STARTED')).toBe(1);
    expect(yearCell('CANDIDACY_PROGRESS', 'APPRENTICESHIP') ?? 0).toBe(0);
    expect(yearCell('NEEDS_FILLED')).toBe(1);
    expect(yearCell('PRECISION_NEEDS_FILLED')).toBe(1);
  });
});
