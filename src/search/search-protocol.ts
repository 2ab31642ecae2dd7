// Messages between the page and the search worker.
import type { SearchResults } from './search-engine';
import type { SearchSource } from './search-docs';

export type ToWorker =
  | { type: 'index'; key: string; items: SearchSource[] }
  | { type: 'search'; id: number; key: string; query: string };

export type FromWorker = { id: number; results: SearchResults } | { id: number; error: string };
