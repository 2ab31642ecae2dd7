// What the list view shows, from a plain feed (everything in memory) or from
// a large site's paged index (pages fetched as rows come into view).
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { feedCategories, type TagCount } from '../feed/categories';
import { indexPageQueryOptions } from '../feed/feed-query';
import { pagesForRange, rowLocation } from '../feed/index-pages';
import type { CategoryNode, FeedIndex, FeedItem, FeedModel, IndexList } from '../feed/model';

export type ListView = {
  count: number;
  /** The item of a row, or undefined while its page is loading. */
  itemAt: (row: number) => FeedItem | undefined;
  /** Rows on screen, so their pages are fetched. */
  showRows: (first: number, last: number) => void;
  /** Pages of rows on screen that failed to load, and a retry for them. */
  pageError?: { error: unknown; retry: () => void };
  /** Every article of the view (a large site's pages fetched as needed), for "Mark all as read". */
  allItems: () => Promise<readonly FeedItem[]>;
  /** Rows not known yet: "Unread only" on a large site waits for every page of the list. */
  pending?: boolean;
};

/** Which articles the view keeps ("Unread only"), or undefined for all. */
export type ItemFilter = ((item: FeedItem) => boolean) | undefined;

export type ListPageData = {
  total: number;
  tags: TagCount[];
  tree: CategoryNode[];
  /** null: the category from the URL does not exist in this feed. */
  list: ListView | null;
};

const noop = () => {};

function memoryList(items: readonly FeedItem[], filter: ItemFilter): ListView {
  const shown = filter ? items.filter(filter) : items;
  return { count: shown.length, itemAt: (row: number) => shown[row], showRows: noop, allItems: () => Promise.resolve(items) };
}

export function usePlainListPage(feed: FeedModel, category: string | undefined, filter: ItemFilter): ListPageData {
  const { tags, tree, byTag } = feedCategories(feed.items);
  const items = category === undefined ? feed.items : byTag.get(category);
  const list = useMemo(() => (items ? memoryList(items, filter) : null), [items, filter]);
  return { total: feed.items.length, tags, tree, list };
}

const INITIAL_ROWS = { first: 0, last: 20 };

function useAllPages(list: IndexList | undefined): () => Promise<FeedItem[]> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    const pages = await Promise.all((list?.pages ?? []).map((url) => queryClient.fetchQuery(indexPageQueryOptions(url))));
    return pages.flatMap((page) => page.items);
  }, [queryClient, list]);
}

/** A filtered list of a large site: every page of the list, then the kept items. */
function useFilteredIndexList(list: IndexList | undefined, filter: ItemFilter): ListView | null {
  const results = useQueries({ queries: (filter && list ? list.pages : []).map((url) => indexPageQueryOptions(url)) });
  const allItems = useAllPages(list);
  const failed = results.filter((result) => result.isError && !result.data);
  const loaded = results.map((result) => result.dataUpdatedAt).join();
  return useMemo(() => {
    if (!list || !filter) return null;
    const pageError = failed.length
      ? { error: failed[0]!.error, retry: () => failed.forEach((result) => void result.refetch()) }
      : undefined;
    if (results.some((result) => !result.data)) return { count: 0, itemAt: () => undefined, showRows: noop, allItems, pageError, pending: !pageError };
    return memoryList(results.flatMap((result) => result.data!.items), filter);
    // `loaded` changes whenever a page arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [list, filter, allItems, loaded, failed.length]);
}

function useIndexedList(index: FeedIndex, list: IndexList | undefined): ListView | null {
  const queryClient = useQueryClient();
  const allItems = useAllPages(list);
  const [shown, setShown] = useState({ list, ...INITIAL_ROWS });
  // Another category starts from its own first rows, not the last list's.
  const rows = shown.list === list ? shown : INITIAL_ROWS;
  const pages = list ? pagesForRange(rows.first, rows.last, index.pageSize, list.pages.length) : [];
  const results = useQueries({ queries: pages.map((page) => indexPageQueryOptions(list?.pages[page] ?? '')) });
  const failed = results.filter((result) => result.isError && !result.data);
  const loaded = results.map((result) => result.dataUpdatedAt).join();

  const showRows = useCallback((first: number, last: number) => {
    setShown((current) => (current.list === list && current.first === first && current.last === last ? current : { list, first, last }));
  }, [list]);

  return useMemo(() => {
    if (!list) return null;
    const itemAt = (row: number) => {
      const { page, offset } = rowLocation(row, index.pageSize);
      const url = list.pages[page];
      return url ? queryClient.getQueryData(indexPageQueryOptions(url).queryKey)?.items[offset] : undefined;
    };
    const pageError = failed.length
      ? { error: failed[0]!.error, retry: () => failed.forEach((result) => void result.refetch()) }
      : undefined;
    return { count: list.count, itemAt, showRows, pageError, allItems };
    // `loaded` changes whenever a page arrives, so rows re-read the cache.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [list, index.pageSize, queryClient, showRows, loaded, failed.length, allItems]);
}

export function useIndexedListPage(index: FeedIndex, category: string | undefined, filter: ItemFilter): ListPageData {
  const tagLists = useMemo(() => new Map(index.tags.map((tag) => [tag.name, tag])), [index]);
  const tags = useMemo(() => index.tags.map(({ name, count }) => ({ name, count })), [index]);
  const indexList = category === undefined ? index.all : tagLists.get(category);
  const paged = useIndexedList(index, filter ? undefined : indexList);
  const filtered = useFilteredIndexList(indexList, filter);
  return { total: index.all.count, tags, tree: index.categories, list: filter ? filtered : paged };
}
