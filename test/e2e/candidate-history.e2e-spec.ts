// Issue 13, point 8: the candidate list's history (candidate_event) for the coordinators who run
// the list: what happened, when, by which role and organisation, under the list's own names for
// people; refused to others; a page of 100 steps costs what a page of 10 costs.
import { Role } from '@ytmt/core';
import { CandidateWithdrawal } from '../../libs/matching/src/candidate-withdrawal.service';
import { EscoImporter } from '@ytmt/skills';
import { createApp, expectFlatStatementCount, GraphQLClient, signIn, statementCountsAt, storeSuggestion, storedExplanation, TestApp } from '@ytmt/test-kit';
import { NEED_INPUT, PICK_ORDERS, profileInput, RECEIVE_GOODS } from '../factories/matching.factory';

const HISTORY = `query ($needId: ID!, $first: Int, $after: String) { candidateListHistory(needId: $needId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
  edges { cursor node { id kind at profileId pseudonym actor actorOrganizationName byYou coordinatorStatus employerStatus shareDeadline } } } }`;
const LIST = `query ($needId: ID!) { candidateList(needId: $needId, first: 100) { edges { node { profileId pseudonym } } } }`;
const SAVE_PROFILE = `mutation ($input: JobseekerProfileInput!, $identity: JobseekerIdentityInput) { saveMyJobseekerProfile(input: $input, identity: $identity) { id } }`;
const GRANT = `mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const REF = (name: string, input = 'CandidateRefInput') => `mutation ($input: ${input}!) { ${name}(input: $input) { profileId } }`;

interface HistoryEvent {
  id: string;
  kind: string;
  at: string;
  profileId: string | null;
  pseudonym: string;
  actor: string;
  actorOrganizationName: string | null;
  byYou: boolean;
  coordinatorStatus: string | null;
  employerStatus: string | null;
  shareDeadline: string | null;
}
interface HistoryPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: HistoryEvent }[];
}

/** What the engine would have stored for a suggestion. */
const EXPLANATION = storedExplanation({ matchedEssentialSkills: [PICK_ORDERS], missingEssentialSkills: [RECEIVE_GOODS], occupationRelation: 'SAME_OCCUPATION' });

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

describe('The candidate list’s history', () => {
  let app: TestApp;
  let employer: GraphQLClient;
  let coordinator: GraphQLClient;
  let helsinkiCoordinator: GraphQLClient;
  let jari: GraphQLClient;
  let companyId: string;
  let needId: string;
  let jariProfileId: string;
  let outsiderProfileId: string;

  const history = async (client: GraphQLClient, need: string, first = 100, after: string | null = null) =>
    (await client.data<{ candidateListHistory: HistoryPage }>(HISTORY, { needId: need, first, after })).candidateListHistory;

  const createNeed = async () =>
    (
      await employer.data<{ createNeed: { id: string } }>('mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }', {
        companyId,
        input: NEED_INPUT,
      })
    ).createNeed.id;

  /** A person outside any area with the given consents, suggested for the need as the engine would. */
  const suggestedOutsider = async (need: string, label: string, score: number): Promise<string> => {
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO jobseeker_profile (pseudonym, employment_area_id, home_municipality_code, hours_min, hours_max, driving_licences)
       VALUES ($1, NULL, '398', 20, 37, '{B}') RETURNING id`,
      [`Historia-${label}-${need.slice(0, 8)}`],
    );
    for (const scope of ['MATCHING', 'ANONYMOUS_VISIBILITY']) {
      await app.dataSource.query('INSERT INTO consent (profile_id, scope, granted_at) VALUES ($1, $2, now())', [id, scope]);
    }
    await suggest(need, id, score);
    return id;
  };
  const suggest = (need: string, profileId: string, score: number) => storeSuggestion(app.dataSource, need, profileId, { score, explanation: EXPLANATION });

  beforeAll(async () => {
    app = await createApp();
    await app.app.get(EscoImporter).import();
    employer = await signIn(app, Role.EMPLOYER_USER);
    coordinator = await signIn(app, Role.COORDINATOR);
    helsinkiCoordinator = await signIn(app, 'koordinaattori.helsinki@ytmt.example');
    jari = await signIn(app, Role.JOBSEEKER);
    [{ id: companyId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
    const saved = await jari.data<{ saveMyJobseekerProfile: { id: string } }>(SAVE_PROFILE, {
      input: profileInput(),
      identity: { firstName: 'Jari', lastName: 'Työnhakija', email: 'tyonhakija@ytmt.example' },
    });
    jariProfileId = saved.saveMyJobseekerProfile.id;
    for (const scope of ['MATCHING', 'ANONYMOUS_VISIBILITY']) await jari.data(GRANT, { input: { scope } });
    needId = await createNeed();
    await suggest(needId, jariProfileId, 0.9);
    outsiderProfileId = await suggestedOutsider(needId, 'ulkopuolinen', 0.8);
  }, 180_000);
  afterAll(() => app?.close());

  it('tells each step after it happens, newest first, by role and organisation, under the list’s names', async () => {
    expect((await history(coordinator, needId)).totalCount).toBe(0);
    const list = (await coordinator.data<{ candidateList: { edges: { node: { profileId: string; pseudonym: string } }[] } }>(LIST, { needId })).candidateList.edges.map(
      (e) => e.node,
    );
    const jariRow = list.find((row) => row.profileId === jariProfileId);
    const outsiderRow = list.find((row) => row.profileId !== jariProfileId);
    expect(jariRow).toBeDefined();
    expect(outsiderRow?.profileId).not.toBe(outsiderProfileId);

    await coordinator.data(REF('setCandidateStatus', 'SetCandidateStatusInput'), { input: { needId, profileId: jariProfileId, status: 'RELEVANT' } });
    const deadline = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
    await coordinator.data(REF('requestShare', 'RequestShareInput'), { input: { needId, profileId: jariProfileId, deadline } });
    const { myShareRequests } = await jari.data<{ myShareRequests: { id: string }[] }>('{ myShareRequests { id } }');
    await jari.data('mutation ($input: AnswerShareRequestInput!) { answerShareRequest(input: $input) { status } }', { input: { id: myShareRequests[0].id, accept: true } });
    await coordinator.data(REF('presentCandidate'), { input: { needId, profileId: jariProfileId } });
    const { presentedCandidates } = await employer.data<{ presentedCandidates: { candidateId: string }[] }>(
      'query ($needId: ID!) { presentedCandidates(needId: $needId) { candidateId } }',
      { needId },
    );
    await employer.data('mutation ($input: SetEmployerStatusInput!) { setEmployerCandidateStatus(input: $input) { employerStatus } }', {
      input: { candidateId: presentedCandidates[0].candidateId, status: 'INTERVIEW' },
    });
    await coordinator.data(REF('setCandidateStatus', 'SetCandidateStatusInput'), { input: { needId, profileId: outsiderRow?.profileId, status: 'CONTACTED' } });

    const page = await history(coordinator, needId);
    const events = page.edges.map((e) => e.node);
    expect(page.totalCount).toBe(6);
    expect(events.map((e) => e.kind)).toEqual(['COORDINATOR_STATUS', 'EMPLOYER_STATUS', 'PRESENTED', 'SHARE_ACCEPTED', 'SHARE_REQUESTED', 'COORDINATOR_STATUS']);
    const times = events.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const [outsiderStatus, employerStatus, presented, accepted, requested, jariStatus] = events;
    expect(outsiderStatus).toMatchObject({ profileId: outsiderRow?.profileId, pseudonym: outsiderRow?.pseudonym, coordinatorStatus: 'CONTACTED', actor: 'COORDINATOR' });
    expect(employerStatus).toMatchObject({ actor: 'EMPLOYER', actorOrganizationName: 'Lahden Konepaja Oy', employerStatus: 'INTERVIEW', byYou: false });
    expect(presented).toMatchObject({ actor: 'COORDINATOR', actorOrganizationName: 'Lahden työllisyyspalvelut', byYou: true });
    expect(accepted).toMatchObject({ actor: 'JOBSEEKER', actorOrganizationName: null, byYou: false });
    expect(requested).toMatchObject({ actor: 'COORDINATOR', byYou: true });
    expect(Date.parse(requested.shareDeadline as string)).toBe(Date.parse(deadline));
    expect(jariStatus).toMatchObject({ coordinatorStatus: 'RELEVANT', employerStatus: null, shareDeadline: null });
    // Jari lives in the coordinator's own area: the profile id, as the list shows it.
    for (const event of events.slice(1)) expect(event).toMatchObject({ profileId: jariProfileId, pseudonym: jariRow?.pseudonym });

    // No names, contacts, user ids, nor the outsider's profile id.
    const userIds: { id: string }[] = await app.dataSource.query(`SELECT id FROM app_user WHERE email IN ('koordinaattori.lahti@ytmt.example', 'tyonhakija@ytmt.example', 'tyonantaja.lahti@ytmt.example')`);
    const text = JSON.stringify(page);
    expect(text).not.toMatch(/Jari|Työnhakija|@ytmt/);
    for (const { id } of userIds) expect(text).not.toContain(id);
    expect(text).not.toContain(outsiderProfileId);
  });

  it('audits every person whose steps it shows, as the list does', async () => {
    const count = async () =>
      (
        await app.dataSource.query(
          `SELECT count(*)::int AS n FROM audit_event WHERE action = 'candidate.view' AND resource_id = $1 AND details->>'view' = 'COORDINATOR_LIST_HISTORY'`,
          [jariProfileId],
        )
      )[0].n as number;
    const before = await count();
    await history(coordinator, needId);
    expect(await count()).toBe(before + 1);
  });

  it('refuses coordinators of an unrelated area, employers and jobseekers', async () => {
    expect(code(await helsinkiCoordinator.request(HISTORY, { needId }))).toBe('FORBIDDEN');
    expect(code(await employer.request(HISTORY, { needId }))).toBe('FORBIDDEN');
    expect(code(await jari.request(HISTORY, { needId }))).toBe('FORBIDDEN');
  });

  it('keeps the steps of a person who left the list, without naming them', async () => {
    await jari.data('mutation ($scope: ConsentScope!) { withdrawConsent(scope: $scope) { id } }', { scope: 'MATCHING' });
    // What the worker's matching job does on the withdrawal.
    await app.app.get(CandidateWithdrawal, { strict: false }).withdrawProfile(app.dataSource.manager, jariProfileId);
    const events = (await history(coordinator, needId)).edges.map((e) => e.node);
    expect(events[0]).toMatchObject({ kind: 'WITHDRAWN', actor: 'JOBSEEKER', profileId: null });
    const jariEvents = events.filter((e) => e.kind !== 'COORDINATOR_STATUS' || e.coordinatorStatus === 'RELEVANT');
    expect(jariEvents).toHaveLength(6);
    expect(jariEvents.every((e) => e.profileId === null)).toBe(true);
    expect(JSON.stringify(events)).not.toContain(jariProfileId);
  });

  it('pages newest first without gaps or repeats, and refuses a cursor it did not make', async () => {
    const whole = await history(coordinator, needId);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const current: HistoryPage = await history(coordinator, needId, 3, after);
      expect(current.totalCount).toBe(whole.totalCount);
      expect(current.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...current.edges.map((e) => e.node.id));
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole.edges.map((e) => e.node.id));
    const bad = await coordinator.request(HISTORY, { needId, first: 3, after: Buffer.from('k:yesterday|nobody', 'utf8').toString('base64') });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(code(await coordinator.request(HISTORY, { needId, first: 101 }))).toBe('BAD_USER_INPUT');
  });

  it('reads a page of 100 steps in as many statements as a page of 10', async () => {
    const need = await createNeed();
    const [{ id: coordinatorId }] = await app.dataSource.query(`SELECT id FROM app_user WHERE email = 'koordinaattori.lahti@ytmt.example'`);
    const [{ id: employerId }] = await app.dataSource.query(`SELECT id FROM app_user WHERE email = 'tyonantaja.lahti@ytmt.example'`);
    let steps = 0;
    // Each person: a coordinator's status, a share request, its expiry and an employer's status.
    const grow = async (size: number) => {
      while (steps < size) {
        const profileId = await suggestedOutsider(need, `askel-${steps}`, 0.5);
        const [{ id: candidateId }] = await app.dataSource.query(
          `INSERT INTO candidate (need_id, profile_id, source, coordinator_status, presented_at, employer_status) VALUES ($1, $2, 'SUGGESTED', 'RELEVANT', now(), 'NEW') RETURNING id`,
          [need, profileId],
        );
        await app.dataSource.query(
          `INSERT INTO candidate_event (candidate_id, kind, value, by_user_id) VALUES
             ($1, 'COORDINATOR_STATUS', 'RELEVANT', $2), ($1, 'SHARE_REQUESTED', now()::text, $2), ($1, 'SHARE_EXPIRED', NULL, NULL), ($1, 'EMPLOYER_STATUS', 'NEW', $3)`,
          [candidateId, coordinatorId, employerId],
        );
        steps += 4;
      }
    };
    const { events } = await statementCountsAt(app.dataSource, { events: () => history(coordinator, need, 100) }, async (size) => {
      await grow(size);
    });
    expect(events.small.result.totalCount).toBe(12);
    expect(events.large.result.totalCount).toBe(100);
    expect(events.large.result.edges).toHaveLength(100);
    expect(events.large.result.edges.filter((e) => e.node.actorOrganizationName === 'Lahden työllisyyspalvelut')).toHaveLength(50);
    expect(events.large.result.edges.filter((e) => e.node.actorOrganizationName === 'Lahden Konepaja Oy')).toHaveLength(25);
    expectFlatStatementCount('candidate list history', events);
  });
});
