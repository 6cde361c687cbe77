import type { Organization } from '@ytmt/identity';
import type { ServiceArea, ServiceChange, ServiceCostOption, ServiceLocation } from '../../src/entities/service-parts.entity';
import type { Service } from '../../src/entities/service.entity';
import type { TaxonomyTerm } from '../../src/entities/taxonomy-term.entity';
import type { ServiceAggregate } from '../../src/service.repository';
import { derivedId, taxonomyId, taxonomyOfId, toHsdsOrganization, toHsdsService, toHsdsServiceSummary, toHsdsTaxonomyTerm } from '../../src/hsds/hsds.mapper';
import { parsePageRequest, toHsdsPage } from '../../src/hsds/hsds.paging';
import type { HsdsPlaces } from '../../src/hsds/hsds.types';

const SERVICE_ID = '0b9c3f4e-2a57-4d0e-9c61-3f1e8a2b7c10';
const PROVIDER_ID = '5e0a8d2c-7b41-4f6e-a3d9-1c2b3a4d5e6f';
const EDITOR_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const LAHTI_AREA_ID = '1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const provider: Organization = {
  id: PROVIDER_ID,
  name: 'Päijät-Hämeen Työvalmennussäätiö sr',
  sector: 'THIRD_SECTOR',
  type: 'FOUNDATION',
  businessId: '9100015-6',
  website: 'tyovalmennus.example',
  email: 'info@tyovalmennus.example',
  phone: '+358 3 123 4567',
  homeMunicipalityCode: '398',
  employmentAreaId: null,
  createdAt: new Date('2025-01-02T08:00:00Z'),
  updatedAt: new Date('2025-01-02T08:00:00Z'),
} as Organization;

const service: Service = {
  id: SERVICE_ID,
  organizationId: PROVIDER_ID,
  status: 'PUBLISHED',
  nameFi: 'Työhönvalmennus osatyökykyisille',
  nameSv: 'Jobbcoachning för personer med partiell arbetsförmåga',
  nameEn: 'Job coaching for people with partial work ability',
  summaryFi: 'Valmentaja tukee työnhaussa ja työn alussa.',
  summarySv: null,
  summaryEn: 'A coach supports job search and the first weeks at work.',
  descriptionFi: 'Työhönvalmentaja kartoittaa osaamisen ja etsii sopivan työpaikan yhdessä työnantajan kanssa.',
  descriptionSv: 'Jobbcoachen kartlägger kompetensen.',
  descriptionEn: null,
  audience: 'BOTH',
  deliveryMode: 'HYBRID',
  languages: ['sv', 'fi'],
  isNational: false,
  isFree: false,
  eligibilityFi: 'Lahden seudulla asuvat työnhakijat',
  minimumAge: 18,
  maximumAge: 64,
  howToTakePartFi: 'Ota yhteyttä työllisyyspalveluihin.',
  capacity: 12,
  scheduleFi: 'ma–pe 8–16, alkaa 1.2.2027',
  url: 'https://tyovalmennus.example/tyohonvalmennus',
  email: 'valmennus@tyovalmennus.example',
  phone: '+358 44 765 4321',
  rejectionReason: 'Sisäinen moderointihuomautus',
  submittedAt: new Date('2026-11-01T08:00:00Z'),
  publishedAt: new Date('2026-11-03T10:30:00Z'),
  archivedAt: null,
  createdAt: new Date('2026-10-30T12:00:00Z'),
  updatedAt: new Date('2026-11-05T09:15:00Z'),
} as Service;

const jobCoaching: TaxonomyTerm = {
  id: 'c1c2c3c4-d5d6-4e7e-8f9f-a0a1a2a3a4a5',
  taxonomy: 'SERVICE_CATEGORY',
  code: 'JOB_COACHING',
  labelFi: 'Työhönvalmennus, IPS',
  labelSv: 'Jobbcoachning',
  labelEn: 'Job coaching, supported employment',
} as TaxonomyTerm;

const partialWorkAbility: TaxonomyTerm = {
  id: 'd1d2d3d4-e5e6-4f7f-8a9a-b0b1b2b3b4b5',
  taxonomy: 'TARGET_GROUP',
  code: 'PARTIAL_WORK_ABILITY',
  labelFi: 'Osatyökykyiset',
  labelSv: null,
  labelEn: null,
} as TaxonomyTerm;

const areas: ServiceArea[] = [
  { id: 'a0000000-0000-4000-8000-000000000001', serviceId: SERVICE_ID, employmentAreaId: LAHTI_AREA_ID, municipalityCode: null },
  { id: 'a0000000-0000-4000-8000-000000000002', serviceId: SERVICE_ID, employmentAreaId: null, municipalityCode: '532' },
] as ServiceArea[];

const location: ServiceLocation = {
  id: 'b0000000-0000-4000-8000-000000000001',
  serviceId: SERVICE_ID,
  name: 'Valmennuskeskus Ankkuri',
  streetAddress: 'Rautatienkatu 22',
  postalCode: '15110',
  municipalityCode: '398',
  latitude: 60.9827,
  longitude: 25.6615,
  accessibilityFi: 'Esteetön sisäänkäynti pihan puolelta',
} as ServiceLocation;

const costOption: ServiceCostOption = {
  id: 'c0000000-0000-4000-8000-000000000001',
  serviceId: SERVICE_ID,
  amount: '120.50',
  currency: 'EUR',
  unit: 'per valmennuspäivä',
  descriptionFi: 'Työnantajalle, jos palkkatukea ei myönnetä',
} as ServiceCostOption;

const changes: ServiceChange[] = [
  {
    id: 'e0000000-0000-4000-8000-000000000002',
    serviceId: SERVICE_ID,
    actionType: 'update',
    fieldName: 'nameFi',
    previousValue: 'Työhönvalmennus',
    newValue: 'Työhönvalmennus osatyökykyisille',
    changedByUserId: EDITOR_ID,
    changedAt: new Date('2026-11-05T09:15:00Z'),
  },
  {
    id: 'e0000000-0000-4000-8000-000000000001',
    serviceId: SERVICE_ID,
    actionType: 'status',
    fieldName: 'status',
    previousValue: 'SUBMITTED',
    newValue: 'PUBLISHED',
    changedByUserId: null,
    changedAt: new Date('2026-11-03T10:30:00Z'),
  },
  {
    id: 'e0000000-0000-4000-8000-000000000003',
    serviceId: SERVICE_ID,
    actionType: 'update',
    fieldName: 'categoryCodes',
    previousValue: ['WORK_TRIAL'],
    newValue: ['JOB_COACHING'],
    changedByUserId: EDITOR_ID,
    changedAt: new Date('2026-11-05T09:15:00Z'),
  },
] as ServiceChange[];

const aggregate: ServiceAggregate = {
  service,
  provider,
  terms: [jobCoaching, partialWorkAbility],
  areas,
  coveredEmploymentAreaIds: [LAHTI_AREA_ID],
  locations: [location],
  costOptions: [costOption],
};

const places: HsdsPlaces = {
  municipalities: new Map([
    ['398', { nameFi: 'Lahti', nameSv: 'Lahtis', regionNameFi: 'Päijät-Häme' }],
    ['532', { nameFi: 'Nastola', nameSv: 'Nastola', regionNameFi: 'Päijät-Häme' }],
  ]),
  employmentAreas: new Map([[LAHTI_AREA_ID, { code: 'lahti', nameFi: 'Lahti (kunta järjestää yksin)', nameSv: 'Lahtis' }]]),
};

/** Every value in the tree, with its path, to check for nulls and personal data. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

describe('toHsdsService', () => {
  const hsds = toHsdsService(aggregate, changes, places);

  it('maps the one-to-one fields, Finnish text first and the Swedish name as alternate_name', () => {
    expect(hsds).toMatchObject({
      id: SERVICE_ID,
      organization_id: PROVIDER_ID,
      name: 'Työhönvalmennus osatyökykyisille',
      alternate_name: 'Jobbcoachning för personer med partiell arbetsförmåga',
      description: service.descriptionFi,
      url: 'https://tyovalmennus.example/tyohonvalmennus',
      email: 'valmennus@tyovalmennus.example',
      status: 'active',
      application_process: 'Ota yhteyttä työllisyyspalveluihin.',
      fees_description: 'Maksullinen, katso hintatiedot',
      eligibility_description: 'Lahden seudulla asuvat työnhakijat',
      minimum_age: 18,
      maximum_age: 64,
      assured_date: '2026-11-03',
      last_modified: '2026-11-05T09:15:00.000Z',
    });
    expect(hsds.phones).toEqual([{ id: derivedId(SERVICE_ID, 'phone'), service_id: SERVICE_ID, number: '+358 44 765 4321' }]);
    expect(hsds.schedules).toEqual([
      { id: derivedId(SERVICE_ID, 'schedule'), service_id: SERVICE_ID, description: 'ma–pe 8–16, alkaa 1.2.2027', attending_type: 'lähi- ja etäpalvelu' },
    ]);
  });

  it('never writes null and gives every nested object a uuid', () => {
    const all = leaves(hsds);
    expect(all.filter(([, value]) => value === null || value === undefined)).toEqual([]);
    const ids = all.filter(([path]) => /(^|\.)id$/.test(path));
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.filter(([, value]) => typeof value !== 'string' || !UUID.test(value))).toEqual([]);
  });

  it('derives the same ids on every export', () => {
    expect(toHsdsService(aggregate, changes, places)).toEqual(hsds);
    expect(derivedId(SERVICE_ID, 'phone')).not.toEqual(derivedId(SERVICE_ID, 'schedule'));
    expect(derivedId(SERVICE_ID, 'phone')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('names service areas and locations with municipality and region names', () => {
    expect(hsds.service_areas).toEqual([
      {
        id: areas[0].id,
        service_id: SERVICE_ID,
        name: 'Lahti (kunta järjestää yksin)',
        description: 'Työllisyysalue (sv: Lahtis)',
        extent: 'employment_area:lahti',
        extent_type: 'text',
      },
      { id: areas[1].id, service_id: SERVICE_ID, name: 'Nastola', description: 'Kunta', extent: 'municipality:532', extent_type: 'text' },
    ]);
    expect(hsds.service_at_locations).toEqual([
      {
        id: derivedId(SERVICE_ID, 'service_at_location', location.id),
        service_id: SERVICE_ID,
        location_id: location.id,
        location: {
          id: location.id,
          location_type: 'physical',
          name: 'Valmennuskeskus Ankkuri',
          latitude: 60.9827,
          longitude: 25.6615,
          addresses: [
            {
              id: derivedId(location.id, 'address'),
              location_id: location.id,
              address_1: 'Rautatienkatu 22',
              city: 'Lahti',
              state_province: 'Päijät-Häme',
              postal_code: '15110',
              country: 'FI',
              address_type: 'physical',
            },
          ],
          accessibility: [
            { id: derivedId(location.id, 'accessibility'), location_id: location.id, description: 'Esteetön sisäänkäynti pihan puolelta' },
          ],
        },
      },
    ]);
  });

  it('adds a national service area for national services', () => {
    const national = toHsdsService({ ...aggregate, service: { ...service, isNational: true } as Service, areas: [] }, [], places);
    expect(national.service_areas).toEqual([expect.objectContaining({ name: 'Koko Suomi', extent: 'country:FI' })]);
  });

  it('lists languages with Finnish names, and cost options with numeric amounts', () => {
    expect(hsds.languages).toEqual([
      { id: derivedId(SERVICE_ID, 'language', 'fi'), service_id: SERVICE_ID, code: 'fi', name: 'suomi' },
      { id: derivedId(SERVICE_ID, 'language', 'sv'), service_id: SERVICE_ID, code: 'sv', name: 'ruotsi' },
    ]);
    expect(hsds.cost_options).toEqual([
      {
        id: costOption.id,
        service_id: SERVICE_ID,
        amount: 120.5,
        currency: 'EUR',
        option: 'Työnantajalle, jos palkkatukea ei myönnetä',
        amount_description: 'per valmennuspäivä',
      },
    ]);
  });

  it('links taxonomy terms, facets and translations as service attributes', () => {
    const byType = Object.fromEntries(hsds.attributes.map((a) => [a.link_type, a]));
    expect(byType['service_category']).toEqual({
      id: derivedId(SERVICE_ID, 'attribute', jobCoaching.id),
      link_id: SERVICE_ID,
      link_type: 'service_category',
      link_entity: 'service',
      taxonomy_term_id: jobCoaching.id,
      taxonomy_term: toHsdsTaxonomyTerm(jobCoaching),
    });
    expect(byType['target_group']?.taxonomy_term_id).toBe(partialWorkAbility.id);
    expect(Object.fromEntries(hsds.attributes.filter((a) => a.value !== undefined).map((a) => [a.link_type, a.value]))).toEqual({
      audience: 'BOTH',
      delivery_mode: 'HYBRID',
      is_free: 'false',
      capacity: '12',
      summary_fi: service.summaryFi,
      summary_en: service.summaryEn,
      name_en: service.nameEn,
      description_sv: service.descriptionSv,
    });
    expect(hsds.attributes.every((a) => a.link_entity === 'service' && a.link_id === SERVICE_ID)).toBe(true);
  });

  it('turns change rows into metadata in time order, with HSDS field names and the user id only', () => {
    expect(hsds.metadata).toEqual([
      {
        id: changes[1].id,
        resource_id: SERVICE_ID,
        resource_type: 'service',
        last_action_date: '2026-11-03',
        last_action_type: 'status',
        field_name: 'status',
        previous_value: 'SUBMITTED',
        replacement_value: 'PUBLISHED',
        updated_by: 'system',
      },
      expect.objectContaining({ field_name: 'category_codes', previous_value: '["WORK_TRIAL"]', replacement_value: '["JOB_COACHING"]', updated_by: EDITOR_ID }),
      expect.objectContaining({ field_name: 'name', previous_value: 'Työhönvalmennus', updated_by: EDITOR_ID }),
    ]);
  });

  it('keeps internal columns and moderation notes out', () => {
    const text = JSON.stringify(hsds);
    expect(text).not.toContain('Sisäinen moderointihuomautus');
    expect(text).not.toContain('rejection');
    expect(hsds.contacts).toEqual([]);
  });

  it('nests the provider with its Y-tunnus as an FI-PRO identifier', () => {
    expect(hsds.organization).toMatchObject({
      id: PROVIDER_ID,
      name: 'Päijät-Hämeen Työvalmennussäätiö sr',
      description: 'Säätiö, kolmas sektori, kotikunta Lahti',
      email: 'info@tyovalmennus.example',
      website: 'https://tyovalmennus.example',
      legal_status: 'säätiö',
      phones: [{ id: derivedId(PROVIDER_ID, 'phone'), organization_id: PROVIDER_ID, number: '+358 3 123 4567' }],
      organization_identifiers: [
        {
          id: derivedId(PROVIDER_ID, 'identifier', 'FI-PRO'),
          organization_id: PROVIDER_ID,
          identifier_scheme: 'FI-PRO',
          identifier_type: 'Y-tunnus',
          identifier: '9100015-6',
        },
      ],
    });
    expect(hsds.organization.services).toBeUndefined();
  });
});

describe('toHsdsServiceSummary and toHsdsOrganization', () => {
  it('gives lists only one-to-one fields and a flat organisation', () => {
    const summary = toHsdsServiceSummary({ ...aggregate, service: { ...service, isFree: true, url: 'not a url', email: 'nobody' } as Service });
    expect(summary).not.toHaveProperty('phones');
    expect(summary).not.toHaveProperty('url');
    expect(summary).not.toHaveProperty('email');
    expect(summary.fees_description).toBe('Maksuton');
    expect(summary.organization).toEqual({
      id: PROVIDER_ID,
      name: provider.name,
      description: 'Säätiö, kolmas sektori',
      email: 'info@tyovalmennus.example',
      website: 'https://tyovalmennus.example',
      legal_status: 'säätiö',
    });
  });

  it('lists the published services of an organisation by their one-to-one fields', () => {
    const organization = toHsdsOrganization({ ...provider, businessId: null, phone: null, type: 'OTHER' } as Organization, places, [aggregate]);
    expect(organization.organization_identifiers).toEqual([]);
    expect(organization.phones).toEqual([]);
    expect(organization).not.toHaveProperty('legal_status');
    expect(organization.services?.map((s) => [s.id, s.name, s.status])).toEqual([[SERVICE_ID, service.nameFi, 'active']]);
    expect(organization.services?.[0]).not.toHaveProperty('organization');
  });
});

describe('taxonomies', () => {
  it('gives each taxonomy a stable id that maps back to it', () => {
    expect(taxonomyOfId(taxonomyId('TARGET_GROUP' as TaxonomyTerm['taxonomy']))).toBe('TARGET_GROUP');
    expect(taxonomyOfId(SERVICE_ID)).toBeUndefined();
  });

  it('describes a term with its other-language labels', () => {
    expect(toHsdsTaxonomyTerm(jobCoaching)).toEqual({
      id: jobCoaching.id,
      code: 'JOB_COACHING',
      name: 'Työhönvalmennus, IPS',
      description: 'Työhönvalmennus, IPS (sv: Jobbcoachning; en: Job coaching, supported employment)',
      taxonomy: 'Y-TMT palveluluokat',
      taxonomy_id: taxonomyId(jobCoaching.taxonomy),
      language: 'fi',
    });
    expect(toHsdsTaxonomyTerm(partialWorkAbility).description).toBe('Osatyökykyiset');
  });
});

describe('pages', () => {
  it.each([
    [{}, { page: 1, perPage: 20 }],
    [{ page: '3', per_page: '100' }, { page: 3, perPage: 100 }],
    [{ per_page: '1' }, { page: 1, perPage: 1 }],
  ])('reads %j', (query, request) => {
    expect(parsePageRequest(query)).toEqual({ ok: true, request });
  });

  it.each([
    [{ page: '0' }, ['page']],
    [{ page: '-1' }, ['page']],
    [{ page: '1.5' }, ['page']],
    [{ page: 'kaksi' }, ['page']],
    [{ page: ['1', '2'] }, ['page']],
    [{ per_page: '101' }, ['per_page']],
    [{ per_page: '' }, ['per_page']],
    [{ page: 'x', per_page: '0' }, ['page', 'per_page']],
  ])('refuses %j, naming %j', (query, paths) => {
    const result = parsePageRequest(query);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(paths);
  });

  it('computes the HSDS page fields', () => {
    expect(toHsdsPage(['a', 'b'], 5, { page: 1, perPage: 2 })).toEqual({
      total_items: 5,
      total_pages: 3,
      page_number: 1,
      size: 2,
      first_page: true,
      last_page: false,
      empty: false,
      contents: ['a', 'b'],
    });
    expect(toHsdsPage(['e'], 5, { page: 3, perPage: 2 })).toMatchObject({ first_page: false, last_page: true, size: 1 });
    expect(toHsdsPage([], 0, { page: 1, perPage: 20 })).toMatchObject({ total_pages: 0, first_page: true, last_page: true, empty: true });
  });
});
