// Unknown JSON → FeedModel. Steps: check the document (version, title, items)
// and throw a FeedParseError naming the bad field; check each item on its
// own, leaving out and counting the bad ones; normalise 1.0 and 1.1 (author
// vs authors, numeric ids), decode titles, name untitled items by their text,
// resolve URLs and keep only http(s) ones; sort newest first.
// Two bases for relative URLs: the publisher's links (item pages, images,
// attachments, authors) resolve against `feed_url` when it is absolute, else
// against the address the feed was read from; ruwei's own links (`_ruwei`:
// index, item files) always against that address, so a copy of a site served
// from elsewhere still loads its own files.
import * as v from 'valibot';
import { safeHttpUrl } from '../lib/safe-url';
import { FeedParseError, issuePath, issueProblem } from './errors';
import { fallbackTitle, plainText } from './item-text';
import type { Attachment, Author, FeedItem, FeedModel, Neighbour } from './model';
import { itemSlug } from './item-slug';
import { feedSchema, itemSchema, type WireAuthor, type WireItem } from './wire';

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
  const linkBase = publisherBase(feed.feed_url, url);
  const { items, skipped } = parseItems(feed.items, url, 'items', linkBase);
  const ext = feed._ruwei;
  return {
    url,
    title: plainText(feed.title) ?? '',
    homePageUrl: safeHttpUrl(feed.home_page_url, linkBase),
    description: feed.description,
    language: feed.language,
    authors: normaliseAuthors(feed.authors, feed.author, linkBase),
    items: sortNewestFirst(items),
    skipped,
    indexUrl: safeHttpUrl(ext?.index, url),
    itemUrlTemplate: ext?.item_url ? safeHttpUrl(ext.item_url, url)?.replace('%7Bslug%7D', '{slug}') : undefined,
    searchIndexUrl: safeHttpUrl(ext?.search_index, url),
    newer: neighbour(ext?.newer),
    older: neighbour(ext?.older),
  };
}

/** `feed_url` when it is an absolute http(s) URL, else the address the feed was read from. */
function publisherBase(feedUrl: string | undefined, url: string): string {
  if (feedUrl === undefined) return url;
  try {
    return safeHttpUrl(new URL(feedUrl.trim()).href, url) ?? url;
  } catch {
    return url;
  }
}

/**
 * Items one by one: a bad item is left out and counted, with its reason.
 * `url` is the document's address, `linkBase` the base of the publisher's links.
 */
export function parseItems(raw: readonly unknown[], url: string, at: string, linkBase = url) {
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
    const item = normaliseItem(result.output, url, linkBase);
    if (seen.has(item.slug)) {
      skip(`"${at}[${i}].id" repeats "${item.slug}"`);
      return;
    }
    seen.add(item.slug);
    items.push(item);
  });
  return { items, skipped };
}

function normaliseItem(item: WireItem, url: string, linkBase: string): FeedItem {
  const ext = item._ruwei;
  const summary = plainText(item.summary);
  return {
    id: item.id,
    slug: ext?.slug ?? itemSlug(item.id),
    title: plainText(item.title) ?? fallbackTitle(summary, item.content_text, item.content_html),
    summary,
    contentHtml: item.content_html,
    contentText: item.content_text,
    url: safeHttpUrl(item.url, linkBase),
    externalUrl: safeHttpUrl(item.external_url, linkBase),
    image: safeHttpUrl(item.image, linkBase),
    bannerImage: safeHttpUrl(item.banner_image, linkBase),
    published: parseDate(item.date_published),
    modified: parseDate(item.date_modified),
    authors: normaliseAuthors(item.authors, item.author, linkBase),
    tags: uniqueTrimmed(item.tags ?? []),
    categories: (ext?.categories ?? []).map(uniqueTrimmed).filter((path) => path.length > 0),
    language: item.language,
    attachments: normaliseAttachments(item.attachments ?? [], linkBase),
    readingMinutes: ext?.reading_minutes,
    contentUrl: safeHttpUrl(ext?.content_url, url),
  };
}

/** Attachments with an http(s) URL; one without is left out, the item kept. */
function normaliseAttachments(list: NonNullable<WireItem['attachments']>, base: string): Attachment[] {
  const attachments: Attachment[] = [];
  for (const attachment of list) {
    const url = safeHttpUrl(attachment.url, base);
    if (!url) continue;
    attachments.push({
      url,
      mimeType: attachment.mime_type,
      title: plainText(attachment.title),
      sizeInBytes: attachment.size_in_bytes,
      durationInSeconds: attachment.duration_in_seconds,
    });
  }
  return attachments;
}

function normaliseAuthors(list: WireAuthor[] | undefined, single: WireAuthor | undefined, base: string): Author[] {
  const authors: Author[] = [];
  for (const author of list ?? (single ? [single] : [])) {
    const name = plainText(author.name);
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
