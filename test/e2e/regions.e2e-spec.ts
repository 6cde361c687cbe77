import { anonymous, createApp, signIn, TestApp } from '@ytmt/test-kit';
import { Role } from '@ytmt/core';

describe('Regions over GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createApp();
  });
  afterAll(() => app.close());

  it('lists all 309 municipalities as a Relay connection and pages through them with cursors', async () => {
    const client = anonymous(app);
    const query = `query ($after: String) { municipalities(first: 100, after: $after) {
      totalCount edges { cursor node { code nameFi nameSv } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    const codes: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      type Page = {
        municipalities: {
          totalCount: number;
          edges: { node: { code: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
      const { municipalities }: Page = await client.data<Page>(query, { after });
      expect(municipalities.totalCount).toBe(309);
      codes.push(...municipalities.edges.map((e) => e.node.code));
      if (!municipalities.pageInfo.hasNextPage) break;
      after = municipalities.pageInfo.endCursor;
    }
    expect(codes).toHaveLength(309);
    expect(new Set(codes).size).toBe(309);
    expect([...codes].sort()).toEqual(codes);
  });

  it('resolves region, wellbeing county and employment area of a municipality', async () => {
    const { municipality } = await anonymous(app).data<{ municipality: Record<string, unknown> }>(
      `{ municipality(code: "398") { code nameFi nameSv region { nameFi } wellbeingCounty { code nameFi }
         employmentArea { code nameFi membersComplete } } }`,
    );
    expect(municipality).toEqual({
      code: '398',
      nameFi: 'Lahti',
      nameSv: 'Lahtis',
      region: { nameFi: 'Päijät-Häme' },
      wellbeingCounty: { code: '09', nameFi: 'Päijät-Hämeen hyvinvointialue' },
      employmentArea: { code: 'lahti', nameFi: 'Lahti (kunta järjestää yksin)', membersComplete: true },
    });
  });

  it('filters municipalities by name and by employment area', async () => {
    const client = anonymous(app);
    const byName = await client.data<{ municipalities: { totalCount: number; edges: { node: { nameFi: string } }[] } }>(
      '{ municipalities(first: 10, filter: { search: "Helsing" }) { totalCount edges { node { nameFi } } } }',
    );
    expect(byName.municipalities.edges.map((e) => e.node.nameFi)).toContain('Helsinki');

    const { employmentAreas } = await client.data<{ employmentAreas: { id: string; code: string; municipalities: { code: string }[] }[] }>(
      '{ employmentAreas { id code municipalities { code } } }',
    );
    const kymppi = employmentAreas.find((a) => a.code === 'kympin-tyollisyysalue');
    expect(kymppi?.municipalities).toHaveLength(10);
    const inArea = await client.data<{ municipalities: { totalCount: number } }>(
      'query ($id: ID!) { municipalities(first: 50, filter: { employmentAreaId: $id }) { totalCount } }',
      { id: kymppi?.id },
    );
    expect(inArea.municipalities.totalCount).toBe(10);
  });

  it('maps a postal code to its municipality', async () => {
    const { postalCode } = await anonymous(app).data<{ postalCode: { nameFi: string; municipality: { code: string; nameFi: string } } }>(
      '{ postalCode(code: "15110") { nameFi municipality { code nameFi } } }',
    );
    expect(postalCode.municipality).toEqual({ code: '398', nameFi: 'Lahti' });
    expect(postalCode.nameFi).toBe('Lahti');
  });

  it('answers bad input with BAD_USER_INPUT naming the field, and unknown codes with NOT_FOUND', async () => {
    const client = anonymous(app);
    const tooMany = await client.request('{ municipalities(first: 500) { totalCount } }');
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ path: 'first' })]);

    const badFilter = await client.request('{ municipalities(first: 5, filter: { wellbeingCountyCode: "x" }) { totalCount } }');
    expect(badFilter.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ path: 'filter.wellbeingCountyCode' })]);

    const badCode = await client.request('{ municipality(code: "12") { code } }');
    expect(badCode.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'code' }] });

    const unknownPostal = await client.request('{ postalCode(code: "00001") { code } }');
    expect(unknownPostal.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const badCursor = await client.request('{ municipalities(first: 5, after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(badCursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'after' }] });
    for (const result of [tooMany, badFilter, badCode, unknownPostal, badCursor]) {
      expect(result.status).toBeLessThan(500);
      expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|\.ts:\d+/);
    }
  });

  describe('employment areas are data that platform admins maintain', () => {
    it('lets a platform admin add an area and change its municipalities; others are FORBIDDEN', async () => {
      const admin = await signIn(app, Role.PLATFORM_ADMIN);
      const coordinator = await signIn(app, Role.COORDINATOR);
      const input = {
        code: 'tampereen-seutu-testi',
        nameFi: 'Tampereen seudun testialue',
        model: 'HOST_MUNICIPALITY',
        leadMunicipalityCode: '837',
        municipalityCodes: ['837', '211'],
        membersComplete: false,
      };
      const mutation = `mutation ($input: EmploymentAreaInput!) { createEmploymentArea(input: $input) {
        id code leadMunicipality { nameFi } municipalities { code } } }`;

      const forbidden = await coordinator.request(mutation, { input });
      expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const anonymousTry = await anonymous(app).request(mutation, { input });
      expect(anonymousTry.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

      const { createEmploymentArea } = await admin.data<{ createEmploymentArea: { id: string; municipalities: { code: string }[]; leadMunicipality: { nameFi: string } } }>(mutation, { input });
      expect(createEmploymentArea.municipalities.map((m) => m.code)).toEqual(['211', '837']);
      expect(createEmploymentArea.leadMunicipality.nameFi).toBe('Tampere');

      const updated = await admin.data<{ updateEmploymentArea: { municipalities: { code: string }[]; membersComplete: boolean } }>(
        `mutation ($id: ID!) { updateEmploymentArea(id: $id, input: { municipalityCodes: ["837", "211", "604"], membersComplete: true }) {
          membersComplete municipalities { code } } }`,
        { id: createEmploymentArea.id },
      );
      expect(updated.updateEmploymentArea).toEqual({ membersComplete: true, municipalities: [{ code: '211' }, { code: '604' }, { code: '837' }] });
      const { municipality } = await anonymous(app).data<{ municipality: { employmentArea: { code: string } } }>(
        '{ municipality(code: "604") { employmentArea { code } } }',
      );
      expect(municipality.employmentArea.code).toBe('tampereen-seutu-testi');
    });

    it('refuses a municipality that belongs to another area, an unknown code and a taken slug, changing nothing', async () => {
      const admin = await signIn(app, Role.PLATFORM_ADMIN);
      const mutation = 'mutation ($input: EmploymentAreaInput!) { createEmploymentArea(input: $input) { id } }';
      const base = { nameFi: 'Virheellinen alue', model: 'HOST_MUNICIPALITY', membersComplete: false };
      const before = await app.dataSource.query('SELECT count(*)::int AS n FROM employment_area');

      const taken = await admin.request(mutation, { input: { ...base, code: 'uusi-alue', municipalityCodes: ['091', '398'] } });
      expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'input.municipalityCodes[0]' }] });

      const unknown = await admin.request(mutation, { input: { ...base, code: 'uusi-alue', municipalityCodes: ['999'] } });
      expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.municipalityCodes[0]' }] });

      const slug = await admin.request(mutation, { input: { ...base, code: 'lahti', municipalityCodes: [] } });
      expect(slug.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'input.code' }] });

      const malformed = await admin.request(mutation, { input: { ...base, code: 'Ei Slug', municipalityCodes: ['12'] } });
      expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(malformed.errors?.[0].extensions?.fields?.map((f) => f.path).sort()).toEqual(['input.code', 'input.municipalityCodes']);

      expect(await app.dataSource.query('SELECT count(*)::int AS n FROM employment_area')).toEqual(before);
    });
  });
});
