import { useLocation } from 'react-router';
import { feedSource, type FeedSource } from '../feed/feed-source';

/**
 * Whether `?feed=` may choose the feed: on unless the site was built with
 * RUWEI_ALLOW_FEED_PARAM=false (vite.config.ts reads it at build time).
 */
export const FEED_PARAM_ALLOWED: boolean = import.meta.env.RUWEI_ALLOW_FEED_PARAM !== 'false';

/** The app's own folder (Vite `base`), absolute: feed.json lives beside index.html. */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}

/** The feed of this page and what to tell about it; throws FeedUrlError for a `?feed=` ruwei may not load. */
export function useFeedSource(): FeedSource {
  return feedSource(useLocation().search, appBaseUrl(), FEED_PARAM_ALLOWED);
}

/** The feed of this page; throws FeedUrlError for a `?feed=` ruwei may not load. */
export function useFeedUrl(): string {
  return useFeedSource().url;
}
