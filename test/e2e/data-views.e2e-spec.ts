// "Who has seen my data" over HTTP: a coordinator runs the candidate list, the jobseeker accepts a
// share request, the employer opens the presented card; the jobseeker then reads who saw their
// data — organisation, role, need — and never a staff member's name or id. Nobody else reads it.
import { Role } from '@ytmt/core';
import { EscoImporter } from '@ytmt/skills';
import { createApp, GraphQLClient, signIn, TestApp } from '@ytmt/test-kit';
import { NEED_INPUT, PICK_ORDERS, profileInput } from '../factories/matching.factory';

const VIEWS = `query ($first: Int, $after: String) { myDataViews(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id at kind organizationName role needId needTitle byYou } } } }`;
const SAVE_PROFILE = `mutation ($input: JobseekerProfileInput!, $identity: JobseekerIdentityInput) { saveMyJobseekerProfile(input: $input, identity: $identity) { id } }`;
const GRANT = `mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const REF = (name: string, input = 'CandidateRefInput') => `mutation ($input: ${input}!) { ${name}(input: $input) { profileId } }`;

interface DataView {
  id: string;
  at: string;
  kind: string;
  organizationName: string | null;
  role: string | null;
  needId: string | null;
  needTitle: string | null;
  byYou: boolean;
}
interface ViewsPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: DataView }[];
}

const EXPLANATION = {
  matchedEssentialSkills: [PICK_ORDERS], missingEssentialSkills: [], matchedOptionalSkills: [], occupationRelation: 'SAME_OCCUPATION', tasks: [], carvedOutTaskIds: [],
  adjustmentsRelied: [], adjustmentsNotOffered: [], distanceKm: 5, placeReason: 'WITHIN_RADIUS', missingLanguages: [], missingDrivingLicence: null,
  parts: { skills: 0.8, occupation: 1, place: 0.9, workingTime: 1, capabilityFit: 1, adjustments: 1, language: 1, drivingLicence: 1 },
};

describe('myDataViews', () => {
  let app: TestApp;
  let employer: GraphQLClient;
  let coordinator: GraphQLClient;
  let jari: GraphQLClient;
  let aino: GraphQLClient;
  let needId: string;

  const views = async (client: GraphQLClient, first = 50, after: string | null = null) => (await client.data<{ myDataViews: ViewsPage }>(VIEWS, { first, after })).myDataViews;

  beforeAll(async () => {
    app = await createApp();
    await app.app.get(EscoImporter).import();
    employer = await signIn(app, Role.EMPLOYER_USER);
    coordinator = await signIn(app, Role.COORDINATOR);
    jari = await signIn(app, Role.JOBSEEKER);
    aino = await signIn(app, 'tyonhakija.aino@ytmt.example');
    const [{ id: companyId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
    const saved = await jari.data<{ saveMyJobseekerProfile: { id: string } }>(SAVE_PROFILE, {
      input: profileInput(),
      identity: { firstName: 'Jari', lastName: 'Työnhakija', email: 'tyonhakija@ytmt.example' },
    });
    const profileId = saved.saveMyJobseekerProfile.id;
    for (const scope of ['MATCHING', 'ANONYMOUS_VISIBILITY']) await jari.data(GRANT, { input: { scope } });
    needId = (
      await employer.data<{ createNeed: { id: string } }>('mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }', {
        companyId,
        input: NEED_INPUT,
      })
    ).createNeed.id;
    await app.dataSource.query(
      `INSERT INTO match_result (need_id, profile_id, score, explanation, engine_version, computed_at) VALUES ($1, $2, 0.9, $3, 'match-test', now())`,
      [needId, profileId, JSON.stringify(EXPLANATION)],
    );
    // The coordinator's view (the list), then consent to share, presentation and the employer's view (the card).
    await coordinator.data('query ($needId: ID!) { candidateList(needId: $needId, first: 100) { edges { node { profileId } } } }', { needId });
    const deadline = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
    await coordinator.data(REF('requestShare', 'RequestShareInput'), { input: { needId, profileId, deadline } });
    const { myShareRequests } = await jari.data<{ myShareRequests: { id: string }[] }>('{ myShareRequests { id } }');
    await jari.data('mutation ($input: AnswerShareRequestInput!) { answerShareRequest(input: $input) { status } }', { input: { id: myShareRequests[0].id, accept: true } });
    await coordinator.data(REF('presentCandidate'), { input: { needId, profileId } });
    await employer.data('query ($needId: ID!) { presentedCandidates(needId: $needId) { candidateId } }', { needId });
  }, 180_000);
  afterAll(() => app?.close());

  it('tells the jobseeker which organisation and role saw what for which need, never who', async () => {
    const page = await views(jari);
    const others = page.edges.map((edge) => edge.node).filter((node) => !node.byYou);
    const card = others.find((node) => node.kind === 'IDENTIFIED_CANDIDATE_CARD');
    const list = others.find((node) => node.kind === 'CANDIDATE_LIST');
    expect(card).toMatchObject({ organizationName: 'Lahden Konepaja Oy', role: 'EMPLOYER_USER', needId, needTitle: NEED_INPUT.title });
    expect(list).toMatchObject({ organizationName: 'Lahden työllisyyspalvelut', role: 'COORDINATOR', needId, needTitle: NEED_INPUT.title });
    // The jobseeker's own actions (e.g. revoking a share) are marked as theirs, with no organisation or role.
    for (const edge of page.edges.filter((e) => e.node.byYou)) expect(edge.node).toMatchObject({ organizationName: null, role: null });
    const userIds: { id: string }[] = await app.dataSource.query(`SELECT id FROM app_user WHERE email IN ('koordinaattori.lahti@ytmt.example', 'tyonantaja.lahti@ytmt.example')`);
    const text = JSON.stringify(page);
    for (const { id } of userIds) expect(text).not.toContain(id);
    expect(text).not.toMatch(/@ytmt|koordinaattori|tyonantaja/i);
  });

  it('pages newest first and is not itself audited', async () => {
    const all = await views(jari);
    const first = await views(jari, 1);
    expect(first.totalCount).toBe(all.totalCount);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await views(jari, 1, first.pageInfo.endCursor);
    expect([first.edges[0].node.id, second.edges[0].node.id]).toEqual(all.edges.slice(0, 2).map((edge) => edge.node.id));
    expect((await views(jari)).totalCount).toBe(all.totalCount);
  });

  it('shows another jobseeker none of it and refuses staff', async () => {
    expect((await views(aino)).edges.filter((edge) => edge.node.needId === needId)).toEqual([]);
    for (const client of [coordinator, employer]) {
      const result = await client.request(VIEWS, { first: 10 });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
