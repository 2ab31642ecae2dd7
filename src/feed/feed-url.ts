// Where the feed comes from: `?feed=<url>` when given, else feed.json beside
// index.html. Only http(s) URLs and paths on this site are accepted.
import { FeedUrlError } from './errors';

export const FEED_PARAM = 'feed';

export function resolveFeedUrl(search: string, appBaseUrl: string): string {
  const value = new URLSearchParams(search).get(FEED_PARAM)?.trim();
  if (!value) return new URL('feed.json', appBaseUrl).href;
  let url: URL;
  try {
    url = new URL(value, appBaseUrl);
  } catch {
    throw new FeedUrlError(value);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FeedUrlError(value);
  return url.href;
}

/** The query parameters a view adds that every internal link keeps (docs/urls.md). */
export const KEPT_PARAMS = [FEED_PARAM, 'q', 'unread'] as const;

/**
 * The kept parameters of `search`, for internal links, so a shared link shows
 * what its sender saw; `?feed=` only where the build lets it choose the feed.
 */
export function viewSearch(search: string, feedParamAllowed = true): string {
  const given = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const name of KEPT_PARAMS) {
    if (name === FEED_PARAM && !feedParamAllowed) continue;
    const value = given.get(name);
    if (value) kept.set(name, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}
