import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { createApp, TestApp } from '@ytmt/test-kit';

// The official HSDS 3.0 schemas, copied into the repository (see test/fixtures/hsds-3.0/README.md).
const SCHEMA_DIR = join(__dirname, '..', 'fixtures', 'hsds-3.0');
const UPSTREAM = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';
const SCHEMAS: Record<string, string> = {
  'service.json': 'compiled/service.json',
  'service_list.json': 'compiled/service_list.json',
  'organization.json': 'compiled/organization.json',
  'organization_list.json': 'compiled/organization_list.json',
  'taxonomy.json': 'taxonomy.json',
  'taxonomy_term.json': 'taxonomy_term.json',
  'metadata.json': 'metadata.json',
};
const PAGE_FIELDS = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'];

type Json = Record<string, unknown>;

function readJson(file: string): Json {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as Json;
}

interface Validators {
  service: ValidateFunction;
  organization: ValidateFunction;
  servicePage: ValidateFunction;
  organizationPage: ValidateFunction;
  taxonomyPage: ValidateFunction;
  taxonomyTermPage: ValidateFunction;
}

function buildValidators(): Validators {
  const ajv = new Ajv2020({ allErrors: true });
  // The schemas double as Frictionless table descriptions; these keywords carry no validation.
  ajv.addVocabulary(['name', 'path', 'datapackage_metadata', 'datapackage_type', 'constraints', 'example', 'core', 'tabular_required']);
  addFormats(ajv);
  // The files carry no $id; their upstream URLs are what the OpenAPI document and the relative
  // $refs ("taxonomy.json", "metadata.json") resolve against.
  for (const [file, upstreamPath] of Object.entries(SCHEMAS)) ajv.addSchema({ ...readJson(file), $id: `${UPSTREAM}${upstreamPath}` });
  const openapi = readJson('openapi.json') as { components: { schemas: { Page: Json } } };
  ajv.addSchema({ ...openapi.components.schemas.Page, $id: `${UPSTREAM}openapi.json/Page` });
  // A list response is the OpenAPI Page plus `contents`, as the HSDS OpenAPI composes it. Page
  // itself requires no field; the export promises them all, so the test requires them.
  const page = (item: string) =>
    ajv.compile({
      $ref: `${UPSTREAM}openapi.json/Page`,
      type: 'object',
      required: PAGE_FIELDS,
      properties: { contents: { type: 'array', items: { $ref: `${UPSTREAM}${item}` } } },
    });
  return {
    service: ajv.compile({ $ref: `${UPSTREAM}compiled/service.json` }),
    organization: ajv.compile({ $ref: `${UPSTREAM}compiled/organization.json` }),
    servicePage: page('compiled/service_list.json'),
    organizationPage: page('compiled/organization_list.json'),
    taxonomyPage: page('taxonomy.json'),
    taxonomyTermPage: page('taxonomy_term.json'),
  };
}

function expectValid(validate: ValidateFunction, body: unknown): void {
  const valid = validate(body);
  expect(valid ? [] : validate.errors).toEqual([]);
}

interface Page<T = Json> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

interface ErrorBody {
  error: { code: string; reason: string; message: string; fields: { path: string; message: string }[] };
}

describe('HSDS 3.0 export over REST', () => {
  let app: TestApp;
  let validators: Validators;
  let providerId: string;
  let otherProviderId: string;
  let draftOnlyProviderId: string;
  let editorId: string;
  let publishedId: string;
  let secondPublishedId: string;
  let otherPublishedId: string;
  let draftId: string;
  let archivedId: string;
  let submittedId: string;
  let jobCoachingId: string;
  let partialWorkAbilityId: string;

  async function get<T = Json>(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
    const response = await fetch(`${app.url}${path}`, { headers });
    return { status: response.status, body: (await response.json()) as T };
  }

  async function insertService(organizationId: string, status: string, nameFi: string, extra: Json = {}): Promise<string> {
    const columns: Json = {
      organization_id: organizationId,
      status,
      name_fi: nameFi,
      summary_fi: `${nameFi}: lyhyt kuvaus.`,
      description_fi: `${nameFi}: pitkä kuvaus palvelusta.`,
      audience: 'EMPLOYERS',
      delivery_mode: 'ON_SITE',
      languages: ['fi'],
      published_at: status === 'PUBLISHED' ? new Date('2026-11-03T10:30:00Z') : null,
      ...extra,
    };
    const names = Object.keys(columns);
    const [{ id }] = (await app.dataSource.query(
      `INSERT INTO service (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      Object.values(columns),
    )) as { id: string }[];
    return id;
  }

  async function organizationId(name: string): Promise<string> {
    const [{ id }] = (await app.dataSource.query('SELECT id FROM organization WHERE name = $1', [name])) as { id: string }[];
    return id;
  }

  async function publishedInDatabase(): Promise<string[]> {
    const rows = (await app.dataSource.query(`SELECT id FROM service WHERE status = 'PUBLISHED'`)) as { id: string }[];
    return rows.map((row) => row.id).sort();
  }

  beforeAll(async () => {
    app = await createApp();
    validators = buildValidators();
    providerId = await organizationId('Päijät-Hämeen Työvalmennussäätiö sr');
    otherProviderId = await organizationId('Rekrytointipalvelu Uusi Suunta Oy');
    // An organisation of our own, so that demo data can never give it a published service.
    [{ id: draftOnlyProviderId }] = (await app.dataSource.query(
      `INSERT INTO organization (name, sector, type, home_municipality_code) VALUES ('Hollolan Pajaosuuskunta', 'THIRD_SECTOR', 'COOPERATIVE', '098') RETURNING id`,
    )) as { id: string }[];
    [{ id: editorId }] = (await app.dataSource.query(`SELECT id FROM app_user WHERE email = 'palveluntuottaja.saatio@ytmt.example'`)) as {
      id: string;
    }[];
    const terms = (await app.dataSource.query(
      `SELECT id, code FROM taxonomy_term WHERE code IN ('JOB_COACHING', 'PARTIAL_WORK_ABILITY')`,
    )) as { id: string; code: string }[];
    jobCoachingId = terms.find((t) => t.code === 'JOB_COACHING')?.id as string;
    partialWorkAbilityId = terms.find((t) => t.code === 'PARTIAL_WORK_ABILITY')?.id as string;
    const [{ id: lahtiAreaId }] = (await app.dataSource.query(`SELECT id FROM employment_area WHERE code = 'lahti'`)) as { id: string }[];

    await app.dataSource.query(`UPDATE organization SET email = 'info@tyovalmennus.example', phone = '+358 3 123 4567' WHERE id = $1`, [providerId]);

    publishedId = await insertService(providerId, 'PUBLISHED', 'Työhönvalmennus osatyökykyisille', {
      name_sv: 'Jobbcoachning för personer med partiell arbetsförmåga',
      name_en: 'Job coaching for people with partial work ability',
      summary_en: 'A coach supports job search and the first weeks at work.',
      description_sv: 'Jobbcoachen kartlägger kompetensen och söker en lämplig arbetsplats.',
      audience: 'BOTH',
      delivery_mode: 'HYBRID',
      languages: ['fi', 'sv'],
      is_free: false,
      eligibility_fi: 'Lahden seudulla asuvat työnhakijat',
      minimum_age: 18,
      maximum_age: 64,
      how_to_take_part_fi: 'Ota yhteyttä työllisyyspalveluihin tai suoraan säätiöön.',
      capacity: 12,
      schedule_fi: 'ma–pe 8–16, alkaa 1.2.2027',
      url: 'https://tyovalmennus.example/tyohonvalmennus',
      email: 'valmennus@tyovalmennus.example',
      phone: '+358 44 765 4321',
      rejection_reason: 'Aiempi moderointihuomautus, ei julkinen',
    });
    await app.dataSource.query(`INSERT INTO service_taxonomy_term (service_id, taxonomy_term_id) VALUES ($1, $2), ($1, $3)`, [
      publishedId,
      jobCoachingId,
      partialWorkAbilityId,
    ]);
    await app.dataSource.query(
      `INSERT INTO service_area (service_id, employment_area_id, municipality_code) VALUES ($1, $2, NULL), ($1, NULL, '398')`,
      [publishedId, lahtiAreaId],
    );
    await app.dataSource.query(
      `INSERT INTO service_location (service_id, name, street_address, postal_code, municipality_code, latitude, longitude, accessibility_fi)
       VALUES ($1, 'Valmennuskeskus Ankkuri', 'Rautatienkatu 22', '15110', '398', 60.9827, 25.6615, 'Esteetön sisäänkäynti pihan puolelta')`,
      [publishedId],
    );
    await app.dataSource.query(
      `INSERT INTO service_cost_option (service_id, amount, currency, unit, description_fi)
       VALUES ($1, 120.50, 'EUR', 'per valmennuspäivä', 'Työnantajalle, jos palkkatukea ei myönnetä'), ($1, NULL, NULL, NULL, 'Työnhakijalle maksuton')`,
      [publishedId],
    );
    await app.dataSource.query(
      `INSERT INTO service_change (service_id, action_type, field_name, previous_value, new_value, changed_by_user_id, changed_at) VALUES
         ($1, 'status', 'status', '"SUBMITTED"', '"PUBLISHED"', $2, '2026-11-03T10:30:00Z'),
         ($1, 'update', 'nameFi', '"Työhönvalmennus"', '"Työhönvalmennus osatyökykyisille"', $2, '2026-11-05T09:15:00Z')`,
      [publishedId, editorId],
    );

    secondPublishedId = await insertService(providerId, 'PUBLISHED', 'Työkokeilu pajalla', { is_national: true });
    otherPublishedId = await insertService(otherProviderId, 'PUBLISHED', 'Rekrytointiapu pienille yrityksille', { is_free: false });
    draftId = await insertService(providerId, 'DRAFT', 'Keskeneräinen luonnos');
    submittedId = await insertService(draftOnlyProviderId, 'SUBMITTED', 'Tarkastettavana oleva pajapalvelu');
    archivedId = await insertService(draftOnlyProviderId, 'ARCHIVED', 'Päättynyt pajajakso', { archived_at: new Date() });
  });
  afterAll(() => app?.close());

  describe('GET /hsds/services', () => {
    it('pages through published services only, each page valid against the HSDS schemas', async () => {
      const published = await publishedInDatabase();
      expect(published).toEqual(expect.arrayContaining([publishedId, secondPublishedId, otherPublishedId]));
      const seen: string[] = [];
      let page = 1;
      for (;;) {
        const { status, body } = await get<Page>(`/hsds/services?page=${page}&per_page=2`);
        expect(status).toBe(200);
        expectValid(validators.servicePage, body);
        expect(body).toMatchObject({
          total_items: published.length,
          total_pages: Math.ceil(published.length / 2),
          page_number: page,
          first_page: page === 1,
          empty: false,
        });
        expect(body.size).toBe(body.contents.length);
        expect(body.size).toBeLessThanOrEqual(2);
        seen.push(...body.contents.map((service) => service['id'] as string));
        expect(body.contents.every((service) => service['status'] === 'active')).toBe(true);
        if (body.last_page) break;
        page++;
      }
      expect(page).toBe(Math.ceil(published.length / 2));
      expect([...seen].sort()).toEqual(published);
      expect(new Set(seen).size).toBe(seen.length);
      for (const hidden of [draftId, submittedId, archivedId]) expect(seen).not.toContain(hidden);
    });

    it('gives every published service, demo data included, as a valid fully nested HSDS service', async () => {
      for (const id of await publishedInDatabase()) {
        const { status, body } = await get<Json>(`/hsds/services/${id}`);
        expect(status).toBe(200);
        expectValid(validators.service, body);
      }
    });

    it('lists the one-to-one fields and the provider, and answers past the end with an empty page', async () => {
      const { body } = await get<Page>('/hsds/services?per_page=100');
      const listed = body.contents.find((service) => service['id'] === publishedId);
      expect(listed).toMatchObject({
        organization_id: providerId,
        name: 'Työhönvalmennus osatyökykyisille',
        alternate_name: 'Jobbcoachning för personer med partiell arbetsförmåga',
        organization: { id: providerId, name: 'Päijät-Hämeen Työvalmennussäätiö sr', description: 'Säätiö, kolmas sektori, kotikunta Lahti' },
      });
      expect(listed).not.toHaveProperty('phones');

      const beyond = await get<Page>('/hsds/services?page=99&per_page=100');
      expect(beyond.status).toBe(200);
      expectValid(validators.servicePage, beyond.body);
      expect(beyond.body).toMatchObject({ page_number: 99, size: 0, empty: true, last_page: true, first_page: false, contents: [] });
    });

    it.each([
      ['page=0', 'page'],
      ['page=-1', 'page'],
      ['page=1.5', 'page'],
      ['page=eka', 'page'],
      ['page=1&page=2', 'page'],
      ['per_page=0', 'per_page'],
      ['per_page=101', 'per_page'],
      ['per_page=kymmenen', 'per_page'],
    ])('refuses ?%s with 400 naming %s', async (query, parameter) => {
      const { status, body } = await get<ErrorBody>(`/hsds/services?${query}`);
      expect(status).toBe(400);
      expect(body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_QUERY' });
      expect(body.error.fields.map((f) => f.path)).toEqual([parameter]);
      expect(body.error.message).toContain(parameter);
    });
  });

  describe('GET /hsds/services/{id}', () => {
    it('returns the fully nested service, valid against service.json', async () => {
      const { status, body } = await get<Json>(`/hsds/services/${publishedId}`);
      expect(status).toBe(200);
      expectValid(validators.service, body);
      expect(body).toMatchObject({
        id: publishedId,
        organization_id: providerId,
        name: 'Työhönvalmennus osatyökykyisille',
        alternate_name: 'Jobbcoachning för personer med partiell arbetsförmåga',
        status: 'active',
        url: 'https://tyovalmennus.example/tyohonvalmennus',
        email: 'valmennus@tyovalmennus.example',
        eligibility_description: 'Lahden seudulla asuvat työnhakijat',
        application_process: 'Ota yhteyttä työllisyyspalveluihin tai suoraan säätiöön.',
        minimum_age: 18,
        maximum_age: 64,
        assured_date: '2026-11-03',
        phones: [{ number: '+358 44 765 4321', service_id: publishedId }],
        schedules: [{ description: 'ma–pe 8–16, alkaa 1.2.2027', attending_type: 'lähi- ja etäpalvelu' }],
        languages: [
          { code: 'fi', name: 'suomi' },
          { code: 'sv', name: 'ruotsi' },
        ],
        organization: {
          id: providerId,
          name: 'Päijät-Hämeen Työvalmennussäätiö sr',
          email: 'info@tyovalmennus.example',
          website: 'https://tyovalmennus.example',
          phones: [{ number: '+358 3 123 4567' }],
          organization_identifiers: [{ identifier_scheme: 'FI-PRO', identifier_type: 'Y-tunnus' }],
        },
      });
      expect(body['service_areas']).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: 'Lahti (kunta järjestää yksin)', extent: 'employment_area:lahti', extent_type: 'text' }),
          expect.objectContaining({ name: 'Lahti', extent: 'municipality:398' }),
        ]),
      );
      expect(body['service_at_locations']).toEqual([
        expect.objectContaining({
          service_id: publishedId,
          location: expect.objectContaining({
            name: 'Valmennuskeskus Ankkuri',
            latitude: 60.9827,
            longitude: 25.6615,
            addresses: [
              expect.objectContaining({
                address_1: 'Rautatienkatu 22',
                city: 'Lahti',
                state_province: 'Päijät-Häme',
                postal_code: '15110',
                country: 'FI',
              }),
            ],
            accessibility: [expect.objectContaining({ description: 'Esteetön sisäänkäynti pihan puolelta' })],
          }),
        }),
      ]);
      expect(body['cost_options']).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ amount: 120.5, currency: 'EUR', amount_description: 'per valmennuspäivä' }),
          expect.objectContaining({ option: 'Työnhakijalle maksuton' }),
        ]),
      );
      const attributes = body['attributes'] as Json[];
      expect(attributes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ link_entity: 'service', link_type: 'service_category', taxonomy_term_id: jobCoachingId }),
          expect.objectContaining({ link_entity: 'service', link_type: 'target_group', taxonomy_term_id: partialWorkAbilityId }),
          expect.objectContaining({ link_type: 'name_en', value: 'Job coaching for people with partial work ability' }),
          expect.objectContaining({ link_type: 'summary_fi', value: 'Työhönvalmennus osatyökykyisille: lyhyt kuvaus.' }),
        ]),
      );
      expect(body['metadata']).toEqual([
        expect.objectContaining({
          resource_id: publishedId,
          resource_type: 'service',
          last_action_type: 'status',
          field_name: 'status',
          previous_value: 'SUBMITTED',
          replacement_value: 'PUBLISHED',
          updated_by: editorId,
        }),
        expect.objectContaining({
          last_action_date: '2026-11-05',
          field_name: 'name',
          previous_value: 'Työhönvalmennus',
          replacement_value: 'Työhönvalmennus osatyökykyisille',
          updated_by: editorId,
        }),
      ]);
    });

    it('exposes no person, personal contact or moderation note', async () => {
      const { body } = await get<Json>(`/hsds/services/${publishedId}`);
      const text = JSON.stringify(body);
      for (const personal of ['palveluntuottaja.saatio@ytmt.example', 'Paula Palveluntuottaja', 'Aiempi moderointihuomautus']) {
        expect(text).not.toContain(personal);
      }
      expect(body['contacts']).toEqual([]);
      expect((body['organization'] as Json)['contacts']).toEqual([]);
    });

    it.each([
      ['a draft', () => draftId],
      ['a submitted service', () => submittedId],
      ['an archived service', () => archivedId],
      ['an unknown id', () => '3f0c8b1e-6d2a-4c1f-9e7b-5a4d3c2b1a09'],
      ['a malformed id', () => 'ei-uuid'],
    ])('answers 404 NOT_FOUND for %s', async (_, id) => {
      const { status, body } = await get<ErrorBody>(`/hsds/services/${encodeURIComponent(id())}`);
      expect(status).toBe(404);
      expect(body.error).toMatchObject({ code: 'NOT_FOUND', reason: 'SERVICE_NOT_FOUND' });
    });
  });

  describe('GET /hsds/organizations', () => {
    it('lists only organisations with a published service, valid against organization_list.json', async () => {
      const { status, body } = await get<Page>('/hsds/organizations?per_page=100');
      expect(status).toBe(200);
      expectValid(validators.organizationPage, body);
      const [{ count }] = (await app.dataSource.query(
        `SELECT count(DISTINCT organization_id)::int AS count FROM service WHERE status = 'PUBLISHED'`,
      )) as { count: number }[];
      expect(body.total_items).toBe(count);
      const ids = body.contents.map((organization) => organization['id']);
      expect(ids).toEqual(expect.arrayContaining([providerId, otherProviderId]));
      expect(ids).not.toContain(draftOnlyProviderId);
      expect(body.contents.find((o) => o['id'] === providerId)).toEqual({
        id: providerId,
        name: 'Päijät-Hämeen Työvalmennussäätiö sr',
        description: 'Säätiö, kolmas sektori, kotikunta Lahti',
        email: 'info@tyovalmennus.example',
        website: 'https://tyovalmennus.example',
        legal_status: 'säätiö',
      });

      const first = await get<Page>('/hsds/organizations?per_page=1');
      expectValid(validators.organizationPage, first.body);
      expect(first.body).toMatchObject({ size: 1, total_pages: count, first_page: true, last_page: count === 1 });
    });

    it('returns one organisation with its Y-tunnus and published services, valid against organization.json', async () => {
      const { status, body } = await get<Json>(`/hsds/organizations/${providerId}`);
      expect(status).toBe(200);
      expectValid(validators.organization, body);
      const [{ business_id: businessId }] = (await app.dataSource.query('SELECT business_id FROM organization WHERE id = $1', [
        providerId,
      ])) as { business_id: string }[];
      expect(body['organization_identifiers']).toEqual([
        expect.objectContaining({ organization_id: providerId, identifier_scheme: 'FI-PRO', identifier_type: 'Y-tunnus', identifier: businessId }),
      ]);
      const services = (body['services'] as Json[]).map((s) => s['id'] as string);
      const ofProvider = (await app.dataSource.query(`SELECT id FROM service WHERE organization_id = $1 AND status = 'PUBLISHED'`, [
        providerId,
      ])) as { id: string }[];
      expect([...services].sort()).toEqual(ofProvider.map((row) => row.id).sort());
      expect(services).toEqual(expect.arrayContaining([publishedId, secondPublishedId]));
      expect(services).not.toContain(draftId);
    });

    it.each([
      ['an organisation with drafts and archived services only', () => draftOnlyProviderId],
      ['an unknown id', () => '3f0c8b1e-6d2a-4c1f-9e7b-5a4d3c2b1a09'],
      ['a malformed id', () => '12345'],
    ])('answers 404 NOT_FOUND for %s', async (_, id) => {
      const { status, body } = await get<ErrorBody>(`/hsds/organizations/${id()}`);
      expect(status).toBe(404);
      expect(body.error).toMatchObject({ code: 'NOT_FOUND', reason: 'ORGANIZATION_NOT_FOUND' });
    });

    it('refuses a bad per_page with 400', async () => {
      const { status, body } = await get<ErrorBody>('/hsds/organizations?per_page=1000');
      expect(status).toBe(400);
      expect(body.error.fields).toEqual([expect.objectContaining({ path: 'per_page' })]);
    });
  });

  describe('GET /hsds/taxonomies and /hsds/taxonomy_terms', () => {
    it('lists the two taxonomies, valid against taxonomy.json', async () => {
      const { status, body } = await get<Page>('/hsds/taxonomies');
      expect(status).toBe(200);
      expectValid(validators.taxonomyPage, body);
      expect(body).toMatchObject({ total_items: 2, total_pages: 1, size: 2, first_page: true, last_page: true });
      expect(body.contents.map((t) => t['name'])).toEqual(['Y-TMT palveluluokat', 'Y-TMT kohderyhmät']);
    });

    it('pages through every taxonomy term, valid against taxonomy_term.json, and filters by taxonomy', async () => {
      const [{ count }] = (await app.dataSource.query('SELECT count(*)::int AS count FROM taxonomy_term')) as { count: number }[];
      const codes: string[] = [];
      for (let page = 1; page <= Math.ceil(count / 10); page++) {
        const { status, body } = await get<Page>(`/hsds/taxonomy_terms?page=${page}&per_page=10`);
        expect(status).toBe(200);
        expectValid(validators.taxonomyTermPage, body);
        expect(body).toMatchObject({ total_items: count, page_number: page, last_page: page === Math.ceil(count / 10) });
        codes.push(...body.contents.map((t) => t['code'] as string));
      }
      expect(codes).toHaveLength(count);
      expect(codes).toEqual(expect.arrayContaining(['JOB_COACHING', 'PARTIAL_WORK_ABILITY']));

      const taxonomies = await get<Page>('/hsds/taxonomies');
      const targetGroups = taxonomies.body.contents.find((t) => t['name'] === 'Y-TMT kohderyhmät') as Json;
      const filtered = await get<Page>(`/hsds/taxonomy_terms?per_page=100&taxonomy_id=${targetGroups['id'] as string}`);
      expectValid(validators.taxonomyTermPage, filtered.body);
      expect(filtered.body.contents.length).toBeGreaterThan(0);
      expect(filtered.body.contents.every((t) => t['taxonomy_id'] === targetGroups['id'])).toBe(true);
      expect(filtered.body.contents.map((t) => t['code'])).toContain('PARTIAL_WORK_ABILITY');
    });

    it('refuses a bad page with 400', async () => {
      const { status, body } = await get<ErrorBody>('/hsds/taxonomy_terms?page=0');
      expect(status).toBe(400);
      expect(body.error.fields).toEqual([expect.objectContaining({ path: 'page' })]);
    });
  });

  it('checks bodies with validators that do reject non-conforming ones', () => {
    expect(validators.service({ id: publishedId, name: 'Palvelu', status: 'published' })).toBe(false);
    expect(validators.service({ id: publishedId, name: 'Palvelu', status: 'active', url: 'ei osoite' })).toBe(false);
    expect(validators.service({ id: publishedId, name: 'Palvelu', status: 'active', phones: [{ number: '+358 40 1' }] })).toBe(false);
    expect(validators.organization({ id: providerId, name: 'Säätiö' })).toBe(false);
    expect(validators.taxonomyTermPage({ total_items: 0, total_pages: 0, page_number: 1, size: 0, first_page: true, last_page: true, empty: true })).toBe(false);
  });

  it('is public, and names the HSDS version it follows', async () => {
    const { status, body } = await get<Json>('/hsds');
    expect(status).toBe(200);
    expect(body).toEqual({ version: '3.0', openapi_url: expect.stringContaining('openreferral') });
  });
});
