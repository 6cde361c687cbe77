// Pure: no Nest, no I/O. Maps catalogue rows to Open Referral HSDS 3.0 objects
// (https://docs.openreferral.org/en/3.0/), for the public read-only export.
//
// Language policy. HSDS has one language per field, so the main fields (name, description,
// eligibility_description, application_process, …) carry the Finnish text, the language every
// service is required to have. The Swedish name, the other national language, goes to
// `alternate_name`. Every other translation and the short summary, which HSDS has no field for,
// are attributes with `link_entity: 'service'` and a value only; their `link_type` names the field
// and its ISO 639-1 language, e.g. `summary_fi`, `name_en`, `description_sv`.
//
// Identifiers. HSDS wants a uuid on every nested object (phone, schedule, address …) while the
// catalogue folds many of them into columns. Those ids are uuid v5 names derived from the owning
// row's id, so they stay the same from one export to the next and consumers can sync by id.
//
// Personal data. Only service- and organisation-level channels are exported: no contacts with
// person names, no moderation notes, and the change history names its author by user id only.
import { createHash } from 'node:crypto';
import type { Organization, OrganizationType, Sector } from '@ytmt/identity';
import type { ServiceChange, ServiceCostOption, ServiceLocation } from '../entities/service-parts.entity';
import type { DeliveryMode, Service } from '../entities/service.entity';
import type { Taxonomy, TaxonomyTerm } from '../entities/taxonomy-term.entity';
import type { ServiceAggregate } from '../service.repository';
import {
  HsdsAttribute,
  HsdsCostOption,
  HsdsLocation,
  HsdsMetadata,
  HsdsOrganization,
  HsdsOrganizationSummary,
  HsdsPlaces,
  HsdsService,
  HsdsServiceArea,
  HsdsServiceAtLocation,
  HsdsServiceSummary,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
  NO_PLACES,
} from './hsds.types';

// ---------------------------------------------------------------------------------------------
// Deterministic ids

// A fixed namespace for this export's uuid v5 names; changing it would change every derived id.
const ID_NAMESPACE = Buffer.from('6b1d7a3e4f0a4c5e9a3b2d8c1e7f5a90', 'hex');

/** RFC 9562 uuid v5 of the parts, joined with ':'. */
export function derivedId(...parts: string[]): string {
  const hash = createHash('sha1').update(ID_NAMESPACE).update(parts.join(':')).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// Taxonomies

interface TaxonomyText {
  name: string;
  description: string;
  linkType: string;
}

const TAXONOMY_TEXT: Record<Taxonomy, TaxonomyText> = {
  SERVICE_CATEGORY: {
    name: 'Y-TMT palveluluokat',
    description: 'Työelämän ja osaamisen kehittämisen palveluiden luokat (Y-TMT, yritysten työmarkkinatori).',
    linkType: 'service_category',
  },
  TARGET_GROUP: {
    name: 'Y-TMT kohderyhmät',
    description: 'Ryhmät, joille palvelu on erityisesti suunnattu (Y-TMT, yritysten työmarkkinatori).',
    linkType: 'target_group',
  },
};

export const ALL_TAXONOMIES = Object.keys(TAXONOMY_TEXT) as Taxonomy[];

export function taxonomyId(taxonomy: Taxonomy): string {
  return derivedId('taxonomy', taxonomy);
}

/** The taxonomy whose HSDS id this is, if any. */
export function taxonomyOfId(id: string): Taxonomy | undefined {
  return ALL_TAXONOMIES.find((taxonomy) => taxonomyId(taxonomy) === id);
}

export function toHsdsTaxonomy(taxonomy: Taxonomy): HsdsTaxonomy {
  const text = TAXONOMY_TEXT[taxonomy];
  return { id: taxonomyId(taxonomy), name: text.name, description: text.description };
}

export function toHsdsTaxonomyTerm(term: TaxonomyTerm): HsdsTaxonomyTerm {
  // HSDS requires a description; the other-language labels are the most useful one we have.
  const others = [term.labelSv ? `sv: ${term.labelSv}` : null, term.labelEn ? `en: ${term.labelEn}` : null].filter(
    (label): label is string => label !== null,
  );
  return {
    id: term.id,
    code: term.code,
    name: term.labelFi,
    description: others.length > 0 ? `${term.labelFi} (${others.join('; ')})` : term.labelFi,
    taxonomy: TAXONOMY_TEXT[term.taxonomy].name,
    taxonomy_id: taxonomyId(term.taxonomy),
    language: 'fi',
  };
}

// ---------------------------------------------------------------------------------------------
// Organisations

const LEGAL_STATUS_FI: Record<OrganizationType, string | null> = {
  MUNICIPALITY: 'kunta',
  EMPLOYMENT_AREA: 'työllisyysalue',
  WELLBEING_COUNTY: 'hyvinvointialue',
  STATE_AGENCY: 'valtion viranomainen',
  EDUCATIONAL_INSTITUTION: 'oppilaitos',
  ASSOCIATION: 'rekisteröity yhdistys',
  FOUNDATION: 'säätiö',
  SOCIAL_ENTERPRISE: 'yhteiskunnallinen yritys',
  COMPANY: 'yritys',
  COOPERATIVE: 'osuuskunta',
  OTHER: null,
};

const SECTOR_FI: Record<Sector, string> = {
  PUBLIC: 'julkinen sektori',
  PRIVATE: 'yksityinen sektori',
  THIRD_SECTOR: 'kolmas sektori',
};

export function toHsdsOrganizationSummary(organization: Organization, places: HsdsPlaces = NO_PLACES): HsdsOrganizationSummary {
  const legalStatus = LEGAL_STATUS_FI[organization.type] ?? undefined;
  const home = organization.homeMunicipalityCode ? places.municipalities.get(organization.homeMunicipalityCode)?.nameFi : undefined;
  // HSDS requires a description and the organisation table has none: describe what we know.
  const description = [legalStatus, SECTOR_FI[organization.sector], home ? `kotikunta ${home}` : undefined]
    .filter((part): part is string => part !== undefined)
    .join(', ');
  return withoutUndefined({
    id: organization.id,
    name: organization.name,
    description: capitalise(description),
    email: emailOrUndefined(organization.email),
    website: urlOrUndefined(organization.website),
    legal_status: legalStatus,
  });
}

export function toHsdsOrganization(
  organization: Organization,
  places: HsdsPlaces = NO_PLACES,
  services?: readonly ServiceAggregate[],
): HsdsOrganization {
  const result: HsdsOrganization = {
    ...toHsdsOrganizationSummary(organization, places),
    phones: organization.phone
      ? [{ id: derivedId(organization.id, 'phone'), organization_id: organization.id, number: organization.phone }]
      : [],
    organization_identifiers: organization.businessId
      ? [
          {
            id: derivedId(organization.id, 'identifier', 'FI-PRO'),
            organization_id: organization.id,
            // org-id.guide / IATI registration agency code of the Finnish Trade Register (PRH),
            // which issues the Y-tunnus together with the Tax Administration (YTJ).
            identifier_scheme: 'FI-PRO',
            identifier_type: 'Y-tunnus',
            identifier: organization.businessId,
          },
        ]
      : [],
    attributes: [valueAttribute(organization.id, 'organization', 'sector', organization.sector)],
    contacts: [],
    locations: [],
    funding: [],
    programs: [],
    metadata: [],
  };
  if (services) result.services = services.map((aggregate) => toHsdsServiceSummary(aggregate, false));
  return result;
}

// ---------------------------------------------------------------------------------------------
// Services

const ATTENDING_TYPE_FI: Record<DeliveryMode, string> = {
  ON_SITE: 'lähipalvelu',
  REMOTE: 'etäpalvelu',
  HYBRID: 'lähi- ja etäpalvelu',
};

/** The one-to-one fields, for lists; `withOrganization` nests the provider's own fields. */
export function toHsdsServiceSummary(
  aggregate: ServiceAggregate,
  withOrganization = true,
  places: HsdsPlaces = NO_PLACES,
): HsdsServiceSummary {
  const { service, provider } = aggregate;
  return withoutUndefined({
    id: service.id,
    organization_id: service.organizationId,
    name: service.nameFi,
    alternate_name: service.nameSv ?? undefined,
    description: service.descriptionFi,
    url: urlOrUndefined(service.url),
    email: emailOrUndefined(service.email),
    // Only published services are exported, and a published service is open for use.
    status: 'active' as const,
    application_process: service.howToTakePartFi ?? undefined,
    fees_description: feesDescription(service, aggregate.costOptions),
    eligibility_description: service.eligibilityFi ?? undefined,
    minimum_age: service.minimumAge ?? undefined,
    maximum_age: service.maximumAge ?? undefined,
    // Publication follows a coordinator's review, the closest thing to an HSDS assurance.
    assured_date: service.publishedAt ? isoDate(service.publishedAt) : undefined,
    last_modified: service.updatedAt.toISOString(),
    organization: withOrganization ? toHsdsOrganizationSummary(provider, places) : undefined,
  });
}

/** A fully nested service with its provider and field-level history. */
export function toHsdsService(aggregate: ServiceAggregate, changes: readonly ServiceChange[], places: HsdsPlaces): HsdsService {
  const { service, provider } = aggregate;
  return {
    ...toHsdsServiceSummary(aggregate, false),
    organization: toHsdsOrganization(provider, places),
    phones: service.phone ? [{ id: derivedId(service.id, 'phone'), service_id: service.id, number: service.phone }] : [],
    schedules: service.scheduleFi
      ? [
          {
            id: derivedId(service.id, 'schedule'),
            service_id: service.id,
            description: service.scheduleFi,
            attending_type: ATTENDING_TYPE_FI[service.deliveryMode],
          },
        ]
      : [],
    service_areas: toServiceAreas(aggregate, places),
    service_at_locations: aggregate.locations.map((location) => toServiceAtLocation(service.id, location, places)),
    languages: [...service.languages].sort().map((code) => ({
      id: derivedId(service.id, 'language', code),
      service_id: service.id,
      code,
      name: languageNameFi(code),
    })),
    funding: [],
    cost_options: aggregate.costOptions.map((option) => toCostOption(option)),
    required_documents: [],
    contacts: [],
    attributes: [...termAttributes(aggregate), ...facetAttributes(service), ...textAttributes(service)],
    metadata: [...changes]
      .sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime() || a.fieldName.localeCompare(b.fieldName))
      .map((change) => toMetadata(change)),
  };
}

function feesDescription(service: Service, costOptions: readonly ServiceCostOption[]): string {
  if (service.isFree) return 'Maksuton';
  return costOptions.length > 0 ? 'Maksullinen, katso hintatiedot' : 'Maksullinen';
}

function toServiceAreas(aggregate: ServiceAggregate, places: HsdsPlaces): HsdsServiceArea[] {
  const { service } = aggregate;
  const areas: HsdsServiceArea[] = [];
  if (service.isNational) {
    areas.push({
      id: derivedId(service.id, 'service_area', 'FI'),
      service_id: service.id,
      name: 'Koko Suomi',
      description: 'Valtakunnallinen palvelu',
      extent: 'country:FI',
      extent_type: 'text',
    });
  }
  // No polygons are held, so the extent names the area by its key, as HSDS allows for "text".
  for (const area of aggregate.areas) {
    if (area.employmentAreaId) {
      const name = places.employmentAreas.get(area.employmentAreaId);
      areas.push({
        id: area.id,
        service_id: service.id,
        name: name?.nameFi ?? area.employmentAreaId,
        description: name?.nameSv ? `Työllisyysalue (sv: ${name.nameSv})` : 'Työllisyysalue',
        extent: `employment_area:${name?.code ?? area.employmentAreaId}`,
        extent_type: 'text',
      });
    } else if (area.municipalityCode) {
      const name = places.municipalities.get(area.municipalityCode);
      areas.push({
        id: area.id,
        service_id: service.id,
        name: name?.nameFi ?? area.municipalityCode,
        description: name && name.nameSv !== name.nameFi ? `Kunta (sv: ${name.nameSv})` : 'Kunta',
        extent: `municipality:${area.municipalityCode}`,
        extent_type: 'text',
      });
    }
  }
  return areas;
}

function toServiceAtLocation(serviceId: string, location: ServiceLocation, places: HsdsPlaces): HsdsServiceAtLocation {
  const municipality = places.municipalities.get(location.municipalityCode);
  const hsdsLocation: HsdsLocation = withoutUndefined({
    id: location.id,
    location_type: 'physical' as const,
    name: location.name ?? undefined,
    latitude: location.latitude ?? undefined,
    longitude: location.longitude ?? undefined,
    addresses: [
      {
        id: derivedId(location.id, 'address'),
        location_id: location.id,
        address_1: location.streetAddress,
        city: municipality?.nameFi ?? location.municipalityCode,
        state_province: municipality?.regionNameFi ?? '',
        postal_code: location.postalCode,
        country: 'FI' as const,
        address_type: 'physical' as const,
      },
    ],
    accessibility: location.accessibilityFi
      ? [{ id: derivedId(location.id, 'accessibility'), location_id: location.id, description: location.accessibilityFi }]
      : [],
  });
  return {
    id: derivedId(serviceId, 'service_at_location', location.id),
    service_id: serviceId,
    location_id: location.id,
    location: hsdsLocation,
  };
}

function toCostOption(option: ServiceCostOption): HsdsCostOption {
  return withoutUndefined({
    id: option.id,
    service_id: option.serviceId,
    option: option.descriptionFi ?? undefined,
    currency: option.currency?.trim() || undefined,
    // numeric columns arrive as strings, exact to the cent.
    amount: option.amount === null ? undefined : Number(option.amount),
    amount_description: option.unit ?? undefined,
  });
}

function termAttributes({ service, terms }: ServiceAggregate): HsdsAttribute[] {
  return terms.map((term) => ({
    id: derivedId(service.id, 'attribute', term.id),
    link_id: service.id,
    link_type: TAXONOMY_TEXT[term.taxonomy].linkType,
    link_entity: 'service',
    taxonomy_term_id: term.id,
    taxonomy_term: toHsdsTaxonomyTerm(term),
  }));
}

/** The Finnish service-card facets that HSDS has no field for. */
function facetAttributes(service: Service): HsdsAttribute[] {
  const facets: [string, string][] = [
    ['audience', service.audience],
    ['delivery_mode', service.deliveryMode],
    ['is_free', String(service.isFree)],
  ];
  if (service.capacity !== null) facets.push(['capacity', String(service.capacity)]);
  return facets.map(([linkType, value]) => valueAttribute(service.id, 'service', linkType, value));
}

/** The summary and the translations; see the language policy at the top. */
function textAttributes(service: Service): HsdsAttribute[] {
  const texts: [string, string | null][] = [
    ['summary_fi', service.summaryFi],
    ['summary_sv', service.summarySv],
    ['summary_en', service.summaryEn],
    ['name_en', service.nameEn],
    ['description_sv', service.descriptionSv],
    ['description_en', service.descriptionEn],
  ];
  return texts
    .filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== '')
    .map(([linkType, value]) => valueAttribute(service.id, 'service', linkType, value));
}

function valueAttribute(linkId: string, linkEntity: string, linkType: string, value: string): HsdsAttribute {
  return { id: derivedId(linkId, 'attribute', linkType), link_id: linkId, link_type: linkType, link_entity: linkEntity, value };
}

// The history speaks of catalogue fields; those with an HSDS counterpart are named after it.
const HSDS_FIELD_NAMES: Record<string, string> = {
  nameFi: 'name',
  nameSv: 'alternate_name',
  descriptionFi: 'description',
  eligibilityFi: 'eligibility_description',
  howToTakePartFi: 'application_process',
  minimumAge: 'minimum_age',
  maximumAge: 'maximum_age',
  scheduleFi: 'schedules',
  phone: 'phones',
  languages: 'languages',
  locations: 'service_at_locations',
  costOptions: 'cost_options',
  url: 'url',
  email: 'email',
  status: 'status',
};

export function toMetadata(change: ServiceChange): HsdsMetadata {
  return {
    id: change.id,
    resource_id: change.serviceId,
    resource_type: 'service',
    last_action_date: isoDate(change.changedAt),
    last_action_type: change.actionType,
    field_name: HSDS_FIELD_NAMES[change.fieldName] ?? snakeCase(change.fieldName),
    previous_value: valueText(change.previousValue),
    replacement_value: valueText(change.newValue),
    // A user id, never a name or an e-mail address; a change without one was made by the system.
    updated_by: change.changedByUserId ?? 'system',
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers


function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** HSDS values are strings: text stays as it is, anything else is given as JSON. */
function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const LANGUAGE_NAMES_FI = new Intl.DisplayNames(['fi'], { type: 'language', fallback: 'code' });

function languageNameFi(code: string): string {
  try {
    return LANGUAGE_NAMES_FI.of(code) ?? code;
  } catch {
    return code;
  }
}

// The schemas give url/website format "uri" and email format "email": a value that is neither
// would make the whole record invalid, so an unusable one is left out rather than exported.
function urlOrUndefined(value: string | null): string | undefined {
  if (!value) return undefined;
  for (const candidate of [value.trim(), `https://${value.trim()}`]) {
    try {
      const url = new URL(candidate);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

function emailOrUndefined(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed) ? trimmed : undefined;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
