// The documents ruwei reads and the builder writes: JSON Feed 1.1 plus the
// `_ruwei` extension (https://www.jsonfeed.org/version/1.1/#extensions).
// Relative URLs inside a document resolve against that document's own URL.

export const JSON_FEED_1_1 = 'https://jsonfeed.org/version/1.1';
export const JSON_FEED_1_0 = 'https://jsonfeed.org/version/1';
export const RUWEI_INDEX_VERSION = 1;

export type WireAuthor = { name?: string; url?: string; avatar?: string };

export type WireItemExtension = {
  slug: string;
  /** Category paths, outermost first: [["新媒体", "36kr", "资讯"]]. */
  categories?: string[][];
  reading_minutes?: number;
  /** A one-item feed holding this item with its content (large sites). */
  content_url?: string;
};

export type WireItem = {
  id: string;
  url?: string;
  external_url?: string;
  title?: string;
  summary?: string;
  content_html?: string;
  content_text?: string;
  image?: string;
  banner_image?: string;
  date_published?: string;
  date_modified?: string;
  authors?: WireAuthor[];
  tags?: string[];
  language?: string;
  _ruwei?: WireItemExtension;
};

/** A neighbour of an item in the full newest-first order (one-item files only). */
export type WireNeighbour = { slug: string; title: string };

export type WireFeedExtension = {
  /** URL of the slim index manifest (large sites). */
  index?: string;
  /** URL template of one-item files; `{slug}` is replaced by encodeURIComponent(slug). */
  item_url?: string;
  /** In a one-item file: the items just newer and older than this one. */
  newer?: WireNeighbour | null;
  older?: WireNeighbour | null;
};

export type WireFeed = {
  version: typeof JSON_FEED_1_1;
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  language?: string;
  authors?: WireAuthor[];
  items: WireItem[];
  _ruwei?: WireFeedExtension;
};

/** An item of an index page: a feed item without its content. */
export type WireIndexItem = Omit<WireItem, 'content_html' | 'content_text'> & {
  _ruwei: WireItemExtension & { content_url: string };
};

export type WireIndexList = {
  count: number;
  /** Newest-first pages of slim items. */
  pages: string[];
};

export type WireIndexTag = WireIndexList & { name: string };

export type WireCategoryNode = { name: string; count: number; children: WireCategoryNode[] };

/** The manifest `_ruwei.index` points to. */
export type WireIndex = {
  ruwei_index: typeof RUWEI_INDEX_VERSION;
  page_size: number;
  all: WireIndexList;
  /** Every tag, most used first (ties: first seen in newest-first order). */
  tags: WireIndexTag[];
  /** The category hierarchy from `_ruwei.categories`. */
  categories: WireCategoryNode[];
};

export type WireIndexPage = { items: WireIndexItem[] };
