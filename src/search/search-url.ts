// `/search?q=<query>`: the query percent-encoded as UTF-8 (a space as %20, so
// the link reads the same everywhere), the other kept parameters (`?feed=`) as
// they were.
import { viewSearch } from '../feed/feed-url';

export const SEARCH_PATH = '/search';

export function searchQuery(search: string): string {
  return new URLSearchParams(search).get('q') ?? '';
}

/** The `?…` of the search view for `query`, keeping the view parameters of `search`. */
export function searchParams(search: string, query: string, feedParamAllowed: boolean): string {
  const params = new URLSearchParams(viewSearch(search, feedParamAllowed));
  params.set('q', query);
  return `?${params.toString().replace(/\+/g, '%20')}`;
}
