import { useSyncExternalStore } from 'react';
import { readMarks, subscribeReadMarks } from './read-store';
import type { ReadMarks } from './read-state';

/** The read marks, re-rendering when any view or tab marks an article. */
export function useReadMarks(): ReadMarks {
  return useSyncExternalStore(subscribeReadMarks, readMarks, readMarks);
}
