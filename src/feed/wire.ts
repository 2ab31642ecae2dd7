// The documents ruwei reads and the builder writes, described once: JSON Feed
// 1.1 and 1.0 (https://www.jsonfeed.org/version/1.1/) plus the `_ruwei`
// extension, as valibot schemas; the types below are inferred from them.
// Reading is as lenient as real feeds need and no more: `null` means absent,
// `http://` version URLs and numeric ids are accepted, a 1.0 `author` may be a
// bare name and `tags` one comma-separated string, unknown keys are ignored.
// Relative URLs are resolved, and only http(s) ones kept, by parse-feed.ts.
import * as v from 'valibot';

export const JSON_FEED_1_1 = 'https://jsonfeed.org/version/1.1';
export const JSON_FEED_1_0 = 'https://jsonfeed.org/version/1';
export const RUWEI_INDEX_VERSION = 1;

const text = v.string();
const VERSION = /^https?:\/\/jsonfeed\.org\/version\/1(\.1)?\/?$/;
const VERSION_PROBLEM = `must be "${JSON_FEED_1_1}" or "${JSON_FEED_1_0}"`;

/** An optional field: many real feeds write `"external_url": null` for "none". */
function optional<T extends v.GenericSchema>(schema: T) {
  return v.pipe(v.nullish(schema), v.transform((value) => value ?? undefined));
}

const authorObjectSchema = v.object({
  name: optional(text),
  url: optional(text),
  avatar: optional(text),
});

/** Some 1.0 feeds write `"author": "Name"`. */
const authorSchema = v.pipe(
  v.unknown(),
  v.transform((value) => (typeof value === 'string' ? { name: value } : value)),
  authorObjectSchema,
);

/** Some feeds write tags as one comma-separated string. */
const tagsSchema = v.pipe(
  v.unknown(),
  v.transform((value) => (typeof value === 'string' ? value.split(',') : value)),
  v.array(text),
);

const attachmentSchema = v.object({
  url: optional(text),
  mime_type: optional(text),
  title: optional(text),
  size_in_bytes: optional(v.number()),
  duration_in_seconds: optional(v.number()),
});

const ruweiItemSchema = v.object({
  slug: optional(v.pipe(text, v.minLength(1, 'must not be empty'))),
  /** Category paths, outermost first: [["新媒体", "36kr", "资讯"]]. */
  categories: optional(v.array(v.array(text))),
  reading_minutes: optional(v.number()),
  /** A one-item feed holding this item with its content (large sites). */
  content_url: optional(text),
});

export const itemSchema = v.object({
  // The spec asks readers to take a numeric id as a string.
  id: v.pipe(
    v.union([v.pipe(text, v.minLength(1, 'must not be empty')), v.number()], 'must be a string'),
    v.transform(String),
  ),
  url: optional(text),
  external_url: optional(text),
  title: optional(text),
  summary: optional(text),
  content_html: optional(text),
  content_text: optional(text),
  image: optional(text),
  banner_image: optional(text),
  date_published: optional(text),
  date_modified: optional(text),
  authors: optional(v.array(authorSchema)),
  /** JSON Feed 1.0; 1.1 writes `authors`. */
  author: optional(authorSchema),
  tags: optional(tagsSchema),
  language: optional(text),
  attachments: optional(v.array(attachmentSchema)),
  _ruwei: optional(ruweiItemSchema),
});

/** A neighbour of an item in the full newest-first order (one-item files only). */
const neighbourSchema = v.nullish(v.object({ slug: text, title: text }));

export const feedSchema = v.object({
  version: v.pipe(
    v.string(VERSION_PROBLEM),
    v.regex(VERSION, VERSION_PROBLEM),
    v.transform((value): typeof JSON_FEED_1_1 | typeof JSON_FEED_1_0 => (value.includes('1.1') ? JSON_FEED_1_1 : JSON_FEED_1_0)),
  ),
  title: text,
  home_page_url: optional(text),
  feed_url: optional(text),
  description: optional(text),
  language: optional(text),
  author: optional(authorSchema),
  authors: optional(v.array(authorSchema)),
  // Items are checked one by one (itemSchema) so that one bad item does not hide the others.
  items: v.array(v.unknown()),
  _ruwei: optional(v.object({
    /** URL of the slim index manifest (large sites). */
    index: optional(text),
    /** URL template of one-item files; `{slug}` is replaced by encodeURIComponent(slug). */
    item_url: optional(text),
    /** URL of the prebuilt search index's first part (large sites). */
    search_index: optional(text),
    /** In a one-item file: the items just newer and older than this one. */
    newer: neighbourSchema,
    older: neighbourSchema,
  })),
});

const indexListSchema = v.object({ count: v.number(), pages: v.array(text) });

export type WireCategoryNode = { name: string; count: number; children: WireCategoryNode[] };
const categorySchema: v.GenericSchema<WireCategoryNode> = v.object({
  name: text,
  count: v.number(),
  children: v.array(v.lazy(() => categorySchema)),
});

/** The manifest `_ruwei.index` points to. */
export const indexSchema = v.object({
  ruwei_index: v.literal(RUWEI_INDEX_VERSION, 'must be 1 (this ruwei reads index version 1)'),
  page_size: v.number(),
  /** Newest-first pages of slim items. */
  all: indexListSchema,
  /** Every tag, most used first (ties: first seen in newest-first order). */
  tags: v.array(v.object({ name: text, ...indexListSchema.entries })),
  /** The category hierarchy from `_ruwei.categories`. */
  categories: v.array(categorySchema),
  /** Other origins the pages may live on (parse-index.ts checks each). */
  page_origins: v.optional(v.unknown()),
});

export const indexPageSchema = v.object({ items: v.array(v.unknown()) });

export type WireAuthor = v.InferOutput<typeof authorObjectSchema>;
export type WireItem = v.InferOutput<typeof itemSchema>;
export type WireFeed = Omit<v.InferOutput<typeof feedSchema>, 'items'> & { items: WireItem[] };
export type WireNeighbour = NonNullable<v.InferOutput<typeof neighbourSchema>>;
export type WireIndex = v.InferOutput<typeof indexSchema>;
export type WireIndexList = v.InferOutput<typeof indexListSchema>;

/** An item of an index page: a feed item without its content, pointing to it. */
export type WireIndexItem = Omit<WireItem, 'content_html' | 'content_text' | '_ruwei'> & {
  _ruwei: NonNullable<WireItem['_ruwei']> & { content_url: string };
};
export type WireIndexPage = { items: WireIndexItem[] };
