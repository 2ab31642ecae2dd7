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

/** The `?feed=` part to keep on internal links, so a shared link opens the same feed. */
export function feedSearch(search: string): string {
  const value = new URLSearchParams(search).get(FEED_PARAM);
  return value ? `?${new URLSearchParams({ [FEED_PARAM]: value })}` : '';
}
