// Pure: the board's filters as they live in the address, and as the API's search takes them.
import type { NeedKind, NeedSearchFilter } from '../../gql/graphql';

export interface AreaNeedsFilters {
  text: string;
  kind: NeedKind | null;
  municipality: string | null;
  precision: boolean;
}

const KINDS: readonly NeedKind[] = ['RECRUITMENT', 'COMPETENCE_DEVELOPMENT', 'SUPPORT_AND_ADVICE'];

export function readFilters(params: URLSearchParams): AreaNeedsFilters {
  const kind = params.get('kind');
  const municipality = params.get('municipality');
  return {
    text: params.get('q')?.trim() ?? '',
    kind: kind && (KINDS as readonly string[]).includes(kind) ? (kind as NeedKind) : null,
    municipality: municipality && /^\d{3}$/.test(municipality) ? municipality : null,
    precision: params.get('precision') === '1',
  };
}

export function writeFilters(filters: AreaNeedsFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.text) params.set('q', filters.text);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.municipality) params.set('municipality', filters.municipality);
  if (filters.precision) params.set('precision', '1');
  return params;
}

export function searchVariables(filters: AreaNeedsFilters): { query: string | null; filter: NeedSearchFilter; first: number } {
  const filter: NeedSearchFilter = {};
  if (filters.kind) filter.kinds = [filters.kind];
  if (filters.municipality) filter.municipalityCodes = [filters.municipality];
  if (filters.precision) filter.openToPrecisionCapable = true;
  return { query: filters.text || null, filter, first: 100 };
}

export function hasFilters(filters: AreaNeedsFilters): boolean {
  return Boolean(filters.text || filters.kind || filters.municipality || filters.precision);
}
