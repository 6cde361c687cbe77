import { useMutation, useQuery, useQueryClient, type QueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { ApiError } from '../errors/api-error';
import { request, type Document } from './client';

/** The operation name of a document, used as the first part of its cache key. */
export function operationName(document: Document<unknown, unknown>): string {
  return /(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1] ?? 'anonymous';
}

type Vars<TVariables> = TVariables extends Record<string, never> ? undefined : TVariables;

/** The cache key of a query: its operation name and variables. */
export function queryKeyOf<TResult, TVariables>(document: Document<TResult, TVariables>, variables: Vars<TVariables>): unknown[] {
  return [operationName(document as Document<unknown, unknown>), variables ?? {}];
}

function fetcher<TResult, TVariables>(document: Document<TResult, TVariables>, variables: Vars<TVariables>): () => Promise<TResult> {
  return () => (request as (d: Document<TResult, TVariables>, v?: TVariables) => Promise<TResult>)(document, variables as TVariables);
}

/** Starts a query before its page renders (e.g. while the page's code loads); the page's hook joins it. */
export function prefetchApiQuery<TResult, TVariables>(client: QueryClient, document: Document<TResult, TVariables>, variables: Vars<TVariables>): Promise<void> {
  return client.prefetchQuery({ queryKey: queryKeyOf(document, variables), queryFn: fetcher(document, variables) });
}

/** A typed GraphQL query through react-query: loading, error and caching in one place. */
export function useApiQuery<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  variables: Vars<TVariables>,
  options: Omit<UseQueryOptions<TResult, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<TResult, ApiError>({
    queryKey: queryKeyOf(document, variables),
    queryFn: fetcher(document, variables),
    ...options,
  });
}

/**
 * A typed GraphQL mutation; on success the named queries (operation names) are refetched, or
 * every cached query when none are named.
 */
export function useApiMutation<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  options: { invalidates?: string[]; onSuccess?: (data: TResult, variables: TVariables) => void } = {},
) {
  const client = useQueryClient();
  return useMutation<TResult, ApiError, TVariables>({
    mutationFn: (variables) => (request as (d: Document<TResult, TVariables>, v?: TVariables) => Promise<TResult>)(document, variables),
    onSuccess: async (data, variables) => {
      if (options.invalidates) {
        await Promise.all(options.invalidates.map((name) => client.invalidateQueries({ queryKey: [name] })));
      } else {
        await client.invalidateQueries();
      }
      options.onSuccess?.(data, variables);
    },
  });
}
