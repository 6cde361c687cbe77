// Closure for every candidate, over HTTP with the worker running: when the employer marks a need
// filled, the jobseeker who was asked and presented sees the candidacy closed NEED_FILLED in their
// share requests and gets a CANDIDACY_CLOSED notification naming the company and the need only.
import { Role } from '@ytmt/core';
import { createApp, eventually, GraphQLClient, signIn, TestApp } from '@ytmt/test-kit';
import { NEED_INPUT } from '../factories/matching.factory';

const MINE = '{ myShareRequests { id status companyName needTitle presentedAt closure { outcome at reason } } }';
const NOTIFICATIONS = '{ notifications(first: 50) { edges { node { type title body link subject { needId } } } } }';
const REF = (name: string, input = 'CandidateRefInput') => `mutation ($input: ${input}!) { ${name}(input: $input) { profileId closure { outcome } } }`;

interface MyRequest {
  id: string;
  status: string;
  companyName: string;
  needTitle: string;
  presentedAt: string | null;
  closure: { outcome: string; at: string; reason: string | null } | null;
}
interface NotificationNode {
  type: string;
  title: string;
  body: string;
  link: string;
  subject: { needId: string | null };
}

describe('A filled need closes the candidacy the jobseeker knew of', () => {
  let app: TestApp;
  let employer: GraphQLClient;
  let coordinator: GraphQLClient;
  let jari: GraphQLClient;
  let needId: string;
  let profileId: string;

  beforeAll(async () => {
    app = await createApp({ worker: true });
    employer = await signIn(app, Role.EMPLOYER_USER);
    coordinator = await signIn(app, Role.COORDINATOR);
    jari = await signIn(app, Role.JOBSEEKER);
    const saved = await jari.data<{ saveMyJobseekerProfile: { id: string } }>(
      'mutation ($input: JobseekerProfileInput!, $identity: JobseekerIdentityInput) { saveMyJobseekerProfile(input: $input, identity: $identity) { id } }',
      {
        input: { skills: [], occupations: [], wishedOccupations: [], homeMunicipalityCode: '398', acceptableMunicipalityCodes: [], remoteOk: false, languages: [], drivingLicences: [] },
        identity: { firstName: 'Jari', lastName: 'Työnhakija', email: 'tyonhakija@ytmt.example' },
      },
    );
    profileId = saved.saveMyJobseekerProfile.id;
    await jari.data('mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }', { input: { scope: 'MATCHING' } });
    const [{ id: companyId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
    const created = await employer.data<{ createNeed: { id: string } }>(
      'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }',
      { companyId, input: { ...NEED_INPUT, title: 'Koneenasentaja Lahteen', skills: [], occupationUri: null, positions: 2 } },
    );
    needId = created.createNeed.id;
    // Put on the list by hand (the test imports no ESCO, so the engine would suggest no one).
    await app.dataSource.query(`INSERT INTO candidate (need_id, profile_id, source) VALUES ($1, $2, 'ADDED')`, [needId, profileId]);
  }, 120_000);
  afterAll(() => app?.close());

  it('shows NEED_FILLED in myShareRequests and notifies the jobseeker, without staff names', async () => {
    const deadline = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
    await coordinator.data(REF('requestShare', 'RequestShareInput'), { input: { needId, profileId, deadline } });
    const [request] = (await jari.data<{ myShareRequests: MyRequest[] }>(MINE)).myShareRequests;
    expect(request).toMatchObject({ status: 'REQUESTED', presentedAt: null, closure: null });
    await jari.data('mutation ($input: AnswerShareRequestInput!) { answerShareRequest(input: $input) { status } }', { input: { id: request.id, accept: true } });
    await coordinator.data(REF('presentCandidate'), { input: { needId, profileId } });
    const presented = (await jari.data<{ myShareRequests: MyRequest[] }>(MINE)).myShareRequests[0];
    expect(presented.presentedAt).not.toBeNull();
    expect(presented.closure).toBeNull();

    await employer.data('mutation ($input: MoveNeedStageInput!) { moveNeedStage(input: $input) { stage } }', { input: { needId, stage: 'FILLED' } });

    const closed = (await jari.data<{ myShareRequests: MyRequest[] }>(MINE)).myShareRequests[0];
    expect(closed).toMatchObject({ id: request.id, companyName: 'Lahden Konepaja Oy', needTitle: 'Koneenasentaja Lahteen', closure: { outcome: 'NEED_FILLED', reason: null } });
    expect(Date.parse(closed.closure?.at ?? '')).toBeGreaterThan(Date.now() - 60_000);

    const notice = await eventually(async () => {
      const { notifications } = await jari.data<{ notifications: { edges: { node: NotificationNode }[] } }>(NOTIFICATIONS);
      return notifications.edges.map((e) => e.node).find((n) => n.type === 'CANDIDACY_CLOSED');
    }, 15_000);
    expect(notice.subject.needId).toBe(needId);
    expect(notice.title).toContain('Lahden Konepaja Oy');
    expect(notice.body).toContain('Koneenasentaja Lahteen');
    expect(notice.link).toBe('/jobseeker/share-requests');
    // Company and need only: never the coordinator's or the employer's name.
    expect(`${notice.title} ${notice.body}`).not.toMatch(/Kaisa|Koordinaattori|Timo|Työnantaja/);
  });
});
