import { useSyncExternalStore } from 'react';
import { searchProgress, subscribeSearchProgress } from './search-client';

/** A count that goes up whenever more of the feed's search index has loaded (or failed to). */
export function useSearchProgress(key: string): number {
  return useSyncExternalStore(subscribeSearchProgress, () => searchProgress(key));
}
