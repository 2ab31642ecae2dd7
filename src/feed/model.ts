// What the app works with, whatever the feed's version: one normalised model.

export type Author = { name: string; url?: string };

/** A file that goes with an item, such as a podcast's audio. */
export type Attachment = { url: string; mimeType?: string; title?: string; sizeInBytes?: number; durationInSeconds?: number };

export type FeedItem = {
  id: string;
  /** The article's key in `/article/<key>`: `_ruwei.slug`, else the item id (decoded form; see item-slug.ts for ids a path cannot carry). */
  slug: string;
  /** The title as text (entities decoded), else the start of the item's text, else ''. */
  title: string;
  summary?: string;
  contentHtml?: string;
  contentText?: string;
  url?: string;
  externalUrl?: string;
  image?: string;
  bannerImage?: string;
  /** Milliseconds since the epoch. */
  published?: number;
  modified?: number;
  authors: Author[];
  tags: string[];
  /** Category paths, outermost first. */
  categories: string[][];
  language?: string;
  /** Files that go with the item, such as audio (the parser always sets the list). */
  attachments?: Attachment[];
  readingMinutes?: number;
  /** Absolute URL of a one-item feed with this item's content. */
  contentUrl?: string;
};

export type Neighbour = { slug: string; title: string };

export type FeedModel = {
  /** The URL the document was read from; relative URLs in it resolved against this. */
  url: string;
  title: string;
  homePageUrl?: string;
  description?: string;
  language?: string;
  authors: Author[];
  /** Newest first. */
  items: FeedItem[];
  /** Items that failed validation and were left out, with the first reasons. */
  skipped: { count: number; reasons: string[] };
  /** Absolute URL of the slim index (large sites). */
  indexUrl?: string;
  /** Absolute URL template of one-item files, with `{slug}`. */
  itemUrlTemplate?: string;
  /** Absolute URL of the prebuilt search index (large sites). */
  searchIndexUrl?: string;
  /** In a one-item file: the neighbours of its item. */
  newer?: Neighbour;
  older?: Neighbour;
};

export type CategoryNode = { name: string; count: number; children: CategoryNode[] };

export type IndexList = { count: number; pages: string[] };

export type FeedIndex = {
  url: string;
  pageSize: number;
  all: IndexList;
  tags: (IndexList & { name: string })[];
  categories: CategoryNode[];
};

export function articlePath(slug: string): string {
  return `/article/${encodeURIComponent(slug)}`;
}

export function categoryPath(name: string): string {
  return `/category/${encodeURIComponent(name)}`;
}
