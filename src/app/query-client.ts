import { QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from '../lib/fetch-json';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        staleTime: 5 * 60_000,
        // A static feed does not change because the reader switched tabs.
        refetchOnWindowFocus: false,
      },
    },
  });
}
