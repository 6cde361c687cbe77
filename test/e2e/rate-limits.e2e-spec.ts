import { INestApplication } from '@nestjs/common';
import { createApiApplication } from '../../apps/api/src/bootstrap';
import { anonymous, createApp, GraphQLClient, TestApp } from '@ytmt/test-kit';

// Issue 11, point 12: limits per client address and per user on public fields, tighter on every
// operation that notifies people, counted in Redis so that they hold across API instances.
const LIMITS = {
  RATE_LIMIT_PUBLIC_PER_CLIENT: '5',
  RATE_LIMIT_PUBLIC_PER_USER: '7',
  RATE_LIMIT_NOTIFY_PER_USER: '3',
  RATE_LIMIT_NOTIFY_PER_CLIENT: '4',
  // The test stands for several clients by the address a (trusted, local) proxy reports.
  TRUST_PROXY: 'loopback',
};
const PUBLIC_QUERY = '{ employmentAreas { code } }';
const PROPOSE = 'mutation ($input: ProposeServicesInput!) { proposeServices(input: $input) { id } }';
const WITHDRAW = 'mutation ($id: ID!) { withdrawProposal(proposalId: $id) { status } }';

const from = (client: GraphQLClient, address: string) => client.withHeaders({ 'x-forwarded-for': address });

async function signInFrom(app: TestApp, email: string, address: string): Promise<GraphQLClient> {
  const { devLogin } = await from(anonymous(app), address).data<{ devLogin: { token: string } }>(
    'mutation ($email: String!) { devLogin(email: $email) { token } }',
    { email },
  );
  return new GraphQLClient(app.graphqlUrl, devLogin.token);
}

/** Sends the query until it is refused; returns how many were served and the refusal. */
async function untilRefused(client: GraphQLClient, query: string, variables: () => Record<string, unknown> = () => ({}), max = 30) {
  for (let served = 0; served < max; served++) {
    const result = await client.request<Record<string, unknown>>(query, variables());
    if (result.errors?.some((error) => error.extensions?.code === 'TOO_MANY_REQUESTS')) return { served, refusal: result };
    if (result.errors?.length) throw new Error(`Unexpected errors: ${JSON.stringify(result.errors)}`);
  }
  throw new Error(`Not refused within ${max} requests`);
}

describe('Rate limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createApp({ env: LIMITS });
  });
  afterAll(() => app?.close());

  it('refuses an anonymous client over its budget on public fields with HTTP 429 and retryAfter, other clients unaffected', async () => {
    const client = from(anonymous(app), '198.51.100.10');
    const { served, refusal } = await untilRefused(client, PUBLIC_QUERY);
    expect(served).toBe(5);
    expect(refusal.status).toBe(429);
    expect(refusal.data).toBeNull();
    expect(refusal.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMITED' });
    const retryAfter = refusal.errors?.[0].extensions?.['retryAfter'] as number;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(Number(refusal.headers.get('retry-after'))).toBe(retryAfter);

    const other = await from(anonymous(app), '198.51.100.11').request(PUBLIC_QUERY);
    expect(other.status).toBe(200);
    expect(other.errors).toBeUndefined();
  });

  it('counts every aliased field, so one request cannot multiply the budget', async () => {
    const aliases = Array.from({ length: 8 }, (_, i) => `a${i}: employmentAreas { code }`).join(' ');
    const result = await from(anonymous(app), '198.51.100.20').request(`{ ${aliases} }`);
    expect(result.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(result.status).toBe(429);
  });

  it('applies to the public HSDS API as HTTP 429, but never to /health', async () => {
    const get = (path: string) => fetch(`${app.url}${path}`, { headers: { 'x-forwarded-for': '198.51.100.30' } });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await get('/hsds/services')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = await get('/hsds/services');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('TOO_MANY_REQUESTS');
    for (let i = 0; i < 10; i++) expect((await get('/health')).status).toBe(200);
  });

  it('counts a signed-in user by user, whichever address they call from', async () => {
    const coordinator = await signInFrom(app, 'koordinaattori.lahti@ytmt.example', '198.51.100.40');
    let served = 0;
    let refusal: Awaited<ReturnType<GraphQLClient['request']>> | undefined;
    for (let i = 0; i < 12 && !refusal; i++) {
      // A new address for every call: the user's own budget still runs out.
      const result = await from(coordinator, `203.0.113.${i + 1}`).request(PUBLIC_QUERY);
      if (result.errors?.[0].extensions?.code === 'TOO_MANY_REQUESTS') refusal = result;
      else served++;
    }
    expect(served).toBe(7);
    expect(refusal?.status).toBe(429);
    // Anonymous callers at those addresses have budgets of their own.
    expect((await from(anonymous(app), '203.0.113.1').request(PUBLIC_QUERY)).errors).toBeUndefined();
  });

  it('holds across API instances sharing Redis', async () => {
    const second: INestApplication = await createApiApplication(app.config);
    await second.listen(0, '127.0.0.1');
    try {
      const secondUrl = `http://127.0.0.1:${(second.getHttpServer().address() as { port: number }).port}/graphql`;
      const instances = [from(anonymous(app), '198.51.100.50'), from(new GraphQLClient(secondUrl), '198.51.100.50')];
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 6; i++) codes.push((await instances[i % 2].request(PUBLIC_QUERY)).errors?.[0].extensions?.code);
      expect(codes).toEqual([undefined, undefined, undefined, undefined, undefined, 'TOO_MANY_REQUESTS']);
    } finally {
      await second.close();
    }
  });

  describe('operations that notify people', () => {
    let provider: GraphQLClient;
    let otherProvider: GraphQLClient;
    let needId: string;
    let serviceId: string;
    let otherServiceId: string;

    beforeAll(async () => {
      // Set-up from addresses of its own, away from the budgets the tests use.
      const employer = await signInFrom(app, 'tyonantaja.lahti@ytmt.example', '192.0.2.1');
      const coordinator = await signInFrom(app, 'koordinaattori.lahti@ytmt.example', '192.0.2.2');
      provider = await signInFrom(app, 'palveluntuottaja.saatio@ytmt.example', '192.0.2.3');
      otherProvider = await signInFrom(app, 'palveluntuottaja.yritys@ytmt.example', '192.0.2.4');
      const [{ id: lahtiArea }] = await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'lahti'`);
      const publish = async (client: GraphQLClient, nameFi: string) => {
        const { createService } = await from(client, '192.0.2.5').data<{ createService: { id: string } }>(
          'mutation ($input: ServiceInput!) { createService(input: $input) { id } }',
          {
            input: {
              nameFi,
              summaryFi: 'Räätälöity koulutus ja perehdytys työnantajan tarpeeseen.',
              descriptionFi: 'Suunnittelemme koulutuksen yhdessä työnantajan kanssa ja toteutamme sen työpaikalla.',
              audience: 'EMPLOYERS',
              categoryCodes: ['STAFF_DEVELOPMENT'],
              targetGroupCodes: [],
              isNational: false,
              employmentAreaIds: [lahtiArea],
              municipalityCodes: [],
              locations: [],
              deliveryMode: 'ON_SITE',
              languages: ['fi'],
              isFree: true,
              costOptions: [],
            },
          },
        );
        await from(client, '192.0.2.5').data('mutation ($id: ID!) { submitService(id: $id) { status } }', { id: createService.id });
        await from(coordinator, '192.0.2.5').data('mutation ($id: ID!) { approveService(id: $id) { status } }', { id: createService.id });
        return createService.id;
      };
      serviceId = await publish(provider, 'Perehdytyksen tuki Päijät-Hämeessä');
      otherServiceId = await publish(otherProvider, 'Työpaikkakouluttajan valmennus');
      const [{ id: companyId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
      ({
        createNeed: { id: needId },
      } = await from(employer, '192.0.2.5').data<{ createNeed: { id: string } }>(
        'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }',
        {
          companyId,
          input: {
            kinds: ['RECRUITMENT', 'COMPETENCE_DEVELOPMENT'],
            title: 'Koneistaja Lahteen',
            description: 'Haemme koneistajaa ja tarvitsemme apua perehdytykseen sekä koulutukseen.',
            municipalityCode: '398',
            remote: false,
            positions: 1,
            measuresOpenTo: ['APPRENTICESHIP'],
            visibility: 'COORDINATORS_AND_PROVIDERS',
          },
        },
      ));
    }, 120_000);

    const proposalsReceived = async () =>
      (
        await app.dataSource.query(
          `SELECT count(*)::int AS n FROM outbox_event WHERE payload->>'type' = 'PROPOSAL_RECEIVED'`,
        )
      )[0].n as number;

    it('stops a propose/withdraw loop before it floods the employer with e-mail', async () => {
      const client = from(provider, '198.51.100.60');
      const before = await proposalsReceived();
      let proposed = 0;
      let refusal: Awaited<ReturnType<GraphQLClient['request']>> | undefined;
      for (let round = 0; round < 10 && !refusal; round++) {
        const result = await client.request<{ proposeServices: { id: string }[] }>(PROPOSE, {
          input: { needId, serviceIds: [serviceId], message: 'Tarjoamme perehdytyksen tukea koneistajalle.' },
        });
        if (result.errors?.[0].extensions?.code === 'TOO_MANY_REQUESTS') {
          refusal = result;
          break;
        }
        expect(result.errors).toBeUndefined();
        proposed++;
        const withdrawn = await client.request(WITHDRAW, { id: result.data?.proposeServices[0].id });
        expect(withdrawn.errors).toBeUndefined();
      }
      expect(proposed).toBe(3);
      expect(refusal?.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMITED' });
      expect(refusal?.errors?.[0].extensions?.['retryAfter']).toBeGreaterThan(60);
      expect(refusal?.status).toBe(429);
      // Only the proposals let through notify anyone.
      expect((await proposalsReceived()) - before).toBe(3);

      // A new address does not reset the user's budget.
      const elsewhere = await from(provider, '198.51.100.61').request(PROPOSE, {
        input: { needId, serviceIds: [serviceId], message: 'Tarjoamme perehdytyksen tukea koneistajalle.' },
      });
      expect(elsewhere.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    });

    it('limits a client address too, whichever account it uses', async () => {
      // 198.51.100.60 has used 3 of its 4 proposals (a refusal by the user's budget does not count).
      const client = from(otherProvider, '198.51.100.60');
      const input = { needId, serviceIds: [otherServiceId], message: 'Valmennamme työpaikkakouluttajan.' };
      const fourth = await client.request<{ proposeServices: { id: string }[] }>(PROPOSE, { input });
      expect(fourth.errors).toBeUndefined();
      expect((await client.request(WITHDRAW, { id: fourth.data?.proposeServices[0].id })).errors).toBeUndefined();
      const fifth = await client.request(PROPOSE, { input });
      expect(fifth.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
      // The same account from another address is served: it has used 1 of its own 3.
      const elsewhere = await from(otherProvider, '198.51.100.62').request(PROPOSE, { input });
      expect(elsewhere.errors).toBeUndefined();
    });
  });
});
