import { QueueName, QueueRegistry, Role } from '@ytmt/core';
import { NOTIFY_JOB, NotificationType } from '@ytmt/events';
import { createApp, eventually, GraphQLClient, ReceivedMail, signIn, startSmtpServer, TestApp } from '@ytmt/test-kit';
import type { SMTPServer } from 'smtp-server';

const PROPOSAL_FIELDS = 'id needId serviceId serviceName providerName message status answerReason price { amount currency unit } createdAt answeredAt withdrawnAt';
const PROPOSE = `mutation ($input: ProposeServicesInput!) { proposeServices(input: $input) { ${PROPOSAL_FIELDS} } }`;
const ANSWER = `mutation ($input: AnswerProposalInput!) { answerProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawProposal(proposalId: $id) { ${PROPOSAL_FIELDS} } }`;
const NEED_PROPOSALS = `query ($needId: ID!) { needProposals(needId: $needId) { ${PROPOSAL_FIELDS} } }`;
const CREATE_NEED = 'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }';
const READ_NEED = 'query ($id: ID!) { need(id: $id) { id title stage } }';

interface Proposal {
  id: string;
  status: string;
  answerReason: string | null;
  price: { amount: number; currency: string; unit: string | null } | null;
  createdAt: string;
  answeredAt: string | null;
  withdrawnAt: string | null;
}

const needInput = (municipalityCode: string, visibility: string, title: string) => ({
  kinds: ['RECRUITMENT', 'COMPETENCE_DEVELOPMENT'],
  title,
  description: 'Haemme koneistajaa ja tarvitsemme apua perehdytykseen sekä koulutukseen.',
  municipalityCode,
  remote: false,
  positions: 1,
  measuresOpenTo: ['APPRENTICESHIP'],
  visibility,
});

const serviceInput = (areaId: string, nameFi: string, isFree: boolean) => ({
  nameFi,
  summaryFi: 'Räätälöity koulutus ja perehdytys työnantajan tarpeeseen.',
  descriptionFi: 'Suunnittelemme koulutuksen yhdessä työnantajan kanssa ja toteutamme sen työpaikalla.',
  audience: 'EMPLOYERS',
  categoryCodes: ['STAFF_DEVELOPMENT'],
  targetGroupCodes: [],
  isNational: false,
  employmentAreaIds: [areaId],
  municipalityCodes: [],
  locations: [],
  deliveryMode: 'ON_SITE',
  languages: ['fi'],
  isFree,
  costOptions: isFree ? [] : [{ amount: 450, currency: 'EUR', unit: 'per osallistuja' }],
});

describe('Market place: proposals and forwards end to end', () => {
  let app: TestApp;
  let employer: GraphQLClient;
  let otherEmployer: GraphQLClient;
  let coordinator: GraphQLClient;
  let helsinkiCoordinator: GraphQLClient;
  let provider: GraphQLClient;
  let otherProvider: GraphQLClient;
  let lahtiNeed: string;
  let helsinkiNeed: string;
  let freeService: string;
  let paidService: string;
  const mails: ReceivedMail[] = [];
  let smtp: SMTPServer;

  beforeAll(async () => {
    const started = await startSmtpServer(mails);
    smtp = started.server;
    app = await createApp({ worker: true, env: { SMTP_URL: `smtp://127.0.0.1:${started.port}` } });
    employer = await signIn(app, Role.EMPLOYER_USER);
    otherEmployer = await signIn(app, 'tyonantaja.helsinki@ytmt.example');
    coordinator = await signIn(app, Role.COORDINATOR);
    helsinkiCoordinator = await signIn(app, 'koordinaattori.helsinki@ytmt.example');
    provider = await signIn(app, 'palveluntuottaja.saatio@ytmt.example');
    otherProvider = await signIn(app, 'palveluntuottaja.yritys@ytmt.example');
    const [{ id: lahtiArea }] = await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'lahti'`);
    const publish = async (name: string, isFree: boolean) => {
      const { createService } = await provider.data<{ createService: { id: string } }>('mutation ($input: ServiceInput!) { createService(input: $input) { id } }', {
        input: serviceInput(lahtiArea, name, isFree),
      });
      await provider.data('mutation ($id: ID!) { submitService(id: $id) { status } }', { id: createService.id });
      await coordinator.data('mutation ($id: ID!) { approveService(id: $id) { status } }', { id: createService.id });
      return createService.id;
    };
    freeService = await publish('Perehdytyksen tuki Päijät-Hämeessä', true);
    paidService = await publish('Koneistajan täsmäkoulutus', false);
    const [{ id: konepajaId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
    lahtiNeed = (await employer.data<{ createNeed: { id: string } }>(CREATE_NEED, { companyId: konepajaId, input: needInput('398', 'COORDINATORS_AND_PROVIDERS', 'Koneistaja Lahteen') })).createNeed.id;
    helsinkiNeed = (await employer.data<{ createNeed: { id: string } }>(CREATE_NEED, { companyId: konepajaId, input: needInput('091', 'COORDINATORS_AND_PROVIDERS', 'Koneistaja Helsingin toimipisteeseen') }))
      .createNeed.id;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('shows a provider whose service covers Lahti the Lahti need, not the Helsinki one', async () => {
    expect((await provider.data<{ need: { title: string } }>(READ_NEED, { id: lahtiNeed })).need.title).toBe('Koneistaja Lahteen');
    expect((await provider.request(READ_NEED, { id: helsinkiNeed })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const refused = await provider.request(PROPOSE, { input: { needId: helsinkiNeed, serviceIds: [freeService], message: 'Voimme auttaa perehdytyksessä.' } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ path: 'input.needId' }] });
  });

  it('refuses bad proposals, naming the field and writing nothing', async () => {
    const count = async () => (await app.dataSource.query('SELECT count(*)::int AS n FROM proposal'))[0].n as number;
    const before = await count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ serviceIds: [paidService], message: 'Tarjoamme koulutuksen.' }, 'input.price', 'BAD_USER_INPUT'],
      [{ serviceIds: [paidService], message: 'Tarjoamme koulutuksen.', price: { amount: -5, currency: 'EUR' } }, 'input.price.amount', 'BAD_USER_INPUT'],
      [{ serviceIds: [paidService], message: 'Tarjoamme koulutuksen.', price: { amount: 5, currency: 'euro' } }, 'input.price.currency', 'BAD_USER_INPUT'],
      [{ serviceIds: [], message: 'Tarjoamme koulutuksen.' }, 'input.serviceIds', 'BAD_USER_INPUT'],
      [{ serviceIds: [freeService], message: 'lyhyt' }, 'input.message', 'BAD_USER_INPUT'],
    ];
    for (const [input, path, code] of cases) {
      const result = await provider.request(PROPOSE, { input: { needId: lahtiNeed, ...input } });
      expect(result.errors?.[0].extensions?.code).toBe(code);
      expect(result.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    }
    // Another provider's service, proposed by someone else.
    const foreign = await otherProvider.request(PROPOSE, { input: { needId: lahtiNeed, serviceIds: [freeService], message: 'Tarjoamme koulutuksen.' } });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', fields: [{ path: 'input.serviceIds[0]' }] });
    expect(await count()).toBe(before);
  });

  it('lets the provider propose, the employer and coordinators see it, and the employer answer once', async () => {
    const { proposeServices } = await provider.data<{ proposeServices: Proposal[] }>(PROPOSE, {
      input: { needId: lahtiNeed, serviceIds: [freeService, paidService], message: 'Tarjoamme perehdytyksen ja täsmäkoulutuksen.', price: { amount: 450, currency: 'EUR', unit: 'per osallistuja' } },
    });
    expect(proposeServices.map((p) => p.status)).toEqual(['OPEN', 'OPEN']);
    const [free, paid] = proposeServices;
    expect(free.price).toBeNull();
    expect(paid.price).toEqual({ amount: 450, currency: 'EUR', unit: 'per osallistuja' });
    const again = await provider.request(PROPOSE, { input: { needId: lahtiNeed, serviceIds: [freeService], message: 'Tarjoamme perehdytyksen uudelleen.' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'input.serviceIds[0]' }] });

    for (const client of [employer, coordinator]) {
      const seen = await client.data<{ needProposals: Proposal[] }>(NEED_PROPOSALS, { needId: lahtiNeed });
      expect(seen.needProposals.map((p) => p.id).sort()).toEqual([free.id, paid.id].sort());
    }
    expect((await otherEmployer.request(NEED_PROPOSALS, { needId: lahtiNeed })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await helsinkiCoordinator.request(NEED_PROPOSALS, { needId: lahtiNeed })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await otherProvider.data<{ needProposals: Proposal[] }>(NEED_PROPOSALS, { needId: lahtiNeed })).needProposals).toEqual([]);
    expect((await coordinator.request(ANSWER, { input: { proposalId: free.id, accept: true } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await otherEmployer.request(ANSWER, { input: { proposalId: free.id, accept: true } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const declined = await employer.data<{ answerProposal: Proposal }>(ANSWER, { input: { proposalId: paid.id, accept: false, reason: 'Koulutus on jo hankittu.' } });
    expect(declined.answerProposal).toMatchObject({ status: 'DECLINED', answerReason: 'Koulutus on jo hankittu.' });
    expect(declined.answerProposal.answeredAt).not.toBeNull();
    const late = await employer.request(ANSWER, { input: { proposalId: paid.id, accept: true } });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'input.proposalId' }] });
    expect((await provider.request(WITHDRAW, { id: paid.id })).errors?.[0].extensions?.code).toBe('CONFLICT');

    const accepted = await employer.data<{ answerProposal: Proposal }>(ANSWER, { input: { proposalId: free.id, accept: true } });
    expect(accepted.answerProposal.status).toBe('ACCEPTED');
    const need = await employer.data<{ need: { stage: string } }>(READ_NEED, { id: lahtiNeed });
    expect(need.need.stage).toBe('PACKAGED');
  });

  it('notifies the employer of a proposal in the app and by e-mail exactly once, even when the job is replayed', async () => {
    const { needProposals } = await employer.data<{ needProposals: { id: string; serviceName: string }[] }>(NEED_PROPOSALS, { needId: lahtiNeed });
    const toEmployer = () => mails.filter((mail) => mail.envelopeTo.includes('tyonantaja.lahti@ytmt.example'));
    await eventually(async () => toEmployer().length >= needProposals.length, 10_000);
    const inbox = async () =>
      (await employer.data<{ notifications: { unreadCount: number; edges: { node: { type: string; subject: { proposalId: string | null } } }[] } }>(
        '{ notifications(first: 50) { unreadCount edges { node { type subject { proposalId } } } } }',
      )).notifications;
    const received = (await inbox()).edges.filter((e) => e.node.type === 'PROPOSAL_RECEIVED');
    expect(received.map((e) => e.node.subject.proposalId).sort()).toEqual(needProposals.map((p) => p.id).sort());

    // Replay the event of the first proposal twice, straight into the queue.
    const queue = app.app.get(QueueRegistry).get(QueueName.NOTIFICATIONS);
    for (const jobId of ['replay-1', 'replay-2']) {
      await queue.add(NOTIFY_JOB, { type: NotificationType.PROPOSAL_RECEIVED, proposalId: needProposals[0].id }, { jobId });
    }
    await eventually(async () => {
      const states = await Promise.all(['replay-1', 'replay-2'].map(async (id) => (await queue.getJob(id))?.getState()));
      return states.every((state) => state === 'completed');
    }, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(toEmployer()).toHaveLength(needProposals.length);
    expect((await inbox()).edges.filter((e) => e.node.type === 'PROPOSAL_RECEIVED')).toHaveLength(needProposals.length);
    expect(toEmployer().every((mail) => mail.subject.startsWith('Uusi palvelutarjous tarpeeseen Koneistaja Lahteen'))).toBe(true);
    // The provider hears of the answers to its proposals, once each, and never of the proposals themselves.
    const toProvider = () => mails.filter((mail) => mail.envelopeTo.includes('palveluntuottaja.saatio@ytmt.example')).map((mail) => mail.subject);
    await eventually(async () => toProvider().filter((subject) => subject.startsWith('Tarjou')).length >= 2, 10_000);
    expect(toProvider().filter((subject) => subject.startsWith('Tarjou')).sort()).toEqual([
      'Tarjouksesi hyväksyttiin: Perehdytyksen tuki Päijät-Hämeessä',
      'Tarjoustasi ei hyväksytty: Koneistajan täsmäkoulutus',
    ]);
    expect(toProvider().filter((subject) => subject.startsWith('Uusi palvelutarjous'))).toEqual([]);
  });

  it('lets the provider withdraw an open proposal, and only its own', async () => {
    const { proposeServices } = await provider.data<{ proposeServices: Proposal[] }>(PROPOSE, {
      input: { needId: lahtiNeed, serviceIds: [paidService], message: 'Uusi tarjous koulutuksesta.', price: { amount: 400, currency: 'EUR' } },
    });
    expect((await otherProvider.request(WITHDRAW, { id: proposeServices[0].id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const withdrawn = await provider.data<{ withdrawProposal: Proposal }>(WITHDRAW, { id: proposeServices[0].id });
    expect(withdrawn.withdrawProposal.status).toBe('WITHDRAWN');
    expect(withdrawn.withdrawProposal.withdrawnAt).not.toBeNull();
    const answer = await employer.request(ANSWER, { input: { proposalId: proposeServices[0].id, accept: true } });
    expect(answer.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('makes a forwarded need visible to the chosen provider only, and records the forward', async () => {
    const [{ id: rekryId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Rekrytointipalvelu Uusi Suunta Oy'`);
    expect((await otherProvider.request(READ_NEED, { id: helsinkiNeed })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const forward = 'mutation ($input: ForwardNeedInput!) { forwardNeed(input: $input) { id providerName message } }';
    expect((await employer.request(forward, { input: { needId: helsinkiNeed, providerId: rekryId } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const made = await coordinator.data<{ forwardNeed: { providerName: string } }>(forward, {
      input: { needId: helsinkiNeed, providerId: rekryId, message: 'Voisitteko auttaa tämän rekrytoinnin kanssa?' },
    });
    expect(made.forwardNeed.providerName).toBe('Rekrytointipalvelu Uusi Suunta Oy');
    const twice = await coordinator.request(forward, { input: { needId: helsinkiNeed, providerId: rekryId } });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'input.providerId' }] });

    expect((await otherProvider.data<{ need: { title: string } }>(READ_NEED, { id: helsinkiNeed })).need.title).toBe('Koneistaja Helsingin toimipisteeseen');
    const forwarded = await otherProvider.data<{ forwardedNeeds: { need: { id: string }; forward: { message: string } }[] }>('{ forwardedNeeds { need { id } forward { message } } }');
    expect(forwarded.forwardedNeeds).toEqual([{ need: { id: helsinkiNeed }, forward: { message: 'Voisitteko auttaa tämän rekrytoinnin kanssa?' } }]);
    expect((await provider.request(READ_NEED, { id: helsinkiNeed })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await provider.data<{ forwardedNeeds: unknown[] }>('{ forwardedNeeds { forward { id } } }')).forwardedNeeds).toEqual([]);
    const recorded = await employer.data<{ needForwards: { providerName: string }[] }>('query ($needId: ID!) { needForwards(needId: $needId) { providerName } }', { needId: helsinkiNeed });
    expect(recorded.needForwards).toEqual([{ providerName: 'Rekrytointipalvelu Uusi Suunta Oy' }]);
  });
});
