// Unknown JSON → FeedModel. Steps: check the document (version, title, items)
// and throw a FeedParseError naming the bad field; check each item on its
// own, leaving out and counting the bad ones; normalise 1.0 and 1.1 (author
// vs authors, numeric ids), resolve URLs against the document and keep only
// http(s) ones; sort newest first.
import * as v from 'valibot';
import { safeHttpUrl } from '../lib/safe-url';
import { FeedParseError } from './errors';
import type { Author, FeedItem, FeedModel, Neighbour } from './model';
import { feedSchema, issuePath, issueProblem, itemSchema, type AuthorInput, type ItemInput } from './schema';
import { itemSlug } from './item-slug';

const MAX_REASONS = 3;

export function parseFeed(json: unknown, url: string): FeedModel {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new FeedParseError(url, '', 'is not a JSON Feed: expected an object with "version", "title" and "items"');
  }
  const result = v.safeParse(feedSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    throw new FeedParseError(url, issuePath(issue), issueProblem(issue));
  }
  const feed = result.output;
  const { items, skipped } = parseItems(feed.items, url, 'items');
  const ext = feed._ruwei;
  return {
    url,
    title: feed.title.trim(),
    homePageUrl: safeHttpUrl(feed.home_page_url, url),
    description: feed.description,
    language: feed.language,
    authors: normaliseAuthors(feed.authors, feed.author, url),
    items: sortNewestFirst(items),
    skipped,
    indexUrl: safeHttpUrl(ext?.index, url),
    itemUrlTemplate: ext?.item_url ? safeHttpUrl(ext.item_url, url)?.replace('%7Bslug%7D', '{slug}') : undefined,
    newer: neighbour(ext?.newer),
    older: neighbour(ext?.older),
  };
}

/** Items one by one: a bad item is left out and counted, with its reason. */
export function parseItems(raw: readonly unknown[], url: string, at: string) {
  const items: FeedItem[] = [];
  const skipped = { count: 0, reasons: [] as string[] };
  const seen = new Set<string>();
  const skip = (reason: string) => {
    skipped.count++;
    if (skipped.reasons.length < MAX_REASONS) skipped.reasons.push(reason);
  };
  raw.forEach((value, i) => {
    const result = v.safeParse(itemSchema, value);
    if (!result.success) {
      const issue = result.issues[0];
      skip(`"${issuePath(issue, `${at}[${i}]`)}" ${issueProblem(issue)}`);
      return;
    }
    const item = normaliseItem(result.output, url);
    if (seen.has(item.slug)) {
      skip(`"${at}[${i}].id" repeats "${item.slug}"`);
      return;
    }
    seen.add(item.slug);
    items.push(item);
  });
  return { items, skipped };
}

function normaliseItem(item: ItemInput, url: string): FeedItem {
  const id = String(item.id);
  const ext = item._ruwei;
  return {
    id,
    slug: ext?.slug ?? itemSlug(id),
    title: (item.title ?? '').trim(),
    summary: item.summary?.trim() || undefined,
    contentHtml: item.content_html,
    contentText: item.content_text,
    url: safeHttpUrl(item.url, url),
    externalUrl: safeHttpUrl(item.external_url, url),
    image: safeHttpUrl(item.image, url),
    bannerImage: safeHttpUrl(item.banner_image, url),
    published: parseDate(item.date_published),
    modified: parseDate(item.date_modified),
    authors: normaliseAuthors(item.authors, item.author, url),
    tags: uniqueTrimmed(item.tags ?? []),
    categories: (ext?.categories ?? []).map(uniqueTrimmed).filter((path) => path.length > 0),
    language: item.language,
    readingMinutes: ext?.reading_minutes,
    contentUrl: safeHttpUrl(ext?.content_url, url),
  };
}

function normaliseAuthors(list: AuthorInput[] | undefined, single: AuthorInput | undefined, base: string): Author[] {
  const authors: Author[] = [];
  for (const author of list ?? (single ? [single] : [])) {
    const name = author.name?.trim();
    if (name) authors.push({ name, url: safeHttpUrl(author.url, base) });
  }
  return authors;
}

function neighbour(value: { slug: string; title: string } | null | undefined): Neighbour | undefined {
  return value ? { slug: value.slug, title: value.title } : undefined;
}

function parseDate(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

function uniqueTrimmed(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

/** Newest first; undated items keep their feed order after the dated ones. */
export function sortNewestFirst(items: FeedItem[]): FeedItem[] {
  return items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => (b.item.published ?? -Infinity) - (a.item.published ?? -Infinity) || a.order - b.order)
    .map(({ item }) => item);
}
