// Closure for every candidate: each way a candidacy ends leaves a closure (outcome, time, reason)
// and a CLOSED step in its history, once; the jobseeker hears of what others ended; a filled or
// closed need ends every open candidacy in the same commit; coordinators see what still waits.
import { Role } from '@ytmt/core';
import { ShareRequestService } from '@ytmt/matching';
import { CandidateWithdrawal } from '../src/candidate-withdrawal.service';
import { createApp, expectFlatStatementCount, GraphQLClient, signIn, statementCountsAt, storeSuggestion, TestApp } from '@ytmt/test-kit';
import { NEED_INPUT } from '../../../test/factories/matching.factory';

const REF = (name: string, input = 'CandidateRefInput') => `mutation ($input: ${input}!) { ${name}(input: $input) { profileId closure { outcome reason } } }`;
const EMPLOYER_STATUS = `mutation ($input: SetEmployerStatusInput!) { setEmployerCandidateStatus(input: $input) { candidateId employerStatus closure { outcome at reason } } }`;
const MOVE = `mutation ($input: MoveNeedStageInput!) { moveNeedStage(input: $input) { stage } }`;
const AWAITING = `query ($first: Int, $after: String, $olderThanDays: Int) { candidatesAwaitingClosure(first: $first, after: $after, olderThanDays: $olderThanDays) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { candidateId needId needTitle companyName pseudonym state employerStatus since daysWaiting } } } }`;

interface Closure {
  closed_at: Date | null;
  closure_outcome: string | null;
  closure_reason: string | null;
}

describe('closure for every candidate', () => {
  let app: TestApp;
  let coordinator: GraphQLClient;
  let areaAdmin: GraphQLClient;
  let helsinkiCoordinator: GraphQLClient;
  let employer: GraphQLClient;
  let jobseeker: GraphQLClient;
  let companyId: string;

  const createNeed = async (title: string): Promise<string> =>
    (
      await employer.data<{ createNeed: { id: string } }>('mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }', {
        companyId,
        input: { ...NEED_INPUT, title, skills: [], occupationUri: null, positions: 1 },
      })
    ).createNeed.id;

  /** A person outside any area with MATCHING and ANONYMOUS_VISIBILITY, suggested for the need as the engine would. */
  const suggested = async (needId: string, label: string): Promise<string> => {
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO jobseeker_profile (pseudonym, employment_area_id, home_municipality_code, hours_min, hours_max, driving_licences)
       VALUES ($1, NULL, '398', 20, 37, '{B}') RETURNING id`,
      [`Sulku-${label}-${needId.slice(0, 8)}`],
    );
    for (const scope of ['MATCHING', 'ANONYMOUS_VISIBILITY']) {
      await app.dataSource.query('INSERT INTO consent (profile_id, scope, granted_at) VALUES ($1, $2, now())', [id, scope]);
    }
    // No skills in the stored explanation: the test imports no ESCO.
    await storeSuggestion(app.dataSource, needId, id);
    return id;
  };
  const candidateOf = async (needId: string, profileId: string): Promise<string> =>
    (await app.dataSource.query('SELECT id FROM candidate WHERE need_id = $1 AND profile_id = $2', [needId, profileId]))[0].id;
  const closureOf = async (candidateId: string): Promise<Closure> =>
    (await app.dataSource.query('SELECT closed_at, closure_outcome::text AS closure_outcome, closure_reason FROM candidate WHERE id = $1', [candidateId]))[0];
  const closedEvents = async (candidateId: string): Promise<number> =>
    (await app.dataSource.query(`SELECT count(*)::int AS n FROM candidate_event WHERE candidate_id = $1 AND kind = 'CLOSED'`, [candidateId]))[0].n;
  const notices = async (candidateId: string): Promise<number> =>
    (
      await app.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_event WHERE job_name = 'notify' AND payload->>'type' = 'CANDIDACY_CLOSED' AND payload->>'candidateId' = $1`,
        [candidateId],
      )
    )[0].n;
  const requestShare = (needId: string, profileId: string) =>
    coordinator.data(REF('requestShare', 'RequestShareInput'), { input: { needId, profileId, deadline: new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString() } });
  const present = (needId: string, profileId: string) => coordinator.data(REF('presentCandidate'), { input: { needId, profileId } });

  beforeAll(async () => {
    app = await createApp();
    coordinator = await signIn(app, Role.COORDINATOR);
    areaAdmin = await signIn(app, Role.AREA_ADMIN);
    helsinkiCoordinator = await signIn(app, 'koordinaattori.helsinki@ytmt.example');
    employer = await signIn(app, Role.EMPLOYER_USER);
    jobseeker = await signIn(app, Role.JOBSEEKER);
    [{ id: companyId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
  }, 120_000);
  afterAll(() => app?.close());

  it('closes on the employer’s NOT_SELECTED with the reason, once, and tells the jobseeker through the outbox', async () => {
    const needId = await createNeed('Koneistaja iltavuoroon');
    const profileId = await suggested(needId, 'ei-valittu');
    await present(needId, profileId);
    const candidateId = await candidateOf(needId, profileId);
    const result = await employer.data<{ setEmployerCandidateStatus: { closure: { outcome: string; reason: string } } }>(EMPLOYER_STATUS, {
      input: { candidateId, status: 'NOT_SELECTED', reason: 'Valitsimme kokeneemman hakijan.' },
    });
    expect(result.setEmployerCandidateStatus.closure).toMatchObject({ outcome: 'NOT_SELECTED', reason: 'Valitsimme kokeneemman hakijan.' });
    const first = await closureOf(candidateId);
    // Repeated and later changes leave the closure as it was: no second closure, no second notice.
    await employer.data(EMPLOYER_STATUS, { input: { candidateId, status: 'NOT_SELECTED', reason: 'Toinen perustelu' } });
    await employer.data(EMPLOYER_STATUS, { input: { candidateId, status: 'INTERVIEW' } });
    expect(await closureOf(candidateId)).toEqual(first);
    expect(await closedEvents(candidateId)).toBe(1);
    expect(await notices(candidateId)).toBe(1);
  });

  it('refuses a reason over 300 characters with a field error, changing nothing', async () => {
    const needId = await createNeed('Hitsaaja');
    const profileId = await suggested(needId, 'pitka');
    await present(needId, profileId);
    const candidateId = await candidateOf(needId, profileId);
    const employerResult = await employer.request(EMPLOYER_STATUS, { input: { candidateId, status: 'NOT_SELECTED', reason: 'x'.repeat(301) } });
    expect(employerResult.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(employerResult.errors?.[0].extensions)).toContain('reason');
    const coordinatorResult = await coordinator.request(REF('setCandidateStatus', 'SetCandidateStatusInput'), {
      input: { needId, profileId, status: 'NOT_RELEVANT', reason: 'y'.repeat(301) },
    });
    expect(coordinatorResult.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await closureOf(candidateId)).toEqual({ closed_at: null, closure_outcome: null, closure_reason: null });
    const [{ employer_status, coordinator_status }] = await app.dataSource.query('SELECT employer_status, coordinator_status FROM candidate WHERE id = $1', [candidateId]);
    expect({ employer_status, coordinator_status }).toEqual({ employer_status: 'NEW', coordinator_status: null });
  });

  it('closes NOT_SELECTED when a coordinator sets aside someone who knows of the candidacy, and not someone who does not', async () => {
    const needId = await createNeed('Varastotyöntekijä');
    const asked = await suggested(needId, 'kysytty');
    const untouched = await suggested(needId, 'koskematon');
    await requestShare(needId, asked);
    await coordinator.data(REF('setCandidateStatus', 'SetCandidateStatusInput'), { input: { needId, profileId: asked, status: 'NOT_INTERESTED', reason: 'Ei sopiva työaika' } });
    await coordinator.data(REF('setCandidateStatus', 'SetCandidateStatusInput'), { input: { needId, profileId: untouched, status: 'NOT_RELEVANT' } });
    const askedId = await candidateOf(needId, asked);
    expect(await closureOf(askedId)).toMatchObject({ closure_outcome: 'NOT_SELECTED', closure_reason: 'Ei sopiva työaika' });
    expect(await notices(askedId)).toBe(1);
    const untouchedId = await candidateOf(needId, untouched);
    expect((await closureOf(untouchedId)).closure_outcome).toBeNull();
    expect(await notices(untouchedId)).toBe(0);
  });

  it('closes CANCELLED and EXPIRED share requests with a notice, a reopening by a new request, and the expiry sweep once', async () => {
    const needId = await createNeed('Trukinkuljettaja');
    const cancelled = await suggested(needId, 'peruttu');
    const expired = await suggested(needId, 'vanhentunut');
    await requestShare(needId, cancelled);
    await coordinator.data(REF('cancelShareRequest'), { input: { needId, profileId: cancelled } });
    const cancelledId = await candidateOf(needId, cancelled);
    expect((await closureOf(cancelledId)).closure_outcome).toBe('CANCELLED');
    expect(await notices(cancelledId)).toBe(1);
    // A new request starts the candidacy again, recorded in its history.
    await requestShare(needId, cancelled);
    expect((await closureOf(cancelledId)).closure_outcome).toBeNull();
    const [{ n: reopened }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM candidate_event WHERE candidate_id = $1 AND kind = 'REOPENED'`, [cancelledId]);
    expect(reopened).toBe(1);

    await requestShare(needId, expired);
    const expiredId = await candidateOf(needId, expired);
    await app.dataSource.query(`UPDATE share_request SET deadline = now() - interval '1 minute' WHERE candidate_id = $1`, [expiredId]);
    // The sweep, run twice (a replayed job).
    const shares = app.app.get(ShareRequestService, { strict: false });
    await app.dataSource.transaction((manager) => shares.expireDue(manager));
    await app.dataSource.transaction((manager) => shares.expireDue(manager));
    expect((await closureOf(expiredId)).closure_outcome).toBe('EXPIRED');
    expect(await closedEvents(expiredId)).toBe(1);
    expect(await notices(expiredId)).toBe(1);
  });

  it('closes every open candidacy of a filled need in the stage change, notifying those who knew, leaving the hired as HIRED', async () => {
    const needId = await createNeed('Kokoonpanija');
    const hired = await suggested(needId, 'palkattu');
    const presented = await suggested(needId, 'esitelty');
    const asked = await suggested(needId, 'kysytty');
    const listed = await suggested(needId, 'listalla');
    await present(needId, hired);
    await present(needId, presented);
    await requestShare(needId, asked);
    await coordinator.data(REF('setCandidateStatus', 'SetCandidateStatusInput'), { input: { needId, profileId: listed, status: 'RELEVANT' } });
    const hiredId = await candidateOf(needId, hired);
    // One position: the hire fills the need, and the fill ends the rest in the same commit.
    await employer.data(EMPLOYER_STATUS, { input: { candidateId: hiredId, status: 'HIRED', reason: 'Tervetuloa taloon!' } });
    const [{ stage }] = await app.dataSource.query('SELECT stage FROM need WHERE id = $1', [needId]);
    expect(stage).toBe('FILLED');
    expect((await closureOf(hiredId)).closure_outcome).toBe('HIRED');
    for (const profileId of [presented, asked, listed]) expect((await closureOf(await candidateOf(needId, profileId))).closure_outcome).toBe('NEED_FILLED');
    expect(await notices(hiredId)).toBe(1);
    expect(await notices(await candidateOf(needId, presented))).toBe(1);
    expect(await notices(await candidateOf(needId, asked))).toBe(1);
    // Never told of the candidacy: closed quietly.
    expect(await notices(await candidateOf(needId, listed))).toBe(0);
    // A finished candidacy does not start again.
    const again = await coordinator.request(REF('requestShare', 'RequestShareInput'), {
      input: { needId, profileId: presented, deadline: new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString() },
    });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('closes NEED_CLOSED when the need is closed', async () => {
    const needId = await createNeed('Maalari');
    const profileId = await suggested(needId, 'suljettu');
    await present(needId, profileId);
    await employer.data(MOVE, { input: { needId, stage: 'CLOSED' } });
    const candidateId = await candidateOf(needId, profileId);
    expect((await closureOf(candidateId)).closure_outcome).toBe('NEED_CLOSED');
    expect(await closedEvents(candidateId)).toBe(1);
    expect(await notices(candidateId)).toBe(1);
  });

  it('closes DECLINED and REVOKED without a notice to the jobseeker who did it, and shows the closure in myShareRequests', async () => {
    const needId = await createNeed('Pakkaaja');
    const profileId = (
      await jobseeker.data<{ saveMyJobseekerProfile: { id: string } }>(
        'mutation ($input: JobseekerProfileInput!) { saveMyJobseekerProfile(input: $input) { id } }',
        { input: { skills: [], occupations: [], wishedOccupations: [], homeMunicipalityCode: '398', acceptableMunicipalityCodes: [], remoteOk: false, languages: [], drivingLicences: [] } },
      )
    ).saveMyJobseekerProfile.id;
    await jobseeker.data('mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }', { input: { scope: 'MATCHING' } });
    await storeSuggestion(app.dataSource, needId, profileId);
    await requestShare(needId, profileId);
    const mine = async () =>
      (await jobseeker.data<{ myShareRequests: { id: string; status: string; presentedAt: string | null; closure: { outcome: string } | null }[] }>(
        '{ myShareRequests { id status presentedAt closure { outcome at reason } } }',
      )).myShareRequests;
    const [request] = await mine();
    await jobseeker.data('mutation ($input: AnswerShareRequestInput!) { answerShareRequest(input: $input) { status } }', { input: { id: request.id, accept: true } });
    await present(needId, profileId);
    expect((await mine())[0]).toMatchObject({ status: 'ACCEPTED', closure: null });
    expect((await mine())[0].presentedAt).not.toBeNull();
    await jobseeker.data('mutation ($id: ID!) { revokeShareRequest(id: $id) { status } }', { id: request.id });
    const candidateId = await candidateOf(needId, profileId);
    expect((await closureOf(candidateId)).closure_outcome).toBe('REVOKED');
    expect(await notices(candidateId)).toBe(0);
    expect((await mine())[0].closure).toMatchObject({ outcome: 'REVOKED' });
  });

  it('closes WITHDRAWN without a notice when the person withdraws MATCHING, once however often the withdrawal runs', async () => {
    const needId = await createNeed('Sahatyöntekijä');
    const profileId = await suggested(needId, 'vetaytynyt');
    await requestShare(needId, profileId);
    const candidateId = await candidateOf(needId, profileId);
    const withdrawal = app.app.get(CandidateWithdrawal, { strict: false });
    await app.dataSource.transaction((manager) => withdrawal.withdrawProfile(manager, profileId));
    await app.dataSource.transaction((manager) => withdrawal.withdrawProfile(manager, profileId));
    expect((await closureOf(candidateId)).closure_outcome).toBe('WITHDRAWN');
    expect(await closedEvents(candidateId)).toBe(1);
    expect(await notices(candidateId)).toBe(0);
  });

  it('lists the candidacies waiting for closure longest first, to coordinators and area admins of the company’s area only', async () => {
    const needId = await createNeed('Asentaja');
    const older = await suggested(needId, 'vanha');
    const newer = await suggested(needId, 'uudempi');
    const fresh = await suggested(needId, 'tuore');
    await present(needId, older);
    await requestShare(needId, newer);
    await requestShare(needId, fresh);
    const olderId = await candidateOf(needId, older);
    const newerId = await candidateOf(needId, newer);
    await app.dataSource.query(`UPDATE candidate SET presented_at = now() - interval '30 days' WHERE id = $1`, [olderId]);
    await app.dataSource.query(`UPDATE share_request SET requested_at = now() - interval '20 days' WHERE candidate_id = $1`, [newerId]);
    type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { candidateId: string; state: string; daysWaiting: number; companyName: string; pseudonym: string } }[] };
    const page = async (client: GraphQLClient, variables: Record<string, unknown> = {}) =>
      (await client.data<{ candidatesAwaitingClosure: Page }>(AWAITING, variables)).candidatesAwaitingClosure;
    const mineOnly = (p: Page) => p.edges.map((e) => e.node).filter((n) => [olderId, newerId].includes(n.candidateId));
    const first = await page(coordinator);
    expect(mineOnly(first).map((n) => [n.candidateId, n.state, n.daysWaiting])).toEqual([
      [olderId, 'PRESENTED', 30],
      [newerId, 'SHARE_REQUESTED', 20],
    ]);
    expect(mineOnly(first)[0]).toMatchObject({ companyName: 'Lahden Konepaja Oy', pseudonym: expect.stringMatching(/^Hakija /) });
    // The fresh request waits less than 14 days.
    expect(first.edges.map((e) => e.node.candidateId)).not.toContain(await candidateOf(needId, fresh));
    expect(mineOnly(await page(areaAdmin)).map((n) => n.candidateId)).toEqual([olderId, newerId]);
    // Paging: one at a time, in the same order.
    const one = await page(coordinator, { first: 1, olderThanDays: 25 });
    expect(one.edges.map((e) => e.node.candidateId)).toEqual([olderId]);
    expect(one.pageInfo.hasNextPage).toBe(one.totalCount > 1);
    // Another area's coordinator sees nothing of this area.
    const other = await page(helsinkiCoordinator);
    expect(other.edges.filter((e) => [olderId, newerId].includes(e.node.candidateId))).toEqual([]);
    // Not for employers or jobseekers.
    expect((await employer.request(AWAITING)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await jobseeker.request(AWAITING)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Audited, as the candidate list is.
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'candidate.view' AND details->>'view' = 'AWAITING_CLOSURE'`);
    expect(n).toBeGreaterThan(0);
  });

  type AwaitingPage = { totalCount: number; edges: { node: { candidateId: string; needId: string; companyName: string } }[] };
  const awaiting = async (client: GraphQLClient, variables: Record<string, unknown>) =>
    (await client.data<{ candidatesAwaitingClosure: AwaitingPage }>(AWAITING, variables)).candidatesAwaitingClosure;

  it('finds the caller’s candidacies however many of other areas have waited longer', async () => {
    const needId = await createNeed('Särmääjä');
    const profileId = await suggested(needId, 'ruuhkassa');
    await present(needId, profileId);
    const candidateId = await candidateOf(needId, profileId);
    await app.dataSource.query(`UPDATE candidate SET presented_at = now() - interval '300 days' WHERE id = $1`, [candidateId]);
    // More stale candidacies than one report weighs (5000), all of a Helsinki company and all waiting longer.
    const [{ id: helsinkiCompany }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Hoivakoti Kotikallio Oy'`);
    const [{ id: helsinkiNeed }] = await app.dataSource.query(
      `INSERT INTO need (organization_id, kinds, title, description) VALUES ($1, '{RECRUITMENT}', 'Lähihoitaja', 'Hoivatyötä') RETURNING id`,
      [helsinkiCompany],
    );
    await app.dataSource.query(
      `WITH person AS (INSERT INTO jobseeker_profile (pseudonym, employment_area_id, home_municipality_code, hours_min, hours_max, driving_licences)
                       SELECT 'Ruuhka-' || n, NULL, '091', 20, 37, '{}' FROM generate_series(1, 5001) n RETURNING id)
       INSERT INTO candidate (need_id, profile_id, source, presented_at) SELECT $1, id, 'SUGGESTED', now() - interval '400 days' FROM person`,
      [helsinkiNeed],
    );
    const mine = await awaiting(coordinator, { first: 1, olderThanDays: 200 });
    expect(mine.edges.map((e) => e.node.candidateId)).toEqual([candidateId]);
    expect(mine.totalCount).toBe(1);
    // Helsinki's own backlog is still Helsinki's.
    const theirs = await awaiting(helsinkiCoordinator, { first: 1, olderThanDays: 200 });
    expect(theirs.edges.map((e) => e.node.needId)).toEqual([helsinkiNeed]);
  });

  it('reports with as many statements for many companies as for few', async () => {
    const [{ id: profileId }] = await app.dataSource.query(
      `INSERT INTO jobseeker_profile (pseudonym, employment_area_id, home_municipality_code, hours_min, hours_max, driving_licences)
       VALUES ('Laskettava', NULL, '398', 20, 37, '{}') RETURNING id`,
    );
    let companies = 0;
    // Up to `size` Lahti companies, each with a need and a candidacy presented 100 days ago.
    const grow = async (size: number) => {
      await app.dataSource.query(
        `WITH company AS (INSERT INTO organization (name, sector, type, home_municipality_code)
                          SELECT 'Laskuri ' || n || ' Oy', 'PRIVATE', 'COMPANY', '398' FROM generate_series($1::int, $2::int) n RETURNING id),
              need AS (INSERT INTO need (organization_id, kinds, title, description) SELECT id, '{RECRUITMENT}', 'Kokoaja', 'Kokoonpanoa' FROM company RETURNING id)
         INSERT INTO candidate (need_id, profile_id, source, presented_at) SELECT need.id, $3, 'SUGGESTED', now() - interval '100 days' FROM need`,
        [companies + 1, size, profileId],
      );
      companies = Math.max(companies, size);
    };
    const counts = await statementCountsAt(app.dataSource, { report: (size: number) => awaiting(coordinator, { first: size, olderThanDays: 90 }) }, grow);
    expect(counts.report.small.result.edges).toHaveLength(10);
    expect(counts.report.large.result.edges).toHaveLength(100);
    expect(new Set(counts.report.large.result.edges.map((e) => e.node.companyName)).size).toBe(100);
    expectFlatStatementCount('candidatesAwaitingClosure', counts.report);
  });

  it('scopes the report as candidate lists are: areas a company is shared with count, companies awaiting verification do not', async () => {
    const [{ id: profileId }] = await app.dataSource.query(
      `INSERT INTO jobseeker_profile (pseudonym, employment_area_id, home_municipality_code, hours_min, hours_max, driving_licences)
       VALUES ('Rajattava', NULL, '398', 20, 37, '{}') RETURNING id`,
    );
    const [{ employment_area_id: lahti }] = await app.dataSource.query(`SELECT employment_area_id FROM organization WHERE name = 'Lahden työllisyyspalvelut'`);
    const companyWithCandidacy = async (name: string, homeMunicipalityCode: string): Promise<{ company: string; candidate: string }> => {
      const [{ id: company }] = await app.dataSource.query(
        `INSERT INTO organization (name, sector, type, home_municipality_code) VALUES ($1, 'PRIVATE', 'COMPANY', $2) RETURNING id`,
        [name, homeMunicipalityCode],
      );
      const [{ id: need }] = await app.dataSource.query(
        `INSERT INTO need (organization_id, kinds, title, description) VALUES ($1, '{RECRUITMENT}', 'Rajattu', 'Rajausta') RETURNING id`,
        [company],
      );
      const [{ id: candidate }] = await app.dataSource.query(
        `INSERT INTO candidate (need_id, profile_id, source, presented_at) VALUES ($1, $2, 'SUGGESTED', now() - interval '250 days') RETURNING id`,
        [need, profileId],
      );
      return { company, candidate };
    };
    // A Helsinki company shared with Lahti, and a Lahti company whose right to act awaits verification.
    const shared = await companyWithCandidacy('Jaettu Oy', '091');
    await app.dataSource.query('INSERT INTO company_area_share (organization_id, employment_area_id) VALUES ($1, $2)', [shared.company, lahti]);
    const pending = await companyWithCandidacy('Odottava Oy', '398');
    await app.dataSource.query(
      `INSERT INTO company_profile (organization_id, industry_section, size_class, home_municipality_code, verification_status)
       VALUES ($1, 'C', 'MICRO_1_9', '398', 'PENDING')`,
      [pending.company],
    );
    const shown = (await awaiting(coordinator, { first: 100, olderThanDays: 200 })).edges.map((e) => e.node.candidateId);
    expect(shown).toContain(shared.candidate);
    expect(shown).not.toContain(pending.candidate);
  });
});
