// In the browser, before the app mounts: is this a prerendered article page
// the app can start from? Only when the page shows what the app would
// render: the URL is the page's own (no `?feed=` or other parameter, which
// change the view or its links) and its data reads. Then the article's and
// the feed's queries are seeded with that data (no second fetch) and the
// article chunk is loaded first, so the first render is the article, not
// "Loading". A page rendered in the reader's interface language is taken
// over as it stands (hydration); in another (static pages are English), the
// app renders it anew from the same data, and only the interface strings
// change in place. Any other page the app renders afresh (a list page,
// index.html or a category's, once its list is loaded: loadList).
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { preloadArticleRoute } from '../app/app';
import { articleQueryOptions, feedQueryOptions, indexPageQueryOptions, indexQueryOptions } from '../feed/feed-query';
import { formatDate } from '../lib/format-date';
import { locale } from '../lib/i18n';
import { appBaseUrl } from '../ui/use-feed-url';
import { readSeed, seededQueries, seedPath } from './page-seed';
import { SeedHandover } from './seed-handover';
import './static-list.css';

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Dates were formatted in the build machine's time zone; the reader's may name another day. */
function alignDates(root: HTMLElement): void {
  for (const time of root.querySelectorAll<HTMLTimeElement>('.article-meta > time[datetime]')) {
    const text = formatDate(Date.parse(time.dateTime));
    if (time.textContent !== text) time.textContent = text;
  }
}

/**
 * A prerendered list page, index.html or a category's (its first rows in
 * the page): the app renders it afresh, so the feed (a large site's index
 * and first page) is loaded first, and the page's rows give way to the same
 * rows, not to "Loading".
 */
async function loadList(client: QueryClient, root: HTMLElement): Promise<void> {
  if (location.search || !root.querySelector('.article-list[data-prerendered]')) return;
  try {
    const feed = await client.fetchQuery(feedQueryOptions(new URL('feed.json', appBaseUrl()).href));
    if (!feed.indexUrl) return;
    const index = await client.fetchQuery(indexQueryOptions(feed.indexUrl));
    const name = /\/category\/([^/]+)$/.exec(location.pathname)?.[1];
    const list = name === undefined ? index.all : index.tags.find((tag) => tag.name === decoded(name));
    if (list?.pages[0]) await client.fetchQuery(indexPageQueryOptions(list.pages[0]));
  } catch {
    // The app shows what failed, as on any first visit.
  }
}

export type Handover = {
  /** What to render beside the routes. */
  beside: ReactNode;
  /** Whether the page is hydrated: it was rendered in the reader's interface language. */
  hydrate: boolean;
};

/** How the app takes over a prerendered article page, or undefined when it starts as on any other page. */
export async function prerenderedPage(client: QueryClient, root: HTMLElement): Promise<Handover | undefined> {
  try {
    const seed = readSeed(document);
    if (!seed) await loadList(client, root);
    if (!seed || location.search) return undefined;
    const base = appBaseUrl();
    if (decoded(location.pathname) !== decoded(new URL(`.${seedPath(seed)}`, base).pathname)) return undefined;
    const { article, feed } = seededQueries(seed, base);
    const feedUrl = feed.url;
    await preloadArticleRoute();
    client.setQueryData(articleQueryOptions(feedUrl, seed.slug).queryKey, article);
    client.setQueryData(feedQueryOptions(feedUrl).queryKey, feed);
    const hydrate = seed.locale === locale;
    if (hydrate) alignDates(root);
    return { beside: <SeedHandover path={seedPath(seed)} feedUrl={feedUrl} seeded={feed} />, hydrate };
  } catch {
    // Unreadable data or a chunk that did not load: the app renders the page itself, as without prerendering.
    return undefined;
  }
}
