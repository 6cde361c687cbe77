import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../errors/api-error';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Only a network failure is worth repeating by itself; the rest needs the person.
        retry: (count, error) => error instanceof ApiError && error.kind === 'network' && count < 2,
      },
      mutations: { retry: false },
    },
  });
}
