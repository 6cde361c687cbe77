import type { QueryClient } from '@tanstack/react-query';
import { prefetchApiQuery } from '../../shared/api/hooks';
import { parseSearchState, toVariables } from './search-state';
import { SearchServicesQuery } from './services.documents';

/** The search a /services address asks for, fetched while the page's code loads. */
export function prefetch(client: QueryClient, params: URLSearchParams): Promise<void> {
  return prefetchApiQuery(client, SearchServicesQuery, toVariables(parseSearchState(params)));
}
