import { Organization, OrganizationType, Sector } from '@ytmt/identity';
import { ServiceArea, ServiceCostOption, ServiceLocation } from '../src/entities/service-parts.entity';
import { DeliveryMode, Service, ServiceAudience, ServiceStatus } from '../src/entities/service.entity';
import { Taxonomy, TaxonomyTerm } from '../src/entities/taxonomy-term.entity';
import { SERVICE_TRANSITIONS } from '../src/service-lifecycle.service';
import { diffSnapshots, snapshotOf, snapshotOfInput, toSearchDocument } from '../src/service-snapshot';
import { ServiceInput } from '../src/dto/service.inputs';
import { ServiceAggregate } from '../src/service.repository';

function aggregate(overrides: Partial<Service> = {}): ServiceAggregate {
  const service = Object.assign(new Service(), {
    id: '7f1c2d3e-0000-4000-8000-000000000001',
    organizationId: 'org-1',
    status: ServiceStatus.PUBLISHED,
    nameFi: 'Palkkatuki työnantajalle',
    nameSv: 'Lönesubvention för arbetsgivare',
    nameEn: null,
    summaryFi: 'Neuvontaa palkkatuen hakemiseen.',
    summarySv: null,
    summaryEn: null,
    descriptionFi: 'Autamme palkkatukihakemuksen tekemisessä ja tuen ehdoissa.',
    descriptionSv: null,
    descriptionEn: null,
    audience: ServiceAudience.EMPLOYERS,
    deliveryMode: DeliveryMode.HYBRID,
    languages: ['sv', 'fi'],
    isNational: false,
    isFree: true,
    eligibilityFi: null,
    minimumAge: null,
    maximumAge: null,
    howToTakePartFi: null,
    capacity: null,
    scheduleFi: null,
    url: null,
    email: null,
    phone: null,
    publishedAt: new Date('2026-11-01T08:00:00Z'),
    updatedAt: new Date('2026-11-02T08:00:00Z'),
    ...overrides,
  });
  const term = (taxonomy: Taxonomy, code: string) => Object.assign(new TaxonomyTerm(), { id: code, taxonomy, code, labelFi: code });
  return {
    service,
    provider: Object.assign(new Organization(), { id: 'org-1', name: 'Lahden työllisyyspalvelut', sector: Sector.PUBLIC, type: OrganizationType.EMPLOYMENT_AREA }),
    terms: [term(Taxonomy.SERVICE_CATEGORY, 'PAY_SUBSIDY'), term(Taxonomy.TARGET_GROUP, 'PARTIAL_WORK_ABILITY')],
    areas: [Object.assign(new ServiceArea(), { employmentAreaId: null, municipalityCode: '398' })],
    coveredEmploymentAreaIds: ['area-lahti'],
    locations: [
      Object.assign(new ServiceLocation(), {
        name: 'Työllisyyspalvelut', streetAddress: 'Vesijärvenkatu 11', postalCode: '15140', municipalityCode: '398',
        latitude: 60.983, longitude: 25.657, accessibilityFi: 'Esteetön sisäänkäynti',
      }),
    ],
    costOptions: [Object.assign(new ServiceCostOption(), { amount: null, currency: null, unit: null, descriptionFi: 'Maksuton' })],
  };
}

describe('service snapshots and history', () => {
  it('reports exactly the fields that changed, with old and new values', () => {
    const before = snapshotOf(aggregate());
    const after = snapshotOf(aggregate({ nameFi: 'Palkkatuki ja työkokeilu työnantajalle', capacity: 20 }));
    expect(diffSnapshots(before, after)).toEqual([
      { fieldName: 'capacity', previousValue: null, newValue: 20 },
      { fieldName: 'nameFi', previousValue: 'Palkkatuki työnantajalle', newValue: 'Palkkatuki ja työkokeilu työnantajalle' },
    ]);
    expect(diffSnapshots(before, snapshotOf(aggregate()))).toEqual([]);
  });

  it('ignores the order of list values', () => {
    expect(diffSnapshots(snapshotOf(aggregate()), snapshotOf(aggregate({ languages: ['fi', 'sv'] })))).toEqual([]);
  });

  it('gives a proposed version (the provider’s input, as stored in JSON) the same shape as the live one', () => {
    const live = aggregate();
    const input = JSON.parse(
      JSON.stringify({
        nameFi: 'Palkkatuki työnantajalle', nameSv: 'Lönesubvention för arbetsgivare',
        summaryFi: 'Neuvontaa palkkatuen hakemiseen.', descriptionFi: 'Autamme palkkatukihakemuksen tekemisessä ja tuen ehdoissa.',
        audience: ServiceAudience.EMPLOYERS, deliveryMode: DeliveryMode.HYBRID, languages: ['fi', 'sv'], isNational: false, isFree: true,
        categoryCodes: ['PAY_SUBSIDY'], targetGroupCodes: ['PARTIAL_WORK_ABILITY'], employmentAreaIds: [], municipalityCodes: ['398'],
        locations: [{ name: 'Työllisyyspalvelut', streetAddress: 'Vesijärvenkatu 11', postalCode: '15140', municipalityCode: '398', latitude: 60.983, longitude: 25.657, accessibilityFi: 'Esteetön sisäänkäynti' }],
        costOptions: [{ descriptionFi: 'Maksuton' }],
      }),
    ) as ServiceInput;
    expect(diffSnapshots(snapshotOf(live), snapshotOfInput(input))).toEqual([]);
    expect(diffSnapshots(snapshotOf(live), snapshotOfInput({ ...input, isNational: true, municipalityCodes: [] } as ServiceInput))).toEqual([
      { fieldName: 'isNational', previousValue: false, newValue: true },
      { fieldName: 'municipalityCodes', previousValue: ['398'], newValue: [] },
    ]);
  });

  it('builds a flat search document without personal data', () => {
    const document = toSearchDocument(aggregate());
    expect(document).toMatchObject({
      id: '7f1c2d3e-0000-4000-8000-000000000001',
      sector: 'PUBLIC',
      name: { fi: 'Palkkatuki työnantajalle', sv: 'Lönesubvention för arbetsgivare', en: null },
      categories: ['PAY_SUBSIDY'],
      targetGroups: ['PARTIAL_WORK_ABILITY'],
      municipalityCodes: ['398'],
      employmentAreaIds: [],
      languages: ['fi', 'sv'],
      locations: [{ latitude: 60.983, longitude: 25.657 }],
      publishedAt: '2026-11-01T08:00:00.000Z',
    });
    expect(JSON.stringify(document)).not.toMatch(/email|phone/);
  });

  it('allows only the lifecycle moves of the catalogue', () => {
    expect(SERVICE_TRANSITIONS.DRAFT).toEqual(['SUBMITTED']);
    expect(SERVICE_TRANSITIONS.REJECTED).toEqual(['SUBMITTED']);
    expect(SERVICE_TRANSITIONS.PUBLISHED).toEqual(['ARCHIVED']);
    expect(SERVICE_TRANSITIONS.ARCHIVED).toEqual([]);
  });
});
