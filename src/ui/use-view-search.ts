import { useLocation } from 'react-router';
import { viewSearch } from '../feed/feed-url';

/** The query parameters every internal link carries (`?feed=`, `?q=`, `?unread=`), or ''. */
export function useViewSearch(): string {
  return viewSearch(useLocation().search);
}
