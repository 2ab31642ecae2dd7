// The site's own feed as the build wrote it into dist/, read from disk the
// way the app reads it over HTTP: feed.json, and for a large site its index
// and one-item files. Each article becomes a page seed (page-seed.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeedItem, FeedModel } from '../feed/model';
import { neighboursAt } from '../feed/neighbours';
import { parseFeed } from '../feed/parse-feed';
import { parseIndex, parseIndexPage } from '../feed/parse-index';
import { stripBidiControlsFromJson } from '../lib/bidi';
import type { PageSeed } from './page-seed';

export type SiteData = {
  feed: FeedModel;
  /** The feed's own fields as JSON, without its items: what every page shows of the site. */
  head: string;
  seeds: PageSeed[];
  tags: string[];
  /** Every article as the list shows it, in the feed's order (a large site's from its index). */
  items: FeedItem[];
};

type WireDoc = Record<string, unknown> & { items?: unknown };

/** A URL of the site (under `appBase`) as a file of `outDir`. */
function fileOf(outDir: string, appBase: string, url: string): string {
  const { origin, pathname } = new URL(url);
  const base = new URL(appBase);
  if (origin !== base.origin || !pathname.startsWith(base.pathname)) throw new Error(`${url} is not a file of this site (${appBase})`);
  return join(outDir, decodeURIComponent(pathname.slice(base.pathname.length)));
}

async function readJson(outDir: string, appBase: string, url: string): Promise<WireDoc> {
  const file = fileOf(outDir, appBase, url);
  // As lib/fetch-json.ts does for the app: no bidi control survives parsing.
  return JSON.parse(stripBidiControlsFromJson(await readFile(file, 'utf8'))) as WireDoc;
}

/** A URL of the site relative to its folder, still percent-encoded. */
function relative(appBase: string, url: string): string {
  return new URL(url).pathname.slice(new URL(appBase).pathname.length);
}

/**
 * The site's feed, the seeds of the articles at the positions `mine` keeps
 * (a worker's share: the others' one-item files are not read at all), and
 * the categories of every article, as the feed and its index pages list them.
 */
export async function readSite(outDir: string, appBase: string, locale: string, mine: (position: number) => boolean = () => true): Promise<SiteData> {
  const feedUrl = new URL('feed.json', appBase).href;
  const raw = await readJson(outDir, appBase, feedUrl);
  const feed = parseFeed(raw, feedUrl);
  // The feed's own fields go with each item; its `_ruwei` (index, item files) belongs to the whole feed.
  const head = { ...raw };
  const rawItems = head.items;
  delete head.items;
  delete head._ruwei;
  const seeds: PageSeed[] = [];
  const seen = new Set<string>();
  const tags = new Set<string>();
  const add = (item: FeedItem) => {
    seen.add(item.slug);
    for (const tag of item.tags) tags.add(tag);
    return mine(seen.size - 1);
  };

  // Items with their content in feed.json: a one-item document each, with the
  // neighbours the app gives them (articleQueryOptions: the feed's order).
  for (const rawItem of Array.isArray(rawItems) ? rawItems : []) {
    const single = parseFeed({ ...head, items: [rawItem] }, feedUrl).items[0];
    if (!single || (single.contentHtml === undefined && single.contentText === undefined) || seen.has(single.slug)) continue;
    if (!add(single)) continue;
    const { newer, older } = neighboursAt(feed.items, feed.items.findIndex((item) => item.slug === single.slug));
    seeds.push({ slug: single.slug, source: 'feed.json', feed: { ...head, items: [rawItem], _ruwei: { newer, older } }, locale });
  }

  // A large site: every other article from its one-item file, as the app would fetch it.
  let items = feed.items;
  if (feed.indexUrl) {
    const index = parseIndex(await readJson(outDir, appBase, feed.indexUrl), feed.indexUrl);
    items = [];
    for (const pageUrl of index.all.pages) {
      const page = parseIndexPage(await readJson(outDir, appBase, pageUrl), pageUrl);
      items.push(...page.items);
      for (const item of page.items) {
        const url = item.contentUrl ?? feed.itemUrlTemplate?.replace('{slug}', encodeURIComponent(item.slug));
        if (seen.has(item.slug) || !url || !add(item)) continue;
        const doc = await readJson(outDir, appBase, url);
        if (parseFeed(doc, url).items[0]?.slug !== item.slug) throw new Error(`${relative(appBase, url)} does not hold the article "${item.slug}"`);
        seeds.push({ slug: item.slug, source: relative(appBase, url), feed: doc, locale });
      }
    }
  }

  return { feed, head: JSON.stringify(head), seeds, tags: [...tags], items };
}
