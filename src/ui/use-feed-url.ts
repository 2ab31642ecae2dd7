import { useLocation } from 'react-router';
import { resolveFeedUrl } from '../feed/feed-url';

/** The app's own folder (Vite `base`), absolute: feed.json lives beside index.html. */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}

/** The feed of this page; throws FeedUrlError for a `?feed=` ruwei may not load. */
export function useFeedUrl(): string {
  const { search } = useLocation();
  return resolveFeedUrl(search, appBaseUrl());
}
