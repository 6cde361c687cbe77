import { QueueName, QueueRegistry, Role } from '@ytmt/core';
import { NOTIFY_JOB, NotificationType } from '@ytmt/events';
import { anonymous, createApp, eventually, GraphQLClient, signIn, TestApp } from '@ytmt/test-kit';

// Issue 11, points 1 and 2: edits of a published service wait for moderation as a revision, and a
// moderator's decision speaks for their own areas only (national coverage: platform admins).

const LIVE_FIELDS = 'id status name { fi } coverage { national employmentAreaIds municipalityCodes } approvedEmploymentAreaIds';
const REVISION_FIELDS = `id status changes { fieldName before after } proposedCoverage { national employmentAreaIds }
  requiresPlatformAdmin requiredEmploymentAreaIds approvedEmploymentAreaIds canDecide rejectionReason service { id name { fi } }`;
const CREATE = `mutation ($input: ServiceInput!) { createService(input: $input) { ${LIVE_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: ServiceInput!) { updateService(id: $id, input: $input) { ${LIVE_FIELDS} revision { ${REVISION_FIELDS} } } }`;
const SERVICE = `query ($id: ID!) { service(id: $id) { ${LIVE_FIELDS} revision { ${REVISION_FIELDS} } } }`;
const APPROVE = `mutation ($id: ID!) { approveService(id: $id) { ${LIVE_FIELDS} } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveService(id: $id) { ${LIVE_FIELDS} } }`;
const APPROVE_REVISION = `mutation ($id: ID!) { approveServiceRevision(id: $id) { ${REVISION_FIELDS} } }`;
const REJECT_REVISION = `mutation ($id: ID!, $reason: String!) { rejectServiceRevision(id: $id, input: { reason: $reason }) { ${REVISION_FIELDS} } }`;
const WITHDRAW_REVISION = `mutation ($id: ID!) { withdrawServiceRevision(id: $id) { ${REVISION_FIELDS} } }`;
const QUEUE = `{ serviceRevisionQueue { ${REVISION_FIELDS} } }`;
const SEARCH_SERVICES = `query ($query: String, $filter: ServiceFilter) { searchServices(query: $query, filter: $filter, first: 50) { edges { node { service { id name { fi } } } } } }`;
const SEARCH_NEEDS = 'query ($query: String) { searchNeeds(query: $query, first: 50) { edges { node { id } } } }';
const NEED = 'query ($id: ID!) { need(id: $id) { id } }';

interface Live {
  id: string;
  status: string;
  name: { fi: string };
  coverage: { national: boolean; employmentAreaIds: string[]; municipalityCodes: string[] };
  approvedEmploymentAreaIds: string[];
}
interface Revision {
  id: string;
  status: string;
  changes: { fieldName: string; before: unknown; after: unknown }[];
  proposedCoverage: { national: boolean; employmentAreaIds: string[] };
  requiresPlatformAdmin: boolean;
  requiredEmploymentAreaIds: string[];
  approvedEmploymentAreaIds: string[];
  canDecide: boolean;
  rejectionReason: string | null;
  service: { id: string; name: { fi: string } };
}

const serviceInput = (overrides: Record<string, unknown>) => ({
  nameFi: 'Työpajavalmennus nuorille',
  summaryFi: 'Työpajalla nuori harjoittelee työelämän taitoja ohjaajan tuella.',
  descriptionFi: 'Puu-, metalli- ja kiinteistöhuollon pajat; valmentaja auttaa löytämään seuraavan askeleen työhön tai koulutukseen.',
  audience: 'JOBSEEKERS',
  categoryCodes: ['WORKSHOP'],
  targetGroupCodes: ['YOUNG'],
  isNational: false,
  employmentAreaIds: [],
  municipalityCodes: [],
  locations: [],
  deliveryMode: 'ON_SITE',
  languages: ['fi'],
  isFree: true,
  costOptions: [],
  ...overrides,
});

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

describe('Service moderation: revisions after publishing, decisions per area', () => {
  let app: TestApp;
  let provider: GraphQLClient;
  let otherProvider: GraphQLClient;
  let lahtiCoordinator: GraphQLClient;
  let helsinkiCoordinator: GraphQLClient;
  let kymppiCoordinator: GraphQLClient;
  let admin: GraphQLClient;
  let employer: GraphQLClient;
  let lahtiAreaId: string;
  let helsinkiAreaId: string;
  let konepajaId: string;

  beforeAll(async () => {
    app = await createApp({ worker: true });
    // The workshop association has no published services of its own in the template.
    provider = await signIn(app, 'palveluntuottaja.tyopaja@ytmt.example');
    otherProvider = await signIn(app, 'palveluntuottaja.yritys@ytmt.example');
    lahtiCoordinator = await signIn(app, 'koordinaattori.lahti@ytmt.example');
    helsinkiCoordinator = await signIn(app, 'koordinaattori.helsinki@ytmt.example');
    kymppiCoordinator = await signIn(app, 'koordinaattori.kymppi@ytmt.example');
    admin = await signIn(app, Role.PLATFORM_ADMIN);
    employer = await signIn(app, 'tyonantaja.lahti@ytmt.example');
    [{ id: lahtiAreaId }] = await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'lahti'`);
    [{ id: helsinkiAreaId }] = await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'helsinki'`);
    [{ id: konepajaId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
  });
  afterAll(() => app.close());

  // The outbox relayed and the search index idle: any reindexing the edit caused has happened.
  // (The other queues hold repeating schedules, so they never drain.)
  const drained = () =>
    eventually(async () => {
      const [{ pending }] = await app.dataSource.query('SELECT count(*)::int AS pending FROM outbox_event WHERE dispatched_at IS NULL');
      const counts = await app.app.get(QueueRegistry, { strict: false }).get(QueueName.SEARCH_INDEX).getJobCounts('wait', 'active', 'delayed', 'prioritized');
      return pending === 0 && Object.values(counts).every((count) => count === 0);
    });
  const servicesFound = async (query: string, filter: Record<string, unknown> = {}) =>
    (await anonymous(app).data<{ searchServices: { edges: { node: { service: { id: string; name: { fi: string } } } }[] } }>(SEARCH_SERVICES, { query, filter }))
      .searchServices.edges.map((edge) => edge.node.service);
  const needsFound = async (client: GraphQLClient, query: string) =>
    (await client.data<{ searchNeeds: { edges: { node: { id: string } }[] } }>(SEARCH_NEEDS, { query })).searchNeeds.edges.map((edge) => edge.node.id);
  const liveOf = async (id: string) => (await anonymous(app).data<{ service: Live }>(SERVICE, { id })).service;

  interface Notice {
    type: string;
    title: string;
    body: string;
    subject: { serviceId: string | null };
  }
  const noticesAbout = async (client: GraphQLClient, serviceId: string): Promise<Notice[]> =>
    (await client.data<{ notifications: { edges: { node: Notice }[] } }>('{ notifications(first: 50) { edges { node { type title body subject { serviceId } } } } }'))
      .notifications.edges.map((edge) => edge.node)
      .filter((notice) => notice.subject.serviceId === serviceId);
  const titlesAbout = async (client: GraphQLClient, serviceId: string, prefix: string): Promise<string[]> =>
    (await noticesAbout(client, serviceId)).map((notice) => notice.title).filter((title) => title.startsWith(prefix));
  /** Puts a notify job straight into the queue twice, as a replay would, and waits for both to finish. */
  async function replayTwice(data: Record<string, unknown>, tag: string): Promise<void> {
    const queue = app.app.get(QueueRegistry, { strict: false }).get(QueueName.NOTIFICATIONS);
    const jobIds = [`${tag}-1`, `${tag}-2`];
    for (const jobId of jobIds) await queue.add(NOTIFY_JOB, data, { jobId });
    await eventually(async () => {
      const states = await Promise.all(jobIds.map(async (jobId) => (await queue.getJob(jobId))?.getState()));
      return states.every((state) => state === 'completed');
    });
  }

  async function create(input: Record<string, unknown>, by: GraphQLClient = provider): Promise<string> {
    const { createService } = await by.data<{ createService: Live }>(CREATE, { input: serviceInput(input) });
    await by.data('mutation ($id: ID!) { submitService(id: $id) { status } }', { id: createService.id });
    return createService.id;
  }

  async function publish(input: Record<string, unknown>, moderator: GraphQLClient): Promise<string> {
    const id = await create(input);
    const { approveService } = await moderator.data<{ approveService: Live }>(APPROVE, { id });
    expect(approveService.status).toBe('PUBLISHED');
    return id;
  }

  it('keeps the approved version live while a national, renamed edit waits; only a platform admin can approve it, and then it goes live', async () => {
    const id = await publish({ nameFi: 'Työpajavalmennus Lahdessa', employmentAreaIds: [lahtiAreaId] }, lahtiCoordinator);
    await eventually(async () => (await servicesFound('työpajavalmennus')).some((s) => s.id === id));
    // A need in Helsinki open to providers of its area: not this provider's, while its service covers Lahti only.
    const { createNeed } = await employer.data<{ createNeed: { id: string } }>(
      'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }',
      {
        companyId: konepajaId,
        input: {
          kinds: ['RECRUITMENT'], title: 'Kiinteistöhuoltaja Helsingin kohteisiin', description: 'Haemme kiinteistöhuoltajaa Helsingin kohteisiin.',
          municipalityCode: '091', remote: false, positions: 1, hoursMin: 30, hoursMax: 37, partTimePossible: false,
          measuresOpenTo: [], adjustmentsOffered: [], openToPrecisionCapable: false, visibility: 'COORDINATORS_AND_PROVIDERS', tasks: [],
        },
      },
    );
    const needId = createNeed.id;
    await eventually(async () => (await needsFound(employer, 'kiinteistöhuoltaja')).includes(needId));
    expect(await needsFound(provider, 'kiinteistöhuoltaja')).not.toContain(needId);

    // The attack: rename and make national.
    const edited = { nameFi: 'Puusepänverstas koko Suomelle', isNational: true, employmentAreaIds: [] };
    const { updateService } = await provider.data<{ updateService: Live & { revision: Revision } }>(UPDATE, { id, input: serviceInput(edited) });
    expect(updateService).toMatchObject({ status: 'PUBLISHED', name: { fi: 'Työpajavalmennus Lahdessa' }, coverage: { national: false, employmentAreaIds: [lahtiAreaId] } });
    expect(updateService.revision).toMatchObject({ status: 'PENDING', requiresPlatformAdmin: true, canDecide: false, proposedCoverage: { national: true } });
    const revisionId = updateService.revision.id;
    await drained();
    // National: the platform admins hear of it, not the coordinators of the live version's area.
    const waiting = 'Palvelun muutos odottaa tarkastusta';
    expect(await eventually(async () => (await titlesAbout(admin, id, waiting)).length > 0 && titlesAbout(admin, id, waiting))).toEqual([
      'Palvelun muutos odottaa tarkastusta: Puusepänverstas koko Suomelle',
    ]);
    expect(await titlesAbout(lahtiCoordinator, id, waiting)).toEqual([]);

    // The live version everywhere: public service(id) (no revision for the public), search, HSDS, need visibility.
    const publicView = await anonymous(app).data<{ service: Live & { revision: Revision | null } }>(SERVICE, { id });
    expect(publicView.service).toMatchObject({ name: { fi: 'Työpajavalmennus Lahdessa' }, coverage: { national: false }, revision: null });
    expect((await servicesFound('puusepänverstas')).map((s) => s.id)).not.toContain(id);
    expect((await servicesFound('työpajavalmennus')).find((s) => s.id === id)?.name.fi).toBe('Työpajavalmennus Lahdessa');
    expect((await servicesFound('työpajavalmennus', { municipalityCode: '091' })).map((s) => s.id)).not.toContain(id);
    const hsds = (await (await fetch(`${app.url}/hsds/services/${id}`)).json()) as { name: string };
    expect(hsds.name).toBe('Työpajavalmennus Lahdessa');
    expect(await needsFound(provider, 'kiinteistöhuoltaja')).not.toContain(needId);
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(await provider.request(NEED, { id: needId })));

    // A Lahti coordinator sees the diff but cannot decide national coverage; Helsinki's sees nothing.
    const seenByLahti = await lahtiCoordinator.data<{ serviceRevision: Revision }>(`query ($id: ID!) { serviceRevision(id: $id) { ${REVISION_FIELDS} } }`, { id: revisionId });
    expect(seenByLahti.serviceRevision.canDecide).toBe(false);
    expect((await lahtiCoordinator.data<{ serviceRevisionQueue: Revision[] }>(QUEUE)).serviceRevisionQueue.map((r) => r.id)).not.toContain(revisionId);
    expect(codeOf(await lahtiCoordinator.request(APPROVE_REVISION, { id: revisionId }))).toBe('FORBIDDEN');
    expect(codeOf(await lahtiCoordinator.request(REJECT_REVISION, { id: revisionId, reason: 'Ei kuulu alueellemme.' }))).toBe('FORBIDDEN');
    expect(codeOf(await helsinkiCoordinator.request(APPROVE_REVISION, { id: revisionId }))).toBe('NOT_FOUND');
    expect(codeOf(await provider.request(APPROVE_REVISION, { id: revisionId }))).toBe('FORBIDDEN');
    expect(codeOf(await otherProvider.request(APPROVE_REVISION, { id: revisionId }))).toBe('NOT_FOUND');
    expect((await liveOf(id)).coverage.national).toBe(false);

    // The platform admin sees the diff field by field and approves.
    const queued = (await admin.data<{ serviceRevisionQueue: Revision[] }>(QUEUE)).serviceRevisionQueue.find((r) => r.id === revisionId);
    expect(queued?.canDecide).toBe(true);
    expect(queued?.changes).toEqual([
      { fieldName: 'employmentAreaIds', before: [lahtiAreaId], after: [] },
      { fieldName: 'isNational', before: false, after: true },
      { fieldName: 'nameFi', before: 'Työpajavalmennus Lahdessa', after: 'Puusepänverstas koko Suomelle' },
    ]);
    const { approveServiceRevision } = await admin.data<{ approveServiceRevision: Revision }>(APPROVE_REVISION, { id: revisionId });
    expect(approveServiceRevision).toMatchObject({ status: 'APPROVED', service: { name: { fi: 'Puusepänverstas koko Suomelle' } } });
    expect(approveServiceRevision.changes.map((c) => c.fieldName)).toEqual(['employmentAreaIds', 'isNational', 'nameFi']);
    expect(await liveOf(id)).toMatchObject({ status: 'PUBLISHED', name: { fi: 'Puusepänverstas koko Suomelle' }, coverage: { national: true } });
    await eventually(async () => (await servicesFound('puusepänverstas')).some((s) => s.id === id), 3000);
    expect(await needsFound(provider, 'kiinteistöhuoltaja')).toContain(needId);
    expect((await provider.data<{ need: { id: string } }>(NEED, { id: needId })).need.id).toBe(needId);
    const audit = await app.dataSource.query(`SELECT action FROM audit_event WHERE resource_id = $1`, [revisionId]);
    expect(audit).toEqual([{ action: 'service_revision.approve' }]);
    const history = await anonymous(app).data<{ serviceHistory: { fieldName: string; actionType: string }[] }>(
      'query ($id: ID!) { serviceHistory(id: $id) { fieldName actionType } }',
      { id },
    );
    expect(history.serviceHistory.filter((c) => c.actionType === 'update').map((c) => c.fieldName)).toEqual(['employmentAreaIds', 'isNational', 'nameFi']);
    expect(codeOf(await admin.request(APPROVE_REVISION, { id: revisionId }))).toBe('CONFLICT');
  });

  it('lets the provider see, replace and withdraw a pending revision; a rejection keeps the live version and tells the reason', async () => {
    const base = { nameFi: 'Pajaohjaus Lahdessa', employmentAreaIds: [lahtiAreaId] };
    const id = await publish(base, lahtiCoordinator);
    const first = await provider.data<{ updateService: { revision: Revision } }>(UPDATE, { id, input: serviceInput({ ...base, phone: '03 814 2000' }) });
    const second = await provider.data<{ updateService: { revision: Revision } }>(UPDATE, {
      id,
      input: serviceInput({ ...base, nameFi: 'Pajaohjaus ja työkokeilu Lahdessa' }),
    });
    // One pending revision per service: the second edit replaces the first.
    expect(second.updateService.revision.id).toBe(first.updateService.revision.id);
    expect(second.updateService.revision.changes).toEqual([{ fieldName: 'nameFi', before: 'Pajaohjaus Lahdessa', after: 'Pajaohjaus ja työkokeilu Lahdessa' }]);
    const mine = await provider.data<{ myServices: { id: string; revision: Revision | null }[] }>(`{ myServices { id revision { id status } } }`);
    expect(mine.myServices.find((s) => s.id === id)?.revision).toEqual({ id: first.updateService.revision.id, status: 'PENDING' });
    expect(codeOf(await otherProvider.request(WITHDRAW_REVISION, { id: first.updateService.revision.id }))).toBe('NOT_FOUND');

    const reason = 'Nimi lupaa työkokeilua, jota kuvaus ei mainitse.';
    const { rejectServiceRevision } = await lahtiCoordinator.data<{ rejectServiceRevision: Revision }>(REJECT_REVISION, { id: first.updateService.revision.id, reason });
    expect(rejectServiceRevision).toMatchObject({ status: 'REJECTED', rejectionReason: reason });
    expect((await liveOf(id)).name.fi).toBe('Pajaohjaus Lahdessa');
    const seenByProvider = await provider.data<{ service: { revision: Revision } }>(SERVICE, { id });
    expect(seenByProvider.service.revision).toMatchObject({ status: 'REJECTED', rejectionReason: reason });

    const third = await provider.data<{ updateService: { revision: Revision } }>(UPDATE, { id, input: serviceInput({ ...base, summaryFi: 'Pajalla harjoitellaan työelämän taitoja pienryhmässä.' }) });
    expect(third.updateService.revision).toMatchObject({ status: 'PENDING' });
    expect(third.updateService.revision.id).not.toBe(first.updateService.revision.id);
    const { withdrawServiceRevision } = await provider.data<{ withdrawServiceRevision: Revision }>(WITHDRAW_REVISION, { id: third.updateService.revision.id });
    expect(withdrawServiceRevision.status).toBe('WITHDRAWN');
    expect(codeOf(await lahtiCoordinator.request(APPROVE_REVISION, { id: third.updateService.revision.id }))).toBe('CONFLICT');
    expect(await liveOf(id)).toMatchObject({ name: { fi: 'Pajaohjaus Lahdessa' } });
    // An edit identical to the live version proposes nothing.
    const same = await provider.data<{ updateService: { revision: Revision } }>(UPDATE, { id, input: serviceInput(base) });
    expect(same.updateService.revision.status).toBe('WITHDRAWN');
    const [{ pending }] = await app.dataSource.query(`SELECT count(*)::int AS pending FROM service_revision WHERE service_id = $1 AND status = 'PENDING'`, [id]);
    expect(pending).toBe(0);

    // Archiving takes a pending revision with it: it can no longer be approved into an archived service.
    const last = await provider.data<{ updateService: { revision: Revision } }>(UPDATE, { id, input: serviceInput({ ...base, nameFi: 'Pajaohjaus, viimeinen versio' }) });
    await provider.data(ARCHIVE, { id });
    expect(codeOf(await lahtiCoordinator.request(APPROVE_REVISION, { id: last.updateService.revision.id }))).toBe('CONFLICT');
    expect((await provider.data<{ service: { revision: Revision } }>(SERVICE, { id })).service.revision.status).toBe('WITHDRAWN');
  });

  it('publishes a service of two areas only when both have approved; a coordinator of neither is refused', async () => {
    const id = await create({ nameFi: 'Pajavalmennus Lahdessa ja Helsingissä', employmentAreaIds: [lahtiAreaId, helsinkiAreaId] });
    expect(codeOf(await kymppiCoordinator.request(APPROVE, { id }))).toBe('FORBIDDEN');
    const byLahti = await lahtiCoordinator.data<{ approveService: Live }>(APPROVE, { id });
    expect(byLahti.approveService).toMatchObject({ status: 'SUBMITTED', approvedEmploymentAreaIds: [lahtiAreaId] });
    expect(codeOf(await anonymous(app).request(SERVICE, { id }))).toBe('NOT_FOUND');
    // Helsinki still sees it waiting; Lahti, having decided, does not.
    expect((await helsinkiCoordinator.data<{ moderationQueue: { id: string }[] }>('{ moderationQueue { id } }')).moderationQueue.map((s) => s.id)).toContain(id);
    expect((await lahtiCoordinator.data<{ moderationQueue: { id: string }[] }>('{ moderationQueue { id } }')).moderationQueue.map((s) => s.id)).not.toContain(id);
    const byHelsinki = await helsinkiCoordinator.data<{ approveService: Live }>(APPROVE, { id });
    expect(byHelsinki.approveService.status).toBe('PUBLISHED');
    await eventually(async () => (await servicesFound('pajavalmennus', { municipalityCode: '398' })).some((s) => s.id === id), 3000);

    // Archiving by the Lahti coordinator withdraws it from Lahti only; Helsinki keeps it.
    const withdrawn = await lahtiCoordinator.data<{ archiveService: Live }>(ARCHIVE, { id });
    expect(withdrawn.archiveService).toMatchObject({ status: 'PUBLISHED', coverage: { employmentAreaIds: [helsinkiAreaId] } });
    await eventually(async () => !(await servicesFound('pajavalmennus', { municipalityCode: '398' })).some((s) => s.id === id), 3000);
    expect((await servicesFound('pajavalmennus', { municipalityCode: '091' })).map((s) => s.id)).toContain(id);
    expect(codeOf(await lahtiCoordinator.request(ARCHIVE, { id }))).toBe('FORBIDDEN');
    expect(codeOf(await kymppiCoordinator.request(ARCHIVE, { id }))).toBe('FORBIDDEN');
    const audit = await app.dataSource.query(`SELECT action FROM audit_event WHERE resource_id = $1 ORDER BY at`, [id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['service.approve_areas', 'service.publish', 'service.withdraw_areas']);
  });

  it('refuses coordinators national coverage, for submissions and archiving alike', async () => {
    const id = await create({ nameFi: 'Valtakunnallinen pajaverkosto', isNational: true });
    expect(codeOf(await lahtiCoordinator.request(APPROVE, { id }))).toBe('FORBIDDEN');
    expect(codeOf(await lahtiCoordinator.request('mutation ($id: ID!) { rejectService(id: $id, input: { reason: "Ei alueellinen palvelu." }) { status } }', { id }))).toBe('FORBIDDEN');
    expect((await admin.data<{ approveService: Live }>(APPROVE, { id })).approveService.status).toBe('PUBLISHED');
    expect(codeOf(await lahtiCoordinator.request(ARCHIVE, { id }))).toBe('FORBIDDEN');
    expect((await liveOf(id)).status).toBe('PUBLISHED');
  });

  it('applies a revision adding an area only once that area has approved too', async () => {
    const base = { nameFi: 'Pajavalmennus laajenee', employmentAreaIds: [lahtiAreaId] };
    const id = await publish(base, lahtiCoordinator);
    const { updateService } = await provider.data<{ updateService: { revision: Revision } }>(UPDATE, {
      id,
      input: serviceInput({ ...base, employmentAreaIds: [lahtiAreaId, helsinkiAreaId] }),
    });
    const revisionId = updateService.revision.id;
    expect([...updateService.revision.requiredEmploymentAreaIds].sort()).toEqual([lahtiAreaId, helsinkiAreaId].sort());
    expect(codeOf(await kymppiCoordinator.request(APPROVE_REVISION, { id: revisionId }))).toBe('NOT_FOUND');
    const byLahti = await lahtiCoordinator.data<{ approveServiceRevision: Revision }>(APPROVE_REVISION, { id: revisionId });
    expect(byLahti.approveServiceRevision).toMatchObject({ status: 'PENDING', approvedEmploymentAreaIds: [lahtiAreaId] });
    expect((await liveOf(id)).coverage.employmentAreaIds).toEqual([lahtiAreaId]);
    expect((await helsinkiCoordinator.data<{ serviceRevisionQueue: Revision[] }>(QUEUE)).serviceRevisionQueue.map((r) => r.id)).toContain(revisionId);
    expect((await lahtiCoordinator.data<{ serviceRevisionQueue: Revision[] }>(QUEUE)).serviceRevisionQueue.map((r) => r.id)).not.toContain(revisionId);
    const byHelsinki = await helsinkiCoordinator.data<{ approveServiceRevision: Revision }>(APPROVE_REVISION, { id: revisionId });
    expect(byHelsinki.approveServiceRevision.status).toBe('APPROVED');
    expect([...(await liveOf(id)).coverage.employmentAreaIds].sort()).toEqual([lahtiAreaId, helsinkiAreaId].sort());
  });

  it('tells the moderators who must still decide of a pending revision, and the provider of the decision, once each however often replayed', async () => {
    const base = { nameFi: 'Ohjattu työkokeilu Lahdessa', employmentAreaIds: [lahtiAreaId] };
    const id = await publish(base, lahtiCoordinator);
    const waiting = 'Palvelun muutos odottaa tarkastusta';
    const decided = 'Palvelusi muutos';
    const proposedName = 'Ohjattu työkokeilu Lahdessa ja Helsingissä';
    const { updateService } = await provider.data<{ updateService: { revision: Revision } }>(UPDATE, {
      id,
      input: serviceInput({ ...base, nameFi: proposedName, employmentAreaIds: [lahtiAreaId, helsinkiAreaId] }),
    });
    const revisionId = updateService.revision.id;

    // The coordinators of both areas of the proposed version, in the app; nobody else.
    const expected = [`${waiting}: ${proposedName}`];
    for (const moderator of [lahtiCoordinator, helsinkiCoordinator]) {
      await eventually(async () => (await titlesAbout(moderator, id, waiting)).length > 0);
      expect(await titlesAbout(moderator, id, waiting)).toEqual(expected);
    }
    const [notice] = (await noticesAbout(helsinkiCoordinator, id)).filter((n) => n.title.startsWith(waiting));
    expect(notice).toMatchObject({ type: 'SERVICE_SUBMITTED', body: expect.stringContaining('ehdottaa muutosta julkaistuun palveluun ”Ohjattu työkokeilu Lahdessa”') });
    expect(await titlesAbout(kymppiCoordinator, id, waiting)).toEqual([]);
    expect(await titlesAbout(admin, id, waiting)).toEqual([]);

    // A replayed event creates nothing twice.
    await replayTwice({ type: NotificationType.SERVICE_SUBMITTED, serviceId: id, serviceRevisionId: revisionId }, `revision-submitted-${revisionId}`);
    expect(await titlesAbout(helsinkiCoordinator, id, waiting)).toEqual(expected);
    expect(await titlesAbout(lahtiCoordinator, id, waiting)).toEqual(expected);

    // Both areas approve: the revision is applied and the provider hears of it, once.
    await lahtiCoordinator.data(APPROVE_REVISION, { id: revisionId });
    expect((await helsinkiCoordinator.data<{ approveServiceRevision: Revision }>(APPROVE_REVISION, { id: revisionId })).approveServiceRevision.status).toBe('APPROVED');
    await eventually(async () => (await titlesAbout(provider, id, decided)).length > 0);
    await replayTwice({ type: NotificationType.SERVICE_MODERATED, serviceId: id, serviceRevisionId: revisionId }, `revision-moderated-${revisionId}`);
    expect(await titlesAbout(provider, id, decided)).toEqual([`Palvelusi muutos hyväksyttiin: ${proposedName}`]);
    // Decided before the job ran: a late submission event tells no one (even with the earlier notices gone).
    await app.dataSource.query(`DELETE FROM notification WHERE event_key LIKE $1`, [`service-revision-submitted:${revisionId}:%`]);
    await replayTwice({ type: NotificationType.SERVICE_SUBMITTED, serviceId: id, serviceRevisionId: revisionId }, `revision-late-${revisionId}`);
    expect(await titlesAbout(helsinkiCoordinator, id, waiting)).toEqual([]);
    expect(await titlesAbout(lahtiCoordinator, id, waiting)).toEqual([]);

    // A rejected revision: the provider reads the reason.
    const next = await provider.data<{ updateService: { revision: Revision } }>(UPDATE, {
      id,
      input: serviceInput({ ...base, nameFi: proposedName, employmentAreaIds: [lahtiAreaId, helsinkiAreaId], phone: '03 814 2000' }),
    });
    const reason = 'Puhelinnumero ei ole palvelun oma.';
    await lahtiCoordinator.data(REJECT_REVISION, { id: next.updateService.revision.id, reason });
    await eventually(async () => (await titlesAbout(provider, id, decided)).length > 1);
    const rejected = (await noticesAbout(provider, id)).find((n) => n.title === `Palvelusi muutosta ei hyväksytty: ${proposedName}`);
    expect(rejected).toMatchObject({ type: 'SERVICE_MODERATED', body: expect.stringContaining(`Perustelu: ${reason}`) });
    await replayTwice({ type: NotificationType.SERVICE_MODERATED, serviceId: id, serviceRevisionId: next.updateService.revision.id }, `revision-rejected-${revisionId}`);
    expect((await titlesAbout(provider, id, decided)).sort()).toEqual([`Palvelusi muutos hyväksyttiin: ${proposedName}`, `Palvelusi muutosta ei hyväksytty: ${proposedName}`]);
  });
});
