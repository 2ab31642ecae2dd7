// Messages between the page and the search worker.
import type { SearchResults } from './search-engine';
import type { SearchSource } from './search-docs';

export type ToWorker =
  /** A feed to search (again, after a failure: the worker starts over); its prebuilt index and one-item files. */
  | { type: 'index'; key: string; items: SearchSource[]; indexUrl?: string; itemUrlTemplate?: string }
  | { type: 'search'; id: number; key: string; query: string };

export type FromWorker =
  | { id: number; results: SearchResults }
  | { id: number; error: string }
  /** More of the prebuilt index is loaded (or failed): results may have changed. */
  | { progress: string };
