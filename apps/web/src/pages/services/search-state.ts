// The whole state of a service search lives in the address: free text, facet choices, place,
// sort and the page. These pure functions turn URL search parameters into that state and back,
// and the state into the API's variables, so a search can be bookmarked, shared and walked
// through with the browser's back and forward buttons.
import type { CoverageScope, DeliveryMode, SearchServicesQueryVariables, Sector, ServiceAudience, ServiceFilter } from '../../gql/graphql';

export const FACET_KEYS = ['categories', 'targetGroups', 'sectors', 'deliveryModes', 'languages', 'cost'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export type CostValue = 'FREE' | 'PAID';
export type SortOrder = 'relevance' | 'distance';

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface SearchState {
  q: string;
  categories: string[];
  targetGroups: string[];
  sectors: Sector[];
  deliveryModes: DeliveryMode[];
  languages: string[];
  cost: CostValue[];
  audience: ServiceAudience | null;
  /** Three-digit municipality code: services available there. */
  municipality: string | null;
  /** Employment area id: services available in the area. */
  area: string | null;
  scope: CoverageScope;
  sort: SortOrder;
  /** The point distances are measured from; only with sort = distance. */
  near: GeoPoint | null;
  /** The `after` cursors of pages 2…n, so that both next and previous pages have a cursor. */
  cursors: string[];
}

export const EMPTY_SEARCH: SearchState = {
  q: '',
  categories: [],
  targetGroups: [],
  sectors: [],
  deliveryModes: [],
  languages: [],
  cost: [],
  audience: null,
  municipality: null,
  area: null,
  scope: 'ALL',
  sort: 'relevance',
  near: null,
  cursors: [],
};

export const PAGE_SIZE = 10;
const MAX_QUERY_LENGTH = 200;
const MAX_VALUES = 30;
const MAX_LANGUAGES = 10;
const MAX_PAGES = 100;

const SECTORS: readonly Sector[] = ['PUBLIC', 'PRIVATE', 'THIRD_SECTOR'];
const DELIVERY_MODES: readonly DeliveryMode[] = ['ON_SITE', 'REMOTE', 'HYBRID'];
const AUDIENCES: readonly ServiceAudience[] = ['EMPLOYERS', 'JOBSEEKERS', 'BOTH'];
const COSTS: readonly CostValue[] = ['FREE', 'PAID'];
const SCOPES: readonly CoverageScope[] = ['ALL', 'REGIONAL', 'NATIONAL'];

/** URL parameter name of each part of the state. */
const PARAM = {
  q: 'q',
  categories: 'category',
  targetGroups: 'target',
  sectors: 'sector',
  deliveryModes: 'mode',
  languages: 'lang',
  cost: 'cost',
  audience: 'audience',
  municipality: 'municipality',
  area: 'area',
  scope: 'scope',
  sort: 'sort',
  latitude: 'lat',
  longitude: 'lon',
  cursors: 'after',
} as const;

const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;
const LANGUAGE = /^[a-z]{2}$/;
const MUNICIPALITY = /^\d{3}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURSOR = /^[A-Za-z0-9+/=_-]{1,200}$/;

function oneOf<T extends string>(values: readonly T[]) {
  return (value: string): value is T => (values as readonly string[]).includes(value);
}

function distinct<T extends string>(values: string[], accept: (value: string) => value is T, max: number): T[] {
  const result: T[] = [];
  for (const value of values) {
    if (accept(value) && !result.includes(value) && result.length < max) result.push(value);
  }
  return result;
}

const matches = (pattern: RegExp) => (value: string): value is string => pattern.test(value);

function coordinate(value: string | null, limit: number): number | null {
  if (value === null || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) && Math.abs(number) <= limit ? number : null;
}

/** Rounded to two decimals (about a kilometre): precise enough for distances, kinder to privacy. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The search state in URL parameters; anything unknown or malformed is left out, never an error. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const single = (name: string) => params.get(name)?.trim() || null;
  const municipality = single(PARAM.municipality);
  const area = single(PARAM.area);
  const scope = single(PARAM.scope);
  const audience = single(PARAM.audience);
  const latitude = coordinate(params.get(PARAM.latitude), 90);
  const longitude = coordinate(params.get(PARAM.longitude), 180);
  const near = latitude !== null && longitude !== null ? { latitude: roundCoordinate(latitude), longitude: roundCoordinate(longitude) } : null;
  const sort: SortOrder = single(PARAM.sort) === 'distance' && near ? 'distance' : 'relevance';
  return {
    q: (params.get(PARAM.q) ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    categories: distinct(params.getAll(PARAM.categories), matches(CODE), MAX_VALUES),
    targetGroups: distinct(params.getAll(PARAM.targetGroups), matches(CODE), MAX_VALUES),
    sectors: distinct(params.getAll(PARAM.sectors), oneOf(SECTORS), SECTORS.length),
    deliveryModes: distinct(params.getAll(PARAM.deliveryModes), oneOf(DELIVERY_MODES), DELIVERY_MODES.length),
    languages: distinct(params.getAll(PARAM.languages), matches(LANGUAGE), MAX_LANGUAGES),
    cost: distinct(params.getAll(PARAM.cost), oneOf(COSTS), COSTS.length),
    audience: audience && oneOf(AUDIENCES)(audience) ? audience : null,
    municipality: municipality && MUNICIPALITY.test(municipality) ? municipality : null,
    area: area && UUID.test(area) && !(municipality && MUNICIPALITY.test(municipality)) ? area.toLowerCase() : null,
    scope: scope && oneOf(SCOPES)(scope) ? scope : 'ALL',
    sort,
    near: sort === 'distance' ? near : null,
    cursors: distinct(params.getAll(PARAM.cursors), matches(CURSOR), MAX_PAGES),
  };
}

/** The state as URL parameters in a fixed order, defaults left out: equal states, equal URLs. */
export function serializeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set(PARAM.q, state.q.trim());
  for (const key of FACET_KEYS) for (const value of state[key]) params.append(PARAM[key], value);
  if (state.audience) params.set(PARAM.audience, state.audience);
  if (state.municipality) params.set(PARAM.municipality, state.municipality);
  else if (state.area) params.set(PARAM.area, state.area);
  if (state.scope !== 'ALL') params.set(PARAM.scope, state.scope);
  if (state.sort === 'distance' && state.near) {
    params.set(PARAM.sort, 'distance');
    params.set(PARAM.latitude, String(roundCoordinate(state.near.latitude)));
    params.set(PARAM.longitude, String(roundCoordinate(state.near.longitude)));
  }
  for (const cursor of state.cursors) params.append(PARAM.cursors, cursor);
  return params;
}

/** A link to the search page with this state, e.g. for the front page's category links. */
export function searchHref(changes: Partial<SearchState>): string {
  const query = serializeSearchState({ ...EMPTY_SEARCH, ...changes }).toString();
  return query ? `/services?${query}` : '/services';
}

/** A new search: any change of text, filters, place or sort starts again from the first page. */
export function changeSearch(state: SearchState, changes: Partial<Omit<SearchState, 'cursors'>>): SearchState {
  return { ...state, ...changes, cursors: [] };
}

/** Adds the value to a facet, or takes it away when it is there. */
export function toggleFacet(state: SearchState, key: FacetKey, value: string): SearchState {
  const current = state[key] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return changeSearch(state, { [key]: next } as Partial<SearchState>);
}

/** Everything but the text cleared. */
export function clearFilters(state: SearchState): SearchState {
  return { ...EMPTY_SEARCH, q: state.q };
}

export function hasFilters(state: SearchState): boolean {
  return (
    FACET_KEYS.some((key) => state[key].length > 0) || state.audience !== null || state.municipality !== null || state.area !== null || state.scope !== 'ALL'
  );
}

export function currentPage(state: SearchState): number {
  return state.cursors.length + 1;
}

export function nextPage(state: SearchState, endCursor: string): SearchState {
  return { ...state, cursors: [...state.cursors, endCursor] };
}

export function previousPage(state: SearchState): SearchState {
  return { ...state, cursors: state.cursors.slice(0, -1) };
}

/** The API's variables for the state: only what is set, so equal states share a cache entry. */
export function toVariables(state: SearchState, pageSize = PAGE_SIZE): SearchServicesQueryVariables {
  const filter: ServiceFilter = {};
  if (state.categories.length) filter.categories = state.categories;
  if (state.targetGroups.length) filter.targetGroups = state.targetGroups;
  if (state.sectors.length) filter.sectors = state.sectors;
  if (state.deliveryModes.length) filter.deliveryModes = state.deliveryModes;
  if (state.languages.length) filter.languages = state.languages;
  if (state.cost.length === 1) filter.isFree = state.cost[0] === 'FREE';
  if (state.audience) filter.audience = state.audience;
  if (state.municipality) filter.municipalityCode = state.municipality;
  else if (state.area) filter.employmentAreaId = state.area;
  if (state.scope !== 'ALL') filter.scope = state.scope;

  const variables: SearchServicesQueryVariables = { first: pageSize };
  if (state.q.trim()) variables.query = state.q.trim();
  if (Object.keys(filter).length) variables.filter = filter;
  if (state.sort === 'distance' && state.near) {
    variables.sort = { by: 'DISTANCE', latitude: state.near.latitude, longitude: state.near.longitude };
  }
  const after = state.cursors[state.cursors.length - 1];
  if (after) variables.after = after;
  return variables;
}
