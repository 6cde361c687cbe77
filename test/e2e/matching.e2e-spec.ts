import { QueueName, QueueRegistry, Role } from '@ytmt/core';
import { MATCH_NEED_JOB } from '@ytmt/events';
import { EscoImporter } from '@ytmt/skills';
import { createApp, eventually, GraphQLClient, signIn, TestApp } from '@ytmt/test-kit';
import { INSPECT_GOODS, KEEP_ORDER, NEED_INPUT, PICK_ORDERS, profileInput, RECEIVE_GOODS, SHIP_ORDERS, STACK_GOODS } from '../factories/matching.factory';

const PROFILE_FIELDS = 'id pseudonym consents { scope active } workAbility { lifting adjustmentsNeeded }';
const SAVE_PROFILE = `mutation ($input: JobseekerProfileInput!, $identity: JobseekerIdentityInput) {
  saveMyJobseekerProfile(input: $input, identity: $identity) { ${PROFILE_FIELDS} } }`;
const GRANT = `mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { ${PROFILE_FIELDS} } }`;
const WITHDRAW = `mutation ($scope: ConsentScope!) { withdrawConsent(scope: $scope) { ${PROFILE_FIELDS} } }`;
const LIST = `query ($needId: ID!) { candidateList(needId: $needId, first: 100) { edges { node {
  profileId pseudonym candidateId score engineVersion coordinatorStatus presentedAt employerStatus
  shareRequest { id status deadline }
  explanation { occupationRelation carvedOutTasks adjustmentsRelied matchedEssentialSkills { uri label }
    tasks { title kind outcome exceededDimensions } parts { skills occupation capabilityFit } } } } } }`;
const CARDS = `query ($needId: ID!) { presentedCandidates(needId: $needId) {
  candidateId label score matchedSkills { uri label } missingSkills { uri label } occupations { uri label }
  languages { language level } drivingLicences educationLevel hoursMin hoursMax remoteOk carvedOutTasks adjustmentsNeeded
  presentedAt employerStatus identity { firstName lastName email phone } } }`;
const REF = (name: string, input = 'CandidateRefInput') => `mutation ($input: ${input}!) { ${name}(input: $input) { profileId } }`;

/** Every field an employer may see on a card, and nothing else. */
const CARD_KEYS = [
  'candidateId', 'label', 'score', 'matchedSkills', 'missingSkills', 'occupations', 'languages', 'drivingLicences', 'educationLevel',
  'hoursMin', 'hoursMax', 'remoteOk', 'carvedOutTasks', 'adjustmentsNeeded', 'presentedAt', 'employerStatus', 'identity',
].sort();

interface ListEntry {
  profileId: string;
  pseudonym: string;
  candidateId: string | null;
  score: number;
  engineVersion: string;
  coordinatorStatus: string | null;
  presentedAt: string | null;
  shareRequest: { id: string; status: string } | null;
  explanation: {
    occupationRelation: string;
    carvedOutTasks: string[];
    adjustmentsRelied: string[];
    matchedEssentialSkills: { uri: string; label: string }[];
    tasks: { title: string; kind: string; outcome: string; exceededDimensions: string[] }[];
  };
}
interface Card {
  candidateId: string;
  label: string;
  adjustmentsNeeded: string[] | null;
  carvedOutTasks: string[];
  identity: { firstName: string; lastName: string; email: string | null; phone: string | null } | null;
  [key: string]: unknown;
}

describe('Jobseekers, consent, matching and candidate lists end to end', () => {
  let app: TestApp;
  let employer: GraphQLClient;
  let otherEmployer: GraphQLClient;
  let coordinator: GraphQLClient;
  let helsinkiCoordinator: GraphQLClient;
  let jari: GraphQLClient;
  let aino: GraphQLClient;
  let mikko: GraphQLClient;
  let needId: string;
  const profileIds: Record<string, string> = {};

  const list = async () => (await coordinator.data<{ candidateList: { edges: { node: ListEntry }[] } }>(LIST, { needId })).candidateList.edges.map((e) => e.node);
  const cards = async () => (await employer.data<{ presentedCandidates: Card[] }>(CARDS, { needId })).presentedCandidates;
  const entryOf = async (name: string) => (await list()).find((e) => e.profileId === profileIds[name]);

  beforeAll(async () => {
    app = await createApp({ worker: true });
    await app.app.get(EscoImporter).import();
    employer = await signIn(app, Role.EMPLOYER_USER);
    otherEmployer = await signIn(app, 'tyonantaja.helsinki@ytmt.example');
    coordinator = await signIn(app, Role.COORDINATOR);
    helsinkiCoordinator = await signIn(app, 'koordinaattori.helsinki@ytmt.example');
    jari = await signIn(app, Role.JOBSEEKER);
    aino = await signIn(app, 'tyonhakija.aino@ytmt.example');
    mikko = await signIn(app, 'tyonhakija.mikko@ytmt.example');

    const people: [string, GraphQLClient, Record<string, unknown>, Record<string, unknown>, string[]][] = [
      ['jari', jari, profileInput(), { firstName: 'Jari', lastName: 'Työnhakija', email: 'tyonhakija@ytmt.example', phone: '+358 40 123 4567' }, ['MATCHING', 'ANONYMOUS_VISIBILITY']],
      [
        'aino',
        aino,
        profileInput({
          hoursMin: 20,
          hoursMax: 30,
          skills: [PICK_ORDERS, RECEIVE_GOODS, INSPECT_GOODS, KEEP_ORDER],
          workAbility: { physicalStrain: 1, standingWalking: 2, lifting: 1, cognitiveLoad: 3, customerInteraction: 2, timePressure: 1, adjustmentsNeeded: ['WORKING_TIME'] },
        }),
        { firstName: 'Aino', lastName: 'Aaltonen', email: 'tyonhakija.aino@ytmt.example' },
        ['MATCHING', 'ANONYMOUS_VISIBILITY', 'SHARE_ADJUSTMENT_NEEDS'],
      ],
      ['mikko', mikko, profileInput({ skills: [PICK_ORDERS, STACK_GOODS, SHIP_ORDERS] }), { firstName: 'Mikko', lastName: 'Mäkelä' }, ['MATCHING', 'ANONYMOUS_VISIBILITY']],
    ];
    for (const [name, client, input, identity, scopes] of people) {
      const saved = await client.data<{ saveMyJobseekerProfile: { id: string } }>(SAVE_PROFILE, { input, identity });
      profileIds[name] = saved.saveMyJobseekerProfile.id;
      for (const scope of scopes) await client.data(GRANT, { input: { scope } });
    }
    const [{ id: konepajaId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
    const created = await employer.data<{ createNeed: { id: string } }>(
      'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }',
      { companyId: konepajaId, input: NEED_INPUT },
    );
    needId = created.createNeed.id;
  }, 120_000);
  afterAll(() => app?.close());

  it('suggests candidates within seconds of the need’s creation, each with an explanation and engine version', async () => {
    const entries = await eventually(async () => {
      const current = await list();
      return ['jari', 'aino', 'mikko'].every((name) => current.some((e) => e.profileId === profileIds[name])) ? current : undefined;
    }, 10_000);
    const jariEntry = entries.find((e) => e.profileId === profileIds.jari) as ListEntry;
    expect(jariEntry.pseudonym).toMatch(/^Hakija [A-Z2-9]{6}$/);
    expect(jariEntry.engineVersion).toMatch(/^match-/);
    expect(jariEntry.explanation.occupationRelation).toBe('SAME_OCCUPATION');
    expect(jariEntry.explanation.matchedEssentialSkills.map((s) => s.label)).toContain('suorittaa tilausten keräys lähetystä varten');
    const scores = entries.map((e) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(JSON.stringify(entries)).not.toMatch(/Jari|Työnhakija|Aaltonen|@ytmt/);
  });

  it('matches a precision-capable candidate to the carved variant, with the separable task carved out and shown', async () => {
    const entry = await eventually(() => entryOf('aino'));
    expect(entry.explanation.carvedOutTasks).toEqual(['Raskaiden lavojen siirto käsin']);
    const carved = entry.explanation.tasks.find((t) => t.title === 'Raskaiden lavojen siirto käsin');
    expect(carved).toMatchObject({ kind: 'SEPARABLE', outcome: 'CARVED_OUT' });
    expect(carved?.exceededDimensions).toContain('LIFTING');
    expect(entry.explanation.tasks.find((t) => t.title === 'Tilausten keräily')?.outcome).toBe('WITHIN');
  });

  it('audits every candidate view of the coordinator list', async () => {
    const before = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'candidate.view' AND resource_id = $1`, [profileIds.jari]);
    const entries = await list();
    const rows: { resource_id: string; actor_user_id: string; details: { needId: string } }[] = await app.dataSource.query(
      `SELECT resource_id, actor_user_id, details FROM audit_event WHERE action = 'candidate.view' AND details->>'view' = 'COORDINATOR_LIST' ORDER BY at DESC LIMIT $1`,
      [entries.length],
    );
    expect(rows.map((r) => r.resource_id).sort()).toEqual(entries.map((e) => e.profileId).sort());
    expect(rows.every((r) => r.details.needId === needId)).toBe(true);
    const after = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'candidate.view' AND resource_id = $1`, [profileIds.jari]);
    expect(after[0].n).toBe(before[0].n + 1);
  });

  it('keeps candidate lists from other areas and other companies', async () => {
    expect((await helsinkiCoordinator.request(LIST, { needId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await otherEmployer.request(CARDS, { needId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await employer.request(LIST, { needId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('shows the employer an anonymised card, identity only after an accepted share request for this need', async () => {
    await eventually(() => entryOf('jari'));
    expect(await cards()).toEqual([]);
    await coordinator.data(REF('setCandidateStatus', 'SetCandidateStatusInput'), { input: { needId, profileId: profileIds.jari, status: 'RELEVANT' } });
    await coordinator.data(REF('presentCandidate'), { input: { needId, profileId: profileIds.jari } });
    await coordinator.data(REF('presentCandidate'), { input: { needId, profileId: profileIds.aino } });

    const [first, second] = await cards();
    for (const card of [first, second]) {
      expect(Object.keys(card).sort()).toEqual(CARD_KEYS);
      expect(card.identity).toBeNull();
      expect(card.label).toMatch(/^Ehdokas \d$/);
      expect(card.candidateId).not.toBe(profileIds.jari);
      expect(card.candidateId).not.toBe(profileIds.aino);
      const text = JSON.stringify(card);
      expect(text).not.toMatch(/Jari|Työnhakija|Aino|Aaltonen|@ytmt|\+358|Hakija [A-Z2-9]{6}/);
      expect(text).not.toContain(profileIds.jari);
      expect(text).not.toContain(profileIds.aino);
    }
    // Jari did not allow his adjustment needs to be shared; Aino did.
    expect(first.adjustmentsNeeded).toBeNull();
    expect(second.adjustmentsNeeded).toEqual(['WORKING_TIME']);
    expect(second.carvedOutTasks).toEqual(['Raskaiden lavojen siirto käsin']);
    const stage = await employer.data<{ need: { stage: string } }>('query ($id: ID!) { need(id: $id) { stage } }', { id: needId });
    expect(stage.need.stage).toBe('OFFERED');

    const deadline = new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString();
    await coordinator.data(REF('requestShare', 'RequestShareInput'), { input: { needId, profileId: profileIds.jari, deadline, message: 'Työnantaja haluaisi haastatella sinua.' } });
    const { myShareRequests } = await jari.data<{ myShareRequests: { id: string; status: string; companyName: string; needTitle: string; wouldShare: string[] }[] }>(
      '{ myShareRequests { id status companyName needTitle wouldShare } }',
    );
    expect(myShareRequests).toHaveLength(1);
    expect(myShareRequests[0]).toMatchObject({ status: 'REQUESTED', companyName: 'Lahden Konepaja Oy', needTitle: NEED_INPUT.title });
    expect(myShareRequests[0].wouldShare).toEqual(expect.arrayContaining(['Etunimi', 'Sukunimi', 'Sähköposti']));
    expect((await cards())[0].identity).toBeNull();

    // Someone else cannot answer Jari's request.
    const foreign = await aino.request('mutation ($input: AnswerShareRequestInput!) { answerShareRequest(input: $input) { status } }', {
      input: { id: myShareRequests[0].id, accept: true },
    });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const answered = await jari.data<{ answerShareRequest: { status: string } }>(
      'mutation ($input: AnswerShareRequestInput!) { answerShareRequest(input: $input) { status } }',
      { input: { id: myShareRequests[0].id, accept: true } },
    );
    expect(answered.answerShareRequest.status).toBe('ACCEPTED');
    const withIdentity = await cards();
    expect(withIdentity[0].identity).toEqual({ firstName: 'Jari', lastName: 'Työnhakija', email: 'tyonhakija@ytmt.example', phone: '+358 40 123 4567' });
    expect(withIdentity[1].identity).toBeNull();
    const audited = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'candidate.view_identity' AND resource_id = $1`, [profileIds.jari]);
    expect(audited[0].n).toBeGreaterThan(0);
  });

  it('refuses to accept an expired share request', async () => {
    await eventually(() => entryOf('mikko'));
    const deadline = new Date(Date.now() + 2 * 3600 * 1000).toISOString();
    await coordinator.data(REF('requestShare', 'RequestShareInput'), { input: { needId, profileId: profileIds.mikko, deadline } });
    const [{ id }] = await app.dataSource.query(`SELECT id FROM share_request WHERE profile_id = $1`, [profileIds.mikko]);
    // Time passes: the deadline is now behind us.
    await app.dataSource.query(`UPDATE share_request SET deadline = now() - interval '1 minute' WHERE id = $1`, [id]);
    const answer = await mikko.request('mutation ($input: AnswerShareRequestInput!) { answerShareRequest(input: $input) { status } }', { input: { id, accept: true } });
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'input.id' }] });
    const [row] = await app.dataSource.query('SELECT status, answered_at FROM share_request WHERE id = $1', [id]);
    expect(row).toEqual({ status: 'REQUESTED', answered_at: null });
    const mine = await mikko.data<{ myShareRequests: { status: string }[] }>('{ myShareRequests { status } }');
    expect(mine.myShareRequests[0].status).toBe('EXPIRED');
    expect((await entryOf('mikko'))?.shareRequest?.status).toBe('EXPIRED');
  });

  it('takes a candidate off every list and every employer view within seconds of withdrawing MATCHING', async () => {
    await coordinator.data(REF('presentCandidate'), { input: { needId, profileId: profileIds.mikko } });
    expect((await cards()).length).toBe(3);
    const withdrawn = await mikko.data<{ withdrawConsent: { consents: { scope: string; active: boolean }[] } }>(WITHDRAW, { scope: 'MATCHING' });
    expect(withdrawn.withdrawConsent.consents.find((c) => c.scope === 'MATCHING')?.active).toBe(false);
    // Read-time consent checks hide him at once; the job then clears the stored rows.
    expect((await list()).map((e) => e.profileId)).not.toContain(profileIds.mikko);
    expect((await cards()).length).toBe(2);
    await eventually(async () => {
      const [rows] = await app.dataSource.query(
        `SELECT (SELECT count(*)::int FROM match_result WHERE profile_id = $1) AS matches,
                (SELECT count(*)::int FROM candidate WHERE profile_id = $1 AND withdrawn_at IS NULL) AS candidates`,
        [profileIds.mikko],
      );
      return rows.matches === 0 && rows.candidates === 0;
    }, 5000);
    const history = await mikko.data<{ myJobseekerProfile: { consentHistory: { scope: string; action: string }[] } }>(
      '{ myJobseekerProfile { consentHistory { scope action } } }',
    );
    expect(history.myJobseekerProfile.consentHistory).toContainEqual({ scope: 'MATCHING', action: 'WITHDRAWN' });
  });

  it('leaves one row per pair when a match job is replayed', async () => {
    const pairs = async () =>
      (await app.dataSource.query(`SELECT profile_id, score FROM match_result WHERE need_id = $1 ORDER BY profile_id`, [needId])) as { profile_id: string }[];
    const before = await pairs();
    expect(before.length).toBeGreaterThan(0);
    const queue = app.app.get(QueueRegistry).get(QueueName.MATCHING);
    for (const jobId of ['replay-a', 'replay-b']) await queue.add(MATCH_NEED_JOB, { needId }, { jobId });
    await eventually(async () => {
      const states = await Promise.all(['replay-a', 'replay-b'].map(async (id) => (await queue.getJob(id))?.getState()));
      return states.every((state) => state === 'completed');
    }, 10_000);
    expect(await pairs()).toEqual(before);
    const duplicates = await app.dataSource.query(`SELECT need_id, profile_id FROM match_result GROUP BY need_id, profile_id HAVING count(*) > 1`);
    expect(duplicates).toEqual([]);
  });

  it('moves the need to FILLED when the employer hires', async () => {
    const [jariCard] = await cards();
    const hired = await employer.data<{ setEmployerCandidateStatus: { employerStatus: string } }>(
      'mutation ($input: SetEmployerStatusInput!) { setEmployerCandidateStatus(input: $input) { employerStatus } }',
      { input: { candidateId: jariCard.candidateId, status: 'HIRED' } },
    );
    expect(hired.setEmployerCandidateStatus.employerStatus).toBe('HIRED');
    const need = await employer.data<{ need: { stage: string; stageHistory: { stage: string }[] } }>('query ($id: ID!) { need(id: $id) { stage stageHistory { stage } } }', { id: needId });
    expect(need.need.stage).toBe('FILLED');
    expect(need.need.stageHistory.map((s) => s.stage)).toEqual(['IDENTIFIED', 'OFFERED', 'FILLED']);
    const foreign = await otherEmployer.request('mutation ($input: SetEmployerStatusInput!) { setEmployerCandidateStatus(input: $input) { employerStatus } }', {
      input: { candidateId: jariCard.candidateId, status: 'NOT_SELECTED' },
    });
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses bad profile input and consent decisions by others, naming the field and writing nothing', async () => {
    const count = async () => (await app.dataSource.query('SELECT count(*)::int AS n FROM jobseeker_profile'))[0].n as number;
    const before = await count();
    const leena = await signIn(app, 'tyonhakija.leena@ytmt.example');
    const cases: [Record<string, unknown>, string][] = [
      [profileInput({ hoursMin: 30, hoursMax: 20 }), 'input.hoursMax'],
      [profileInput({ skills: ['http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000000'] }), 'input.skills[0]'],
      [profileInput({ homeMunicipalityCode: '999' }), 'input.homeMunicipalityCode'],
      [profileInput({ homeLongitude: null }), 'input.homeLongitude'],
      [profileInput({ workAbility: { physicalStrain: 4, standingWalking: 1, lifting: 1, cognitiveLoad: 1, customerInteraction: 1, timePressure: 1 } }), 'input.workAbility.physicalStrain'],
    ];
    for (const [input, path] of cases) {
      const result = await leena.request(SAVE_PROFILE, { input });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    }
    expect(await count()).toBe(before);
    const past = await jari.request(GRANT, { input: { scope: 'MATCHING', expiresAt: '2020-01-01T00:00:00Z' } });
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.expiresAt' }] });
    const notJobseeker = await coordinator.request(GRANT, { input: { scope: 'MATCHING' } });
    expect(notJobseeker.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets a coordinator create a profile with a jobseeker of the area and audits reads of it', async () => {
    const created = await coordinator.data<{ createJobseekerProfile: { id: string; pseudonym: string; consents: { active: boolean }[] } }>(
      `mutation ($input: JobseekerProfileInput!, $identity: JobseekerIdentityInput!) {
         createJobseekerProfile(input: $input, identity: $identity) { id pseudonym consents { active } } }`,
      { input: profileInput({ homeMunicipalityCode: '398', homeLatitude: 60.99, homeLongitude: 25.7 }), identity: { firstName: 'Sami', lastName: 'Salonen', email: 'tyonhakija.sami@ytmt.example' } },
    );
    const id = created.createJobseekerProfile.id;
    const duplicate = await coordinator.request(
      `mutation ($input: JobseekerProfileInput!, $identity: JobseekerIdentityInput!) { createJobseekerProfile(input: $input, identity: $identity) { id } }`,
      { input: profileInput(), identity: { firstName: 'Sami', lastName: 'Salonen', email: 'TYONHAKIJA.SAMI@ytmt.example' } },
    );
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'identity.email' }] });
    // No consent is given on the jobseeker's behalf.
    expect(created.createJobseekerProfile.consents.every((c) => !c.active)).toBe(true);
    const read = await coordinator.data<{ jobseekerProfile: { identity: { lastName: string } } }>('query ($id: ID!) { jobseekerProfile(id: $id) { identity { lastName } } }', { id });
    expect(read.jobseekerProfile.identity.lastName).toBe('Salonen');
    const audit = await app.dataSource.query(`SELECT action FROM audit_event WHERE resource_id = $1 ORDER BY at`, [id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['jobseeker_profile.create', 'jobseeker_profile.read', 'jobseeker_identity.read']);
    expect((await helsinkiCoordinator.request('query ($id: ID!) { jobseekerProfile(id: $id) { id } }', { id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await employer.request('query ($id: ID!) { jobseekerProfile(id: $id) { id } }', { id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // The jobseeker signs in with the same verified e-mail: the profile becomes theirs.
    const sami = await signIn(app, 'tyonhakija.sami@ytmt.example');
    const mine = await sami.data<{ myJobseekerProfile: { id: string } }>('{ myJobseekerProfile { id } }');
    expect(mine.myJobseekerProfile.id).toBe(id);
  });
});
