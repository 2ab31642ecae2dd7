// Sorted posts -> the documents to write, as bytes. Pure: no clock, no randomness,
// fixed key order, so identical input gives identical bytes.
// Small sites (<= SINGLE_FILE_MAX posts whose items fit in FEED_MAX_BYTES):
// one feed.json with every item.
// Large sites: feed/items/<slug>.json (one-item feeds with neighbours),
// feed/pages/<hash>.json (slim items, PAGE_SIZE each, for "all" and for
// every tag), feed/index.<hash>.json (the manifest), and feed.json with the
// newest items (at most FEED_ITEMS, and only while they fit in
// FEED_MAX_BYTES) pointing to the rest. Every file the app loads so stays far
// below its 32 MB refusal, whatever the posts weigh. Hashed names make a new
// page or manifest a new file, so a reader of the old feed.json never sees
// a half-updated set.
import { createHash } from 'node:crypto';
import { JSON_FEED_1_1, RUWEI_INDEX_VERSION } from '../feed/wire';
import type { WireFeed, WireIndex, WireIndexItem, WireIndexList, WireItem, WireNeighbour } from '../feed/wire';
import { categoryTree, limitDepth, tagMembers } from '../feed/categories';
import type { Post } from './read-post';
import type { RenderedPost } from './render-post';
import { articleUrl } from './site-urls';
import { SYNDICATION_ITEMS } from './syndication';

export const SINGLE_FILE_MAX = 50;
export const PAGE_SIZE = 50;
export const FEED_ITEMS = 10;
/** Bytes of items feed.json may carry; a one-file site over it takes the paged layout. */
export const FEED_MAX_BYTES = 4 * 1024 * 1024;
/** The manifest's category tree nests at most this deep (JSON.stringify recurses per level). */
export const INDEX_TREE_MAX_DEPTH = 100;
export const FEED_FILE = 'feed.json';
export const ITEMS_DIR = 'feed/items';
export const PAGES_DIR = 'feed/pages';

export type SluggedPost = Post & { slug: string };
export type FeedOptions = { title: string; baseUrl?: string | undefined; language?: string | undefined };
export type OutputFile = { path: string; data: string };
/** `search`: the prebuilt search index (search-index.ts), first part and shards, written with the pages. */
export type FinalFiles = { pages: OutputFile[]; manifest: OutputFile | undefined; feed: OutputFile; search?: OutputFile[] };

export type FeedFiles = FinalFiles & { layout: Layout; items: OutputFile[] };
export type Layout = 'single' | 'paged';

/** Newest first by instant; undated last; ties by slug. */
export function sortPosts<T extends SluggedPost>(posts: readonly T[]): T[] {
  return [...posts].sort((a, b) => {
    const byDate = (b.published?.ms ?? -Infinity) - (a.published?.ms ?? -Infinity);
    if (byDate !== 0 && !Number.isNaN(byDate)) return byDate;
    return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
  });
}

/** `itemBytes`: the items' bytes in a one-file feed.json (feedBytes), when known. */
export function layoutFor(count: number, itemBytes = 0): Layout {
  return count <= SINGLE_FILE_MAX && itemBytes <= FEED_MAX_BYTES ? 'single' : 'paged';
}

/** What the items of a one-file feed.json would weigh, in bytes. */
export function feedBytes(sortedPosts: readonly SluggedPost[], rendered: readonly RenderedPost[], options: FeedOptions): number {
  let bytes = 0;
  sortedPosts.forEach((post, i) => {
    bytes += Buffer.byteLength(JSON.stringify(feedItem(post, rendered[i] as RenderedPost, options.baseUrl)));
  });
  return bytes;
}

/**
 * Turns sorted posts into documents one post at a time, so the caller can
 * write each one-item file while the next post renders. Call add() for every
 * post in order, then finish().
 */
export class FeedAssembler {
  readonly layout: Layout;
  private readonly posts: readonly SluggedPost[];
  private readonly options: FeedOptions;
  private readonly newest: WireItem[] = [];
  private readonly slim: WireIndexItem[] = [];
  /** The newest SYNDICATION_ITEMS items with their content (rss.xml, atom.xml). */
  readonly withContent: WireItem[] = [];
  private added = 0;
  private newestBytes = 0;

  /** `layout`: by default from the number of posts; pass layoutFor(count, feedBytes(…)) when the bodies are rendered. */
  constructor(sortedPosts: readonly SluggedPost[], options: FeedOptions, layout: Layout = layoutFor(sortedPosts.length)) {
    this.posts = sortedPosts;
    this.options = options;
    this.layout = layout;
  }

  /** Adds the next post: its feed item, and on a large site its one-item file. */
  add(rendered: RenderedPost): { item: WireItem; file?: OutputFile } {
    const index = this.added++;
    const post = this.posts[index];
    if (!post) throw new Error('FeedAssembler.add called more often than there are posts');
    const item = feedItem(post, rendered, this.options.baseUrl);
    if (index < SYNDICATION_ITEMS) this.withContent.push(item);
    if (this.layout === 'single') {
      this.newest.push(item);
      return { item };
    }
    const encoded = encodeURIComponent(post.slug);
    if (index === this.newest.length && index < FEED_ITEMS) {
      const newest = withContentUrl(item, `${ITEMS_DIR}/${encoded}.json`);
      // The newest items only, in order: the first that does not fit ends the list.
      this.newestBytes += Buffer.byteLength(JSON.stringify(newest));
      if (this.newestBytes <= FEED_MAX_BYTES) this.newest.push(newest);
    }
    this.slim.push(slimItem(item, `../items/${encoded}.json`));
    return { item, file: itemFile(item, this.posts[index - 1], this.posts[index + 1], this.options) };
  }

  /** `searchIndex`: the path of the prebuilt search index's first part, for feed.json to name (large sites). */
  finish(searchIndex?: string): FinalFiles {
    if (this.layout === 'single') return { pages: [], manifest: undefined, feed: file(FEED_FILE, feedDocument(this.options, this.newest)) };
    const { pages, manifest } = indexFiles(this.slim);
    const feed = feedDocument(this.options, this.newest, { index: manifest.path, item_url: `${ITEMS_DIR}/{slug}.json`, ...(searchIndex !== undefined && { search_index: searchIndex }) });
    return { pages, manifest, feed: file(FEED_FILE, feed) };
  }
}

/**
 * The slim index: pages of every list, and the manifest naming them. Each
 * slim item is serialised once, and a page of the same items as another
 * (one post with N tags gives N one-item lists) is built and hashed once:
 * the cost follows the bytes written, not tags × items × tags.
 */
function indexFiles(slim: readonly WireIndexItem[]): { pages: OutputFile[]; manifest: OutputFile } {
  const pages = new Map<string, OutputFile>();
  const byMembers = new Map<string, string>();
  const json: (string | undefined)[] = [];
  const itemJson = (i: number): string => (json[i] ??= JSON.stringify(slim[i]));
  const list = (members: readonly number[]): WireIndexList => ({ count: members.length, pages: pageFiles(members, itemJson, pages, byMembers) });
  const index: WireIndex = {
    ruwei_index: RUWEI_INDEX_VERSION,
    page_size: PAGE_SIZE,
    all: list(slim.map((_item, i) => i)),
    tags: tagMembers(slim.map((item) => item.tags ?? [])).map(({ name, members }) => ({ name, ...list(members) })),
    categories: limitDepth(categoryTree(slim.map((item) => item._ruwei.categories ?? [])), INDEX_TREE_MAX_DEPTH),
  };
  return { pages: [...pages.values()], manifest: hashedFile('feed/index.', index) };
}

/** Splits a list into pages; identical pages (same items, so same bytes) are made and stored once. */
function pageFiles(members: readonly number[], itemJson: (i: number) => string, pages: Map<string, OutputFile>, byMembers: Map<string, string>): string[] {
  const urls: string[] = [];
  for (let start = 0; start < members.length; start += PAGE_SIZE) {
    const slice = members.slice(start, start + PAGE_SIZE);
    const key = slice.join(',');
    let url = byMembers.get(key);
    if (url === undefined) {
      // The bytes JSON.stringify({ items }) gives, from the items' own JSON.
      const page = hashedData(`${PAGES_DIR}/`, `{"items":[${slice.map(itemJson).join(',')}]}\n`);
      pages.set(page.path, page);
      url = page.path.slice('feed/'.length); // relative to the manifest in feed/
      byMembers.set(key, url);
    }
    urls.push(url);
  }
  return urls;
}

export function feedItem(post: SluggedPost, rendered: RenderedPost, baseUrl: string | undefined): WireItem {
  return {
    id: post.slug,
    ...(baseUrl !== undefined && { url: articleUrl(baseUrl, post.slug) }),
    title: post.title,
    ...(rendered.summary !== undefined && { summary: rendered.summary }),
    content_html: rendered.contentHtml,
    ...(post.image !== undefined && { image: post.image }),
    ...(post.bannerImage !== undefined && { banner_image: post.bannerImage }),
    ...(post.published && { date_published: post.published.iso }),
    ...(post.modified && { date_modified: post.modified.iso }),
    ...(post.authors.length > 0 && { authors: post.authors.map((name) => ({ name })) }),
    tags: post.tags,
    _ruwei: {
      slug: post.slug,
      ...(post.categories.length > 0 && { categories: post.categories }),
      reading_minutes: rendered.readingMinutes,
    },
  };
}

function slimItem(item: WireItem, contentUrl: string): WireIndexItem {
  const slim: WireItem = { ...item };
  delete slim.content_html;
  delete slim.content_text;
  delete slim._ruwei;
  return { ...slim, _ruwei: { slug: item.id, ...item._ruwei, content_url: contentUrl } };
}

function withContentUrl(item: WireItem, contentUrl: string): WireItem {
  return { ...item, _ruwei: { slug: item.id, ...item._ruwei, content_url: contentUrl } };
}

function itemFile(item: WireItem, newer: SluggedPost | undefined, older: SluggedPost | undefined, options: FeedOptions): OutputFile {
  const extension = { newer: neighbour(newer), older: neighbour(older) };
  return file(`${ITEMS_DIR}/${item.id}.json`, feedDocument(options, [item], extension));
}

function neighbour(post: SluggedPost | undefined): WireNeighbour | null {
  return post ? { slug: post.slug, title: post.title } : null;
}

function feedDocument(options: FeedOptions, items: WireItem[], extension?: WireFeed['_ruwei']): WireFeed {
  return {
    version: JSON_FEED_1_1,
    title: options.title,
    ...(options.baseUrl !== undefined && { home_page_url: options.baseUrl, feed_url: `${options.baseUrl}${FEED_FILE}` }),
    ...(options.language !== undefined && { language: options.language }),
    items,
    ...(extension && { _ruwei: extension }),
  };
}

function file(path: string, document: unknown): OutputFile {
  return { path, data: `${JSON.stringify(document)}\n` };
}

function hashedFile(prefix: string, document: unknown): OutputFile {
  return hashedData(prefix, `${JSON.stringify(document)}\n`);
}

function hashedData(prefix: string, data: string): OutputFile {
  const hash = createHash('sha256').update(data).digest('hex').slice(0, 16);
  return { path: `${prefix}${hash}.json`, data };
}
