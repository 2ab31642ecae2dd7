// Which feed the page shows, and what the reader must be told about it.
// A `?feed=` link shows another site's articles under this site's address,
// so the page names that feed's host whenever one is used; a deployer who
// does not want that builds with RUWEI_ALLOW_FEED_PARAM=false, and then
// `?feed=` is ignored (and the reader told so) and the site's own feed loads.
import { FEED_PARAM, resolveFeedUrl } from './feed-url';

export type FeedSource = {
  /** The feed to load; resolveFeedUrl's FeedUrlError for a `?feed=` ruwei may not load. */
  url: string;
  /** The host of a feed given by `?feed=`. */
  externalHost?: string;
  /** `?feed=` was given but this build does not allow it. */
  paramIgnored: boolean;
};

export function feedSource(search: string, appBaseUrl: string, paramAllowed: boolean): FeedSource {
  const given = new URLSearchParams(search).get(FEED_PARAM)?.trim();
  if (!given || !paramAllowed) return { url: resolveFeedUrl('', appBaseUrl), paramIgnored: Boolean(given) };
  const url = resolveFeedUrl(search, appBaseUrl);
  return { url, externalHost: new URL(url).host, paramIgnored: false };
}
