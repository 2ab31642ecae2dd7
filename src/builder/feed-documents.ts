// Sorted posts -> the documents to write, as bytes. Pure: no clock, no randomness,
// fixed key order, so identical input gives identical bytes.
// Small sites (<= SINGLE_FILE_MAX posts): one feed.json with every item.
// Large sites: feed/items/<slug>.json (one-item feeds with neighbours),
// feed/pages/<hash>.json (slim items, PAGE_SIZE each, for "all" and for
// every tag), feed/index.<hash>.json (the manifest), and feed.json with the
// FEED_ITEMS newest items pointing to the rest. Hashed names make a new
// page or manifest a new file, so a reader of the old feed.json never sees
// a half-updated set.
import { createHash } from 'node:crypto';
import { JSON_FEED_1_1, RUWEI_INDEX_VERSION } from '../feed/wire';
import type { WireFeed, WireIndex, WireIndexItem, WireIndexList, WireItem, WireNeighbour } from '../feed/wire';
import { categoryTree, limitDepth, tagMembers } from '../feed/categories';
import type { Post } from './read-post';
import type { RenderedPost } from './render-post';
import { articleUrl } from './site-urls';

export const SINGLE_FILE_MAX = 50;
export const PAGE_SIZE = 50;
export const FEED_ITEMS = 10;
/** The manifest's category tree nests at most this deep (JSON.stringify recurses per level). */
export const INDEX_TREE_MAX_DEPTH = 100;
export const FEED_FILE = 'feed.json';
export const ITEMS_DIR = 'feed/items';
export const PAGES_DIR = 'feed/pages';

export type SluggedPost = Post & { slug: string };
export type FeedOptions = { title: string; baseUrl?: string | undefined };
export type OutputFile = { path: string; data: string };
export type FinalFiles = { pages: OutputFile[]; manifest: OutputFile | undefined; feed: OutputFile };
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

export function layoutFor(count: number): Layout {
  return count <= SINGLE_FILE_MAX ? 'single' : 'paged';
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
  private added = 0;

  constructor(sortedPosts: readonly SluggedPost[], options: FeedOptions) {
    this.posts = sortedPosts;
    this.options = options;
    this.layout = layoutFor(sortedPosts.length);
  }

  /** Adds the next post; on a large site returns its one-item file. */
  add(rendered: RenderedPost): OutputFile | undefined {
    const index = this.added++;
    const post = this.posts[index];
    if (!post) throw new Error('FeedAssembler.add called more often than there are posts');
    const item = feedItem(post, rendered, this.options.baseUrl);
    if (this.layout === 'single') {
      this.newest.push(item);
      return undefined;
    }
    const encoded = encodeURIComponent(post.slug);
    if (index < FEED_ITEMS) this.newest.push(withContentUrl(item, `${ITEMS_DIR}/${encoded}.json`));
    this.slim.push(slimItem(item, `../items/${encoded}.json`));
    return itemFile(item, this.posts[index - 1], this.posts[index + 1], this.options);
  }

  finish(): FinalFiles {
    if (this.layout === 'single') return { pages: [], manifest: undefined, feed: file(FEED_FILE, feedDocument(this.options, this.newest)) };
    const { pages, manifest } = indexFiles(this.slim);
    const feed = feedDocument(this.options, this.newest, { index: manifest.path, item_url: `${ITEMS_DIR}/{slug}.json` });
    return { pages, manifest, feed: file(FEED_FILE, feed) };
  }
}

/** The slim index: pages of every list, and the manifest naming them. */
function indexFiles(slim: readonly WireIndexItem[]): { pages: OutputFile[]; manifest: OutputFile } {
  const pages = new Map<string, OutputFile>();
  const list = (members: readonly number[]): WireIndexList => ({ count: members.length, pages: pageFiles(members.map((i) => slim[i] as WireIndexItem), pages) });
  const index: WireIndex = {
    ruwei_index: RUWEI_INDEX_VERSION,
    page_size: PAGE_SIZE,
    all: list(slim.map((_item, i) => i)),
    tags: tagMembers(slim.map((item) => item.tags ?? [])).map(({ name, members }) => ({ name, ...list(members) })),
    categories: limitDepth(categoryTree(slim.map((item) => item._ruwei.categories ?? [])), INDEX_TREE_MAX_DEPTH),
  };
  return { pages: [...pages.values()], manifest: hashedFile('feed/index.', index) };
}

/** Splits a list into pages; identical pages (same bytes) are stored once. */
function pageFiles(items: readonly WireIndexItem[], pages: Map<string, OutputFile>): string[] {
  const urls: string[] = [];
  for (let start = 0; start < items.length; start += PAGE_SIZE) {
    const page = hashedFile(`${PAGES_DIR}/`, { items: items.slice(start, start + PAGE_SIZE) });
    pages.set(page.path, page);
    urls.push(page.path.slice('feed/'.length)); // relative to the manifest in feed/
  }
  return urls;
}

function feedItem(post: SluggedPost, rendered: RenderedPost, baseUrl: string | undefined): WireItem {
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
    items,
    ...(extension && { _ruwei: extension }),
  };
}

function file(path: string, document: unknown): OutputFile {
  return { path, data: `${JSON.stringify(document)}\n` };
}

function hashedFile(prefix: string, document: unknown): OutputFile {
  const data = `${JSON.stringify(document)}\n`;
  const hash = createHash('sha256').update(data).digest('hex').slice(0, 16);
  return { path: `${prefix}${hash}.json`, data };
}
