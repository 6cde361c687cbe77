// Open Referral HSDS 3.0 shapes of the public read-only export (https://docs.openreferral.org/en/3.0/),
// and the place names the mapping takes besides the aggregate.

export const HSDS_VERSION = '3.0';
export const HSDS_OPENAPI_URL = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';

// ---------------------------------------------------------------------------------------------
// HSDS 3.0 shapes (only the properties this export fills; absent values are left out, never
// null, because the schemas type every field as a plain string or number).

export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export interface HsdsMetadata {
  id: string;
  resource_id: string;
  resource_type: string;
  last_action_date: string;
  last_action_type: string;
  field_name: string;
  previous_value: string;
  replacement_value: string;
  updated_by: string;
}

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  language: string;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: string;
  taxonomy_term_id?: string;
  taxonomy_term?: HsdsTaxonomyTerm;
  value?: string;
}

export interface HsdsPhone {
  id: string;
  service_id?: string;
  organization_id?: string;
  number: string;
}

export interface HsdsSchedule {
  id: string;
  service_id: string;
  description: string;
  attending_type: string;
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  description: string;
  extent: string;
  extent_type: 'text';
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: 'FI';
  address_type: 'physical';
}

export interface HsdsAccessibility {
  id: string;
  location_id: string;
  description: string;
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  name?: string;
  latitude?: number;
  longitude?: number;
  addresses: HsdsAddress[];
  accessibility: HsdsAccessibility[];
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  location: HsdsLocation;
}

export interface HsdsLanguage {
  id: string;
  service_id: string;
  code: string;
  name: string;
}

export interface HsdsCostOption {
  id: string;
  service_id: string;
  option?: string;
  currency?: string;
  amount?: number;
  amount_description?: string;
}

export interface HsdsOrganizationIdentifier {
  id: string;
  organization_id: string;
  identifier_scheme: string;
  identifier_type: string;
  identifier: string;
}

/** The one-to-one fields of an organization (organization_list.json). */
export interface HsdsOrganizationSummary {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  legal_status?: string;
}

/** A fully nested organization (organization.json). */
export interface HsdsOrganization extends HsdsOrganizationSummary {
  phones: HsdsPhone[];
  organization_identifiers: HsdsOrganizationIdentifier[];
  attributes: HsdsAttribute[];
  contacts: never[];
  locations: never[];
  funding: never[];
  programs: never[];
  metadata: never[];
  services?: HsdsServiceSummary[];
}

/** The one-to-one fields of a service (service_list.json). */
export interface HsdsServiceSummary {
  id: string;
  organization_id: string;
  name: string;
  alternate_name?: string;
  description: string;
  url?: string;
  email?: string;
  status: 'active';
  application_process?: string;
  fees_description: string;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  last_modified: string;
  organization?: HsdsOrganizationSummary;
}

/** A fully nested service (service.json). */
export interface HsdsService extends HsdsServiceSummary {
  organization: HsdsOrganization;
  phones: HsdsPhone[];
  schedules: HsdsSchedule[];
  service_areas: HsdsServiceArea[];
  service_at_locations: HsdsServiceAtLocation[];
  languages: HsdsLanguage[];
  funding: never[];
  cost_options: HsdsCostOption[];
  required_documents: never[];
  contacts: never[];
  attributes: HsdsAttribute[];
  metadata: HsdsMetadata[];
}

// ---------------------------------------------------------------------------------------------
// Inputs beyond the aggregate: place names, which the aggregate holds only as keys.

export interface HsdsMunicipalityName {
  nameFi: string;
  nameSv: string;
  /** Maakunta, the closest Finnish equivalent of HSDS state_province. */
  regionNameFi: string;
}

export interface HsdsEmploymentAreaName {
  code: string;
  nameFi: string;
  nameSv: string | null;
}

export interface HsdsPlaces {
  municipalities: ReadonlyMap<string, HsdsMunicipalityName>;
  employmentAreas: ReadonlyMap<string, HsdsEmploymentAreaName>;
}

export const NO_PLACES: HsdsPlaces = { municipalities: new Map(), employmentAreas: new Map() };
