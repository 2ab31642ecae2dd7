// What a prerendered article page hands to the app, so that the app starts
// from the data the page was rendered from instead of fetching it again: a
// one-item JSON Feed (the site's title and language, the item as the feed
// holds it, its neighbours), in a `<script type="application/json">` (a data
// block: the CSP's `script-src 'self'` does not apply to it, nothing runs).
// The build and the browser turn it into the same query data with the same
// function (seededQueries), so the page hydrates as it was rendered.
import { articlePath, type FeedModel } from '../feed/model';
import type { Article } from '../feed/feed-query';
import { parseFeed } from '../feed/parse-feed';

export const SEED_ID = 'ruwei-page';

export type PageSeed = {
  /** The article's slug (decoded), as the route's `:slug` reads it. */
  slug: string;
  /** The document the item came from, relative to the app's folder: `feed.json` or a one-item file. */
  source: string;
  /** A JSON Feed with the one item; `_ruwei.newer`/`older` are its neighbours. */
  feed: unknown;
  /** The interface language it was rendered in (lib/i18n.ts). */
  locale: string;
};

/** The route of the seed's article, from the app's folder: `/article/<encoded slug>`. */
export function seedPath(seed: Pick<PageSeed, 'slug'>): string {
  return articlePath(seed.slug);
}

/** The seed as an HTML data block; `<` is escaped, so no string in it can end the element. */
export function seedScript(seed: PageSeed): string {
  const json = JSON.stringify(seed).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${SEED_ID}">${json}</script>`;
}

export function readSeed(doc: Document): PageSeed | undefined {
  const text = doc.getElementById(SEED_ID)?.textContent;
  if (!text) return undefined;
  const seed = JSON.parse(text) as Partial<PageSeed>;
  return typeof seed.slug === 'string' && typeof seed.source === 'string' && typeof seed.locale === 'string' ? (seed as PageSeed) : undefined;
}

/**
 * The article query's data and the feed query's data for the seed, as the
 * app's own queries would have made them (feed/feed-query.ts). `feed` holds
 * the site's title and language and this one item only: the app drops it as
 * soon as the reader leaves the page (seed-handover.tsx).
 */
export function seededQueries(seed: PageSeed, appBaseUrl: string): { article: Article; feed: FeedModel } {
  const feed = parseFeed(seed.feed, new URL(seed.source, appBaseUrl).href);
  const item = feed.items[0];
  if (!item || item.slug !== seed.slug) throw new Error(`the page's data does not hold the article "${seed.slug}"`);
  const article: Article = { item, feedTitle: feed.title, language: item.language ?? feed.language, newer: feed.newer, older: feed.older };
  return { article, feed: { ...feed, url: new URL('feed.json', appBaseUrl).href } };
}
