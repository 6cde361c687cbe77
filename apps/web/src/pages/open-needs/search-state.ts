import type { Adjustment, Measure, NeedKind, NeedSearchFilter, NeedStage } from '../../gql/graphql';
import { ADJUSTMENTS, isOneOf, MEASURES, NEED_KINDS, NEED_STAGES } from './vocabulary';

/** What a person has chosen on the open needs page; the URL holds all of it so it can be shared. */
export interface NeedSearchState {
  query: string;
  kinds: NeedKind[];
  municipalityCodes: string[];
  employmentAreaIds: string[];
  measures: Measure[];
  adjustments: Adjustment[];
  stages: NeedStage[];
  occupationGroups: string[];
  openToPrecisionCapable: boolean;
  /** 1-based. */
  page: number;
}

export type ListFilterKey = 'kinds' | 'municipalityCodes' | 'employmentAreaIds' | 'measures' | 'adjustments' | 'stages' | 'occupationGroups';

/** URL parameter of each list (repeated: `?kind=RECRUITMENT&kind=SUPPORT_AND_ADVICE`). */
export const PARAM: Record<ListFilterKey, string> = {
  kinds: 'kind',
  municipalityCodes: 'municipality',
  employmentAreaIds: 'area',
  measures: 'measure',
  adjustments: 'adjustment',
  stages: 'stage',
  occupationGroups: 'occupation',
};

export const EMPTY_SEARCH: NeedSearchState = {
  query: '',
  kinds: [],
  municipalityCodes: [],
  employmentAreaIds: [],
  measures: [],
  adjustments: [],
  stages: [],
  occupationGroups: [],
  openToPrecisionCapable: false,
  page: 1,
};

const MUNICIPALITY_CODE = /^\d{3}$/;
const OCCUPATION_GROUP = /^\d{1,4}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** Reads the state from the URL; values that cannot be right (a typo in a shared link) are left out. */
export function parseSearchState(params: URLSearchParams): NeedSearchState {
  const all = (key: ListFilterKey) => unique(params.getAll(PARAM[key]).map((value) => value.trim()).filter(Boolean));
  const page = Number(params.get('page') ?? '1');
  return {
    query: (params.get('q') ?? '').trim(),
    kinds: all('kinds').filter((v) => isOneOf(NEED_KINDS, v)),
    municipalityCodes: all('municipalityCodes').filter((v) => MUNICIPALITY_CODE.test(v)),
    employmentAreaIds: all('employmentAreaIds').filter((v) => UUID.test(v)),
    measures: all('measures').filter((v) => isOneOf(MEASURES, v)),
    adjustments: all('adjustments').filter((v) => isOneOf(ADJUSTMENTS, v)),
    stages: all('stages').filter((v) => isOneOf(NEED_STAGES, v)),
    occupationGroups: all('occupationGroups').filter((v) => OCCUPATION_GROUP.test(v)),
    openToPrecisionCapable: params.get('precision') === '1',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** Writes the state to URL parameters: only what differs from an empty search, in a stable order. */
export function toSearchParams(state: NeedSearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of Object.keys(PARAM) as ListFilterKey[]) {
    for (const value of state[key]) params.append(PARAM[key], value);
  }
  if (state.openToPrecisionCapable) params.set('precision', '1');
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** The API filter of the state; empty lists are left out. */
export function toFilter(state: NeedSearchState): NeedSearchFilter {
  const filter: NeedSearchFilter = {};
  if (state.kinds.length) filter.kinds = state.kinds;
  if (state.municipalityCodes.length) filter.municipalityCodes = state.municipalityCodes;
  if (state.employmentAreaIds.length) filter.employmentAreaIds = state.employmentAreaIds;
  if (state.measures.length) filter.measures = state.measures;
  if (state.adjustments.length) filter.adjustments = state.adjustments;
  if (state.stages.length) filter.stages = state.stages;
  if (state.occupationGroups.length) filter.occupationGroups = state.occupationGroups;
  if (state.openToPrecisionCapable) filter.openToPrecisionCapable = true;
  return filter;
}

/** A value added to or removed from one list; any change of filter starts again from page 1. */
export function toggleValue(state: NeedSearchState, key: ListFilterKey, value: string, on: boolean): NeedSearchState {
  const current = state[key] as string[];
  const next = on ? unique([...current, value]) : current.filter((v) => v !== value);
  return { ...state, [key]: next, page: 1 };
}

export function activeFilterCount(state: NeedSearchState): number {
  const lists = (Object.keys(PARAM) as ListFilterKey[]).reduce((sum, key) => sum + state[key].length, 0);
  return lists + (state.openToPrecisionCapable ? 1 : 0);
}
