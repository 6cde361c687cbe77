// Issue 11, points 7–10: work-ability details follow consent, withdrawal and revocation act at
// once, export and erasure, retention, and a database that enforces what must not change.
import { QueueName, QueueRegistry, RETENTION_JOB, Role } from '@ytmt/core';
import { EscoImporter } from '@ytmt/skills';
import { anonymous, createApp, eventually, GraphQLClient, signIn, TestApp } from '@ytmt/test-kit';
import { DataSource } from 'typeorm';
import { NEED_INPUT, profileInput, INSPECT_GOODS, KEEP_ORDER, PICK_ORDERS, RECEIVE_GOODS } from '../factories/matching.factory';

const SAVE_PROFILE = `mutation ($input: JobseekerProfileInput!, $identity: JobseekerIdentityInput) {
  saveMyJobseekerProfile(input: $input, identity: $identity) { id } }`;
const GRANT = `mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const WITHDRAW = `mutation ($scope: ConsentScope!) { withdrawConsent(scope: $scope) { id } }`;
const LIST = `query ($needId: ID!) { candidateList(needId: $needId, first: 100) { edges { node {
  profileId pseudonym candidateId
  explanation { fitsWithAdjustments workAbilityDetailsHidden adjustmentsRelied adjustmentsNotOffered distanceKm distanceBand carvedOutTasks
    tasks { title outcome exceededDimensions adjustmentsRelied } } } } } }`;
const GAPS = `query ($needId: ID!) { candidateList(needId: $needId, first: 100) { edges { node { profileId gaps { advice { id } } } } } }`;
const CARDS = `query ($needId: ID!) { presentedCandidates(needId: $needId) { candidateId adjustmentsNeeded identity { firstName lastName email } } }`;
const REF = (name: string, input = 'CandidateRefInput') => `mutation ($input: ${input}!) { ${name}(input: $input) { profileId } }`;
const MY_SHARES = '{ myShareRequests { id status } }';
const ANSWER = 'mutation ($input: AnswerShareRequestInput!) { answerShareRequest(input: $input) { status } }';
const REVOKE = 'mutation ($id: ID!) { revokeShareRequest(id: $id) { id status } }';
const EXPORT = '{ myPersonalDataExport }';
const ERASE = 'mutation ($confirm: Boolean!) { eraseMyJobseekerProfile(confirm: $confirm) { erased candidaciesKept accountDeleted } }';
const CREATE_NEED = 'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }';

/** Work-ability words that must not reach a viewer without the consent. */
const DIMENSIONS = /PHYSICAL_STRAIN|STANDING_WALKING|LIFTING|COGNITIVE_LOAD|CUSTOMER_INTERACTION|TIME_PRESSURE|WORKING_TIME/;

interface Entry {
  profileId: string;
  pseudonym: string;
  candidateId: string | null;
  explanation: {
    fitsWithAdjustments: boolean;
    workAbilityDetailsHidden: boolean;
    adjustmentsRelied: string[];
    adjustmentsNotOffered: string[];
    distanceKm: number | null;
    distanceBand: string | null;
    carvedOutTasks: string[];
    tasks: { title: string; outcome: string; exceededDimensions: string[]; adjustmentsRelied: string[] }[];
  };
}
interface Card {
  candidateId: string;
  adjustmentsNeeded: string[] | null;
  identity: { firstName: string; lastName: string; email: string | null } | null;
}

describe('Privacy: consent-bound views, withdrawal, export, erasure, retention and the database role', () => {
  let app: TestApp;
  let owner: DataSource;
  let employer: GraphQLClient;
  let coordinator: GraphQLClient;
  let jari: GraphQLClient;
  let aino: GraphQLClient;
  let needId: string;
  let secondNeedId: string;
  const profileIds: Record<string, string> = {};

  const list = async (need = needId) =>
    (await coordinator.data<{ candidateList: { edges: { node: Entry }[] } }>(LIST, { needId: need })).candidateList.edges.map((e) => e.node);
  const cards = async () => (await employer.data<{ presentedCandidates: Card[] }>(CARDS, { needId })).presentedCandidates;

  beforeAll(async () => {
    // Candidate lists are read in pages of 100 explanations with task lists: their worst-case cost is
    // beyond the default limit; what is tested here is who sees what, not query cost.
    app = await createApp({ worker: true, env: { GRAPHQL_MAX_COMPLEXITY: '500000' } });
    await app.app.get(EscoImporter).import();
    // The owner's connection, for what the application itself may not do (and to prove it).
    owner = new DataSource({ type: 'postgres', url: app.config.databaseUrl });
    await owner.initialize();
    employer = await signIn(app, Role.EMPLOYER_USER);
    coordinator = await signIn(app, Role.COORDINATOR);
    jari = await signIn(app, Role.JOBSEEKER);
    aino = await signIn(app, 'tyonhakija.aino@ytmt.example');

    // Jari lives in Lahti, the need's own area; Aino in Helsinki, outside it, willing to work in Lahti.
    const jariSaved = await jari.data<{ saveMyJobseekerProfile: { id: string } }>(SAVE_PROFILE, {
      input: profileInput(),
      identity: { firstName: 'Jari', lastName: 'Työnhakija', email: 'tyonhakija@ytmt.example', phone: '+358 40 123 4567' },
    });
    profileIds.jari = jariSaved.saveMyJobseekerProfile.id;
    const ainoSaved = await aino.data<{ saveMyJobseekerProfile: { id: string } }>(SAVE_PROFILE, {
      input: profileInput({
        homeMunicipalityCode: '091',
        homeLatitude: 60.1699,
        homeLongitude: 24.9384,
        acceptableMunicipalityCodes: ['398'],
        hoursMin: 20,
        hoursMax: 30,
        skills: [PICK_ORDERS, RECEIVE_GOODS, INSPECT_GOODS, KEEP_ORDER],
        workAbility: { physicalStrain: 1, standingWalking: 2, lifting: 1, cognitiveLoad: 3, customerInteraction: 2, timePressure: 1, adjustmentsNeeded: ['WORKING_TIME'] },
      }),
      identity: { firstName: 'Aino', lastName: 'Aaltonen', email: 'tyonhakija.aino@ytmt.example', phone: '+358 50 765 4321' },
    });
    profileIds.aino = ainoSaved.saveMyJobseekerProfile.id;
    for (const client of [jari, aino]) {
      for (const scope of ['MATCHING', 'ANONYMOUS_VISIBILITY']) await client.data(GRANT, { input: { scope } });
    }
    const [{ id: konepajaId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
    needId = (await employer.data<{ createNeed: { id: string } }>(CREATE_NEED, { companyId: konepajaId, input: NEED_INPUT })).createNeed.id;
    secondNeedId = (
      await employer.data<{ createNeed: { id: string } }>(CREATE_NEED, { companyId: konepajaId, input: { ...NEED_INPUT, title: 'Varastotyöntekijä iltavuoroon' } })
    ).createNeed.id;
    await eventually(async () => {
      const [row] = await app.dataSource.query(
        `SELECT count(DISTINCT (need_id, profile_id))::int AS n FROM match_result WHERE need_id = ANY($1) AND profile_id = ANY($2)`,
        [[needId, secondNeedId], [profileIds.jari, profileIds.aino]],
      );
      return row.n === 4 ? true : undefined;
    }, 15_000);
  }, 120_000);
  afterAll(async () => {
    await owner?.destroy();
    await app?.close();
  });

  /** The list entry that is not Jari's: Aino, under whatever id the viewer is given. */
  const ainoEntry = async (need = needId) => (await list(need)).find((e) => e.profileId !== profileIds.jari) as Entry;

  describe('point 7: work-ability details follow the consent', () => {
    it('shows a coordinator outside the person’s area neither dimensions nor adjustments, only a distance band', async () => {
      const entry = await ainoEntry();
      expect(entry.explanation.workAbilityDetailsHidden).toBe(true);
      // Whether the role fits with adjustments, and what is carved out of the role, stay visible.
      expect(typeof entry.explanation.fitsWithAdjustments).toBe('boolean');
      expect(entry.explanation.carvedOutTasks).toEqual(['Raskaiden lavojen siirto käsin']);
      expect(entry.explanation.adjustmentsRelied).toEqual([]);
      expect(entry.explanation.adjustmentsNotOffered).toEqual([]);
      expect(entry.explanation.tasks.every((t) => t.exceededDimensions.length === 0 && t.adjustmentsRelied.length === 0)).toBe(true);
      expect(JSON.stringify(entry)).not.toMatch(DIMENSIONS);
      // No advice chosen by the adjustments she needs either.
      const gaps = await coordinator.data<{ candidateList: { edges: { node: { profileId: string; gaps: { advice: { id: string }[] } } }[] } }>(GAPS, { needId });
      expect(gaps.candidateList.edges.map((e) => e.node).find((e) => e.profileId === entry.profileId)?.gaps.advice).toEqual([]);
      expect(entry.explanation.distanceKm).toBeNull();
      expect(entry.explanation.distanceBand).toBe('OVER_60_KM');
      // Not her profile id: a reference valid on this list only.
      expect(entry.profileId).not.toBe(profileIds.aino);
      expect(JSON.stringify(entry)).not.toContain(profileIds.aino);

      // The person's own-area coordinator keeps the profile with them and sees it whole.
      const jariEntry = (await list()).find((e) => e.profileId === profileIds.jari) as Entry;
      expect(jariEntry.explanation.workAbilityDetailsHidden).toBe(false);
      expect(typeof jariEntry.explanation.distanceKm).toBe('number');
    });

    it('names the same person differently on two needs, so views cannot be linked', async () => {
      const [first, second] = [await ainoEntry(needId), await ainoEntry(secondNeedId)];
      expect(first.pseudonym).toMatch(/^Hakija [A-Z2-9]{6}$/);
      expect(first.pseudonym).not.toBe(second.pseudonym);
      expect(first.profileId).not.toBe(second.profileId);
      const [{ pseudonym }] = await app.dataSource.query('SELECT pseudonym FROM jobseeker_profile WHERE id = $1', [profileIds.aino]);
      expect([first.pseudonym, second.pseudonym]).not.toContain(pseudonym);
      // Stable on one list, and accepted back by that list's mutations only.
      expect((await ainoEntry(needId)).pseudonym).toBe(first.pseudonym);
      const elsewhere = await coordinator.request(REF('setCandidateStatus', 'SetCandidateStatusInput'), {
        input: { needId: secondNeedId, profileId: first.profileId, status: 'RELEVANT' },
      });
      expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ path: 'input.profileId' }] });
      await coordinator.data(REF('setCandidateStatus', 'SetCandidateStatusInput'), { input: { needId, profileId: first.profileId, status: 'RELEVANT' } });
      const [row] = await app.dataSource.query('SELECT coordinator_status FROM candidate WHERE need_id = $1 AND profile_id = $2', [needId, profileIds.aino]);
      expect(row.coordinator_status).toBe('RELEVANT');
    });

    it('shows the details once the person consents to share their adjustment needs', async () => {
      await aino.data(GRANT, { input: { scope: 'SHARE_ADJUSTMENT_NEEDS' } });
      const entry = await ainoEntry();
      expect(entry.explanation.workAbilityDetailsHidden).toBe(false);
      expect(entry.explanation.tasks.find((t) => t.outcome === 'CARVED_OUT')?.exceededDimensions).toContain('LIFTING');
      const adjusted = entry.explanation.adjustmentsRelied.length > 0 || entry.explanation.tasks.some((t) => t.outcome === 'ADJUSTED');
      expect(entry.explanation.fitsWithAdjustments).toBe(adjusted);
      // Still outside her area: still a band, still a reference.
      expect(entry.explanation.distanceKm).toBeNull();
      expect(entry.profileId).not.toBe(profileIds.aino);
      await aino.data(WITHDRAW, { scope: 'SHARE_ADJUSTMENT_NEEDS' });
      expect(JSON.stringify(await ainoEntry())).not.toMatch(DIMENSIONS);
    });
  });

  describe('point 8: withdrawal and revocation take effect at once', () => {
    it('hides a presented card the moment ANONYMOUS_VISIBILITY is withdrawn', async () => {
      await coordinator.data(REF('presentCandidate'), { input: { needId, profileId: profileIds.jari } });
      const [card] = await cards();
      expect(card).toBeDefined();
      await jari.data(WITHDRAW, { scope: 'ANONYMOUS_VISIBILITY' });
      // No waiting for a job: the very next read leaves him out.
      expect(await cards()).toEqual([]);
      const act = await employer.request('mutation ($input: SetEmployerStatusInput!) { setEmployerCandidateStatus(input: $input) { employerStatus } }', {
        input: { candidateId: card.candidateId, status: 'INTERVIEW' },
      });
      expect(act.errors?.[0].extensions?.code).toBe('CONFLICT');
      const [row] = await app.dataSource.query('SELECT employer_status FROM candidate WHERE id = $1', [card.candidateId]);
      expect(row.employer_status).toBe('NEW');
    });

    it('takes the identity (and a card resting on it) away when the jobseeker revokes an accepted share', async () => {
      const deadline = new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString();
      await coordinator.data(REF('requestShare', 'RequestShareInput'), { input: { needId, profileId: profileIds.jari, deadline } });
      const [request] = (await jari.data<{ myShareRequests: { id: string }[] }>(MY_SHARES)).myShareRequests;
      await jari.data(ANSWER, { input: { id: request.id, accept: true } });
      const shown = await cards();
      expect(shown).toHaveLength(1);
      expect(shown[0].identity).toMatchObject({ firstName: 'Jari', lastName: 'Työnhakija' });

      // Nobody else revokes it, and a guessed id reveals nothing.
      expect((await aino.request(REVOKE, { id: request.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await employer.request(REVOKE, { id: request.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

      const revoked = await jari.data<{ revokeShareRequest: { status: string } }>(REVOKE, { id: request.id });
      expect(revoked.revokeShareRequest.status).toBe('REVOKED');
      // He withdrew the anonymised card earlier: with the share gone, nothing of him is left.
      expect(await cards()).toEqual([]);
      expect((await jari.request(REVOKE, { id: request.id })).errors?.[0].extensions?.code).toBe('CONFLICT');
      // The audit log keeps that his identity was seen.
      const [seen] = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'candidate.view_identity' AND resource_id = $1`, [profileIds.jari]);
      expect(seen.n).toBeGreaterThan(0);
    });

    it('keeps the anonymised card but drops the identity when the person still allows the card', async () => {
      const reference = (await ainoEntry()).profileId;
      await coordinator.data(REF('presentCandidate'), { input: { needId, profileId: reference } });
      const deadline = new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString();
      await coordinator.data(REF('requestShare', 'RequestShareInput'), { input: { needId, profileId: reference, deadline } });
      const [request] = (await aino.data<{ myShareRequests: { id: string; status: string }[] }>(MY_SHARES)).myShareRequests;
      await aino.data(ANSWER, { input: { id: request.id, accept: true } });
      expect((await cards())[0].identity?.lastName).toBe('Aaltonen');
      await aino.data(REVOKE, { id: request.id });
      const after = await cards();
      expect(after).toHaveLength(1);
      expect(after[0].identity).toBeNull();
      expect(JSON.stringify(after)).not.toMatch(/Aino|Aaltonen|@ytmt|\+358/);
    });
  });

  describe('point 9: export, erasure and retention', () => {
    it('gives the jobseeker all their data as JSON, and nobody else theirs', async () => {
      const { myPersonalDataExport } = await aino.data<{ myPersonalDataExport: string }>(EXPORT);
      const data = JSON.parse(myPersonalDataExport);
      expect(data.account.email).toBe('tyonhakija.aino@ytmt.example');
      expect(data.identity).toMatchObject({ firstName: 'Aino', lastName: 'Aaltonen', phone: '+358 50 765 4321' });
      expect(data.profile.id).toBe(profileIds.aino);
      expect(data.profile.workAbility).toMatchObject({ lifting: 1, adjustmentsNeeded: ['WORKING_TIME'] });
      expect(data.profile.consentHistory.length).toBeGreaterThan(0);
      expect(data.candidacies.map((c: { needTitle: string }) => c.needTitle)).toContain(NEED_INPUT.title);
      expect(data.shareRequests.map((s: { status: string }) => s.status)).toContain('REVOKED');
      expect(data.matches.length).toBe(2);
      expect(data.accessLog.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['candidate.view', 'candidate.view_identity']));
      // Others' personal data stays out: no coordinator's or employer's user id.
      expect(myPersonalDataExport).not.toMatch(/"byUserId"|"actorUserId"/);

      expect((await employer.request(EXPORT)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await anonymous(app).request(EXPORT)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const [audited] = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'jobseeker_profile.export' AND resource_id = $1`, [profileIds.aino]);
      expect(audited.n).toBe(1);
    });

    it('erases identity, profile, work ability and matches, and pseudonymises what must stay', async () => {
      expect((await aino.request(ERASE, { confirm: false })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'confirm' }] });
      const [{ id: userId }] = await app.dataSource.query(`SELECT id FROM app_user WHERE email = 'tyonhakija.aino@ytmt.example'`);
      const [{ n: candidacies }] = await app.dataSource.query('SELECT count(*)::int AS n FROM candidate WHERE profile_id = $1', [profileIds.aino]);
      const erased = await aino.data<{ eraseMyJobseekerProfile: { erased: boolean; candidaciesKept: number; accountDeleted: boolean } }>(ERASE, { confirm: true });
      expect(erased.eraseMyJobseekerProfile).toEqual({ erased: true, candidaciesKept: candidacies, accountDeleted: true });

      // No table holds her identity any more: every text and JSON column of every table, searched.
      const columns: { table_name: string; column_name: string }[] = await owner.query(
        `SELECT c.table_name, c.column_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
          WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.data_type IN ('text', 'character varying', 'jsonb', 'uuid', 'ARRAY')`,
      );
      const traces: string[] = [];
      for (const { table_name, column_name } of columns) {
        // Job payloads carry bare ids until the outbox purge; they name no one once the rows are gone.
        const pattern = table_name === 'outbox_event' ? 'aaltonen|tyonhakija\\.aino|765 4321' : `aaltonen|tyonhakija\\.aino|765 4321|${profileIds.aino}|${userId}`;
        const [hit] = await owner.query(`SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ~* $1`, [pattern]);
        if (hit.n > 0) traces.push(`${table_name}.${column_name}`);
      }
      expect(traces).toEqual([]);

      // What must stay, stays: the list's history, unlinked; the audit trail, under a pseudonym.
      const [kept] = await app.dataSource.query(`SELECT count(*)::int AS n FROM candidate WHERE need_id = $1 AND profile_id IS NULL AND withdrawn_at IS NOT NULL`, [needId]);
      expect(kept.n).toBeGreaterThan(0);
      const [pseudonymous] = await app.dataSource.query(`SELECT count(DISTINCT resource_id)::int AS subjects, count(*)::int AS n FROM audit_event WHERE resource_id LIKE 'erased:%' AND action LIKE 'candidate.view%'`);
      expect(pseudonymous).toMatchObject({ subjects: 1 });
      expect(pseudonymous.n).toBeGreaterThan(0);
      // Gone from the employer's view and from the coordinator's list.
      expect(await cards()).toEqual([]);
      expect((await list()).map((e) => e.profileId)).toEqual([profileIds.jari]);
      // The account served nothing else and went too: her token no longer signs anyone in.
      expect((await aino.request('{ myJobseekerProfile { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('purges notifications and audit events, and strips interactions, past their periods; twice is once', async () => {
      const [{ id: userId }] = await app.dataSource.query(`SELECT id FROM app_user WHERE email = 'tyonantaja.lahti@ytmt.example'`);
      const [{ type }] = await app.dataSource.query(`SELECT unnest(enum_range(NULL::notification_type))::text AS type LIMIT 1`);
      await app.dataSource.query(
        `INSERT INTO notification (user_id, type, event_key, title, body, created_at) VALUES
           ($1, $2, 'retention:old', 'Vanha ilmoitus', 'Vanha', now() - interval '400 days'),
           ($1, $2, 'retention:new', 'Uusi ilmoitus', 'Uusi', now() - interval '10 days')`,
        [userId, type],
      );
      await app.dataSource.query(
        `INSERT INTO audit_event (at, action, resource_type) VALUES (now() - interval '800 days', 'retention.old', 'test'), (now() - interval '100 days', 'retention.recent', 'test')`,
      );
      const logInteraction = async (age: string) => {
        const [row] = await app.dataSource.query(
          `INSERT INTO company_interaction (organization_id, kind, occurred_at, summary, outcome, visibility, author_employment_area_id)
           SELECT o.id, (enum_range(NULL::company_interaction_kind))[1], now() - $1::interval, 'Käynti: Matti Virtanen kertoi rekrytointitarpeista', 'Sovittu jatkotapaaminen',
                  (enum_range(NULL::company_interaction_visibility))[1], (SELECT id FROM employment_area WHERE code IS NOT NULL ORDER BY code LIMIT 1)
             FROM organization o WHERE o.name = 'Lahden Konepaja Oy' RETURNING id`,
          [age],
        );
        return row.id as string;
      };
      const oldInteraction = await logInteraction('6 years');
      const recentInteraction = await logInteraction('30 days');

      // The schedule is registered; run it now rather than at night.
      const queue = app.app.get(QueueRegistry).get(QueueName.MAINTENANCE);
      expect((await queue.getJobSchedulers()).map((s) => s.key)).toContain(RETENTION_JOB);
      const run = async (jobId: string) => {
        await queue.add(RETENTION_JOB, {}, { jobId });
        return eventually(async () => {
          const job = await queue.getJob(jobId);
          return (await job?.getState()) === 'completed' ? (job?.returnvalue as { notifications: number; interactions: number; auditEvents: number }) : undefined;
        }, 10_000);
      };
      const first = await run('retention-1');
      expect(first.notifications).toBeGreaterThanOrEqual(1);
      expect(first.auditEvents).toBeGreaterThanOrEqual(1);
      const events = (await app.dataSource.query(`SELECT action FROM audit_event WHERE action LIKE 'retention.%'`)).map((r: { action: string }) => r.action);
      expect(events).toEqual(['retention.recent']);
      const notes = (await app.dataSource.query(`SELECT event_key FROM notification WHERE event_key LIKE 'retention:%'`)).map((r: { event_key: string }) => r.event_key);
      expect(notes).toEqual(['retention:new']);
      const interactions = async (id: string) =>
        (await app.dataSource.query('SELECT summary, outcome, next_step, author_user_id FROM company_interaction WHERE id = $1', [id]))[0];
      expect(await interactions(oldInteraction)).toEqual({ summary: '(Sisältö poistettu säilytysajan päätyttyä.)', outcome: null, next_step: null, author_user_id: null });
      expect((await interactions(recentInteraction)).outcome).toBe('Sovittu jatkotapaaminen');
      expect(await run('retention-2')).toEqual({ notifications: 0, interactions: 0, auditEvents: 0 });
    });
  });

  describe('point 10: the database enforces what must not change', () => {
    it('runs the application as a role that is not a superuser and cannot rewrite the audit log', async () => {
      const [role] = await app.dataSource.query(`SELECT current_user AS name, rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user`);
      expect(role).toEqual({ name: 'ytmt_app', rolsuper: false, rolcreaterole: false, rolcreatedb: false });
      const [{ id }] = await app.dataSource.query(`SELECT id FROM audit_event LIMIT 1`);
      for (const statement of [
        [`UPDATE audit_event SET action = 'tampered' WHERE id = $1`, [id]],
        [`DELETE FROM audit_event WHERE id = $1`, [id]],
        ['TRUNCATE audit_event', []],
        ['ALTER TABLE audit_event DISABLE TRIGGER ALL', []],
        // The retention function refuses to empty the recent log.
        ['SELECT audit_event_purge(0)', []],
        [`SELECT audit_event_pseudonymise(ARRAY[$1::text], 'tampered')`, [id]],
      ] as const) {
        await expect(app.dataSource.query(statement[0], [...statement[1]])).rejects.toThrow(/permission denied|must be owner|kept at least|a pseudonym is/);
      }
      const [still] = await app.dataSource.query('SELECT action FROM audit_event WHERE id = $1', [id]);
      expect(still.action).not.toBe('tampered');
    });

    it('audits a coordinator’s writes of a profile and every read of the audit log', async () => {
      const updated = await coordinator.request(
        `mutation ($id: ID!, $input: JobseekerProfileInput!) { updateJobseekerProfile(id: $id, input: $input) { id } }`,
        { id: profileIds.jari, input: profileInput({ hoursMin: 25 }) },
      );
      expect(updated.errors).toBeUndefined();
      const [write] = await app.dataSource.query(
        `SELECT a.actor_user_id, u.email FROM audit_event a JOIN app_user u ON u.id = a.actor_user_id WHERE a.action = 'jobseeker_profile.write' AND a.resource_id = $1`,
        [profileIds.jari],
      );
      expect(write.email).toBe('koordinaattori.lahti@ytmt.example');
      // The jobseeker's own saves are theirs, not audited writes by others.
      await jari.data(SAVE_PROFILE, { input: profileInput({ hoursMin: 20 }) });
      const [{ n: writes }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'jobseeker_profile.write' AND resource_id = $1`, [profileIds.jari]);
      expect(writes).toBe(1);

      const admin = await signIn(app, Role.PLATFORM_ADMIN);
      await admin.data('query ($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 5) { totalCount } }', { filter: { resourceId: profileIds.jari } });
      const [read] = await app.dataSource.query(
        `SELECT u.email, a.resource_id FROM audit_event a JOIN app_user u ON u.id = a.actor_user_id WHERE a.action = 'audit_event.read' ORDER BY a.at DESC LIMIT 1`,
      );
      expect(read).toEqual({ email: 'paakayttaja@ytmt.example', resource_id: profileIds.jari });
    });
  });
});
