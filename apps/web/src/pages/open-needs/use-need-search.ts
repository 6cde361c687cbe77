import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ApiError } from '../../shared/errors/api-error';
import { fetchNeedsPage, pageCount } from './needs-page';
import { parseSearchState, toFilter, toSearchParams, type NeedSearchState } from './search-state';

export type NeedSearch = ReturnType<typeof useNeedSearch>;

/**
 * Need search whose words, filters and page live in the address (so a link or Back opens the
 * same results), one numbered page at a time; the previous page stays on screen while the next loads.
 * `operationName` heads the query key, as every query of the app does; the session change clears the cache.
 */
export function useNeedSearch(operationName: string) {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchState(params), [params]);
  const update = (next: NeedSearchState) => setParams(toSearchParams(next));
  const filter = toFilter(state);
  const query = useQuery<Awaited<ReturnType<typeof fetchNeedsPage>>, ApiError>({
    queryKey: [operationName, { query: state.query, filter, page: state.page }],
    queryFn: () => fetchNeedsPage(state.query || null, filter, state.page),
    placeholderData: keepPreviousData,
  });
  const result = query.data?.searchNeeds;
  const facetPlaces = useMemo(() => new Map((result?.facets.municipality ?? []).map((value) => [value.value, value.label])), [result]);
  const lastPage = result ? pageCount(result.totalCount) : 1;
  return { params, state, update, query, result, facetPlaces, lastPage };
}
