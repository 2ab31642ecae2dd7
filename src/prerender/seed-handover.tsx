// Beside the routes of a hydrated article page. The feed data the page was
// seeded with holds one item: enough for the article and the header, not for
// a list. As soon as the reader leaves the article, it is dropped, and the
// next view loads the whole feed as it would on any first visit. It is dropped
// while rendering, before the next view reads it, not in an effect after that
// view has shown the one-item list.
import { useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { feedQueryOptions } from '../feed/feed-query';
import type { FeedModel } from '../feed/model';

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function SeedHandover({ path, feedUrl, seeded }: { path: string; feedUrl: string; seeded: FeedModel }) {
  const client = useQueryClient();
  const { pathname } = useLocation();
  const { queryKey } = feedQueryOptions(feedUrl);
  if (decoded(pathname) !== decoded(path) && client.getQueryData(queryKey) === seeded) client.removeQueries({ queryKey, exact: true });
  return null;
}
