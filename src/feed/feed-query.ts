// The seam between the pure feed modules and TanStack Query: one queryOptions
// factory per remote read, used alike by prefetches and by routes.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { fetchJson, HttpError } from '../lib/fetch-json';
import { perfMark } from '../lib/perf-mark';
import { ArticleNotFoundError, FeedParseError } from './errors';
import type { FeedItem, FeedModel, Neighbour } from './model';
import { neighboursAt } from './neighbours';
import { parseFeed } from './parse-feed';
import { parseIndex, parseIndexPage } from './parse-index';

const FEED_STALE_MS = 5 * 60_000;

export function feedQueryOptions(feedUrl: string) {
  return queryOptions({
    queryKey: ['feed', feedUrl],
    queryFn: async ({ signal }) => {
      const feed = parseFeed(await fetchJson(feedUrl, { signal }), feedUrl);
      perfMark('feed-parsed');
      return feed;
    },
    staleTime: FEED_STALE_MS,
  });
}

export function indexQueryOptions(indexUrl: string) {
  return queryOptions({
    queryKey: ['feed-index', indexUrl],
    queryFn: async ({ signal }) => {
      const index = parseIndex(await fetchJson(indexUrl, { signal }), indexUrl);
      perfMark('index-parsed');
      return index;
    },
    staleTime: FEED_STALE_MS,
  });
}

/** Index pages are named by their content hash, so a fetched page never goes stale. */
export function indexPageQueryOptions(pageUrl: string) {
  return queryOptions({
    queryKey: ['feed-page', pageUrl],
    queryFn: async ({ signal }) => parseIndexPage(await fetchJson(pageUrl, { signal }), pageUrl),
    staleTime: Infinity,
  });
}

export type Article = {
  item: FeedItem;
  feedTitle: string;
  /** The content's language: the item's, else the feed's. */
  language?: string;
  newer?: Neighbour;
  older?: Neighbour;
};

function hasContent(item: FeedItem): boolean {
  return item.contentHtml !== undefined || item.contentText !== undefined;
}

/**
 * An article's one-item file. `listed`: the feed or a loaded index page names
 * this article, so a missing file is the site's fault (an error with Retry);
 * otherwise a missing file means no such article (the not-found view).
 */
async function fetchOneItemFeed(url: string, slug: string, listed: boolean, signal: AbortSignal): Promise<Article> {
  let feed: FeedModel;
  try {
    feed = parseFeed(await fetchJson(url, { signal }), url);
  } catch (error) {
    const gone = error instanceof HttpError && (error.status === 404 || error.status === 410);
    if (gone && !listed) throw new ArticleNotFoundError(slug);
    throw error;
  }
  const item = feed.items.find((candidate) => candidate.slug === slug);
  if (!item) throw new FeedParseError(url, 'items', `does not hold the article "${slug}"`);
  return { item, feedTitle: feed.title, language: item.language ?? feed.language, newer: feed.newer, older: feed.older };
}

/** The article as a loaded page of a large site's index lists it, if one does. */
function listedInIndexPages(client: QueryClient, slug: string): FeedItem | undefined {
  for (const [, page] of client.getQueriesData<{ items: FeedItem[] }>({ queryKey: ['feed-page'] })) {
    const found = page?.items.find((candidate) => candidate.slug === slug);
    if (found) return found;
  }
  return undefined;
}

export function articleQueryOptions(feedUrl: string, slug: string) {
  return queryOptions({
    queryKey: ['feed', feedUrl, 'article', slug],
    queryFn: async ({ client, signal }): Promise<Article> => {
      const feed = await client.ensureQueryData(feedQueryOptions(feedUrl));
      const index = feed.items.findIndex((item) => item.slug === slug);
      const item = feed.items[index];
      if (item && hasContent(item)) {
        return { item, feedTitle: feed.title, language: item.language ?? feed.language, ...neighboursAt(feed.items, index) };
      }
      const listed = item ?? listedInIndexPages(client, slug);
      const url = listed?.contentUrl ?? feed.itemUrlTemplate?.replace('{slug}', encodeURIComponent(slug));
      if (!url) throw new ArticleNotFoundError(slug);
      return fetchOneItemFeed(url, slug, listed !== undefined, signal);
    },
    staleTime: FEED_STALE_MS,
  });
}
