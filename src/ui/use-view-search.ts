import { useLocation } from 'react-router';
import { viewSearch } from '../feed/feed-url';
import { FEED_PARAM_ALLOWED } from './use-feed-url';

/** The query parameters every internal link carries (`?feed=`, `?q=`, `?unread=`), or ''. */
export function useViewSearch(): string {
  return viewSearch(useLocation().search, FEED_PARAM_ALLOWED);
}
