// JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/) as valibot
// schemas. Objects are loose: unknown keys and extensions are allowed by the spec.
import * as v from 'valibot';
import { JSON_FEED_1_0, JSON_FEED_1_1 } from './wire';

const text = v.string();

export const authorSchema = v.looseObject({
  name: v.optional(text),
  url: v.optional(text),
  avatar: v.optional(text),
});

const ruweiItemSchema = v.looseObject({
  slug: v.optional(v.pipe(text, v.minLength(1, 'must not be empty'))),
  categories: v.optional(v.array(v.array(text))),
  reading_minutes: v.optional(v.number()),
  content_url: v.optional(text),
});

export const itemSchema = v.looseObject({
  // The spec says a reader must coerce a numeric id to a string.
  id: v.union([v.pipe(text, v.minLength(1, 'must not be empty')), v.number()], 'must be a string'),
  url: v.optional(text),
  external_url: v.optional(text),
  title: v.optional(text),
  summary: v.optional(text),
  content_html: v.optional(text),
  content_text: v.optional(text),
  image: v.optional(text),
  banner_image: v.optional(text),
  date_published: v.optional(text),
  date_modified: v.optional(text),
  authors: v.optional(v.array(authorSchema)),
  author: v.optional(authorSchema),
  tags: v.optional(v.array(text)),
  language: v.optional(text),
  _ruwei: v.optional(ruweiItemSchema),
});

const neighbourSchema = v.nullish(v.looseObject({ slug: text, title: text }));

export const feedSchema = v.looseObject({
  version: v.picklist([JSON_FEED_1_1, JSON_FEED_1_0], `must be "${JSON_FEED_1_1}" or "${JSON_FEED_1_0}"`),
  title: text,
  home_page_url: v.optional(text),
  feed_url: v.optional(text),
  description: v.optional(text),
  language: v.optional(text),
  author: v.optional(authorSchema),
  authors: v.optional(v.array(authorSchema)),
  // Items are checked one by one so that one bad item does not hide the others.
  items: v.array(v.unknown()),
  _ruwei: v.optional(v.looseObject({
    index: v.optional(text),
    item_url: v.optional(text),
    newer: neighbourSchema,
    older: neighbourSchema,
  })),
});

const indexListSchema = v.looseObject({ count: v.number(), pages: v.array(text) });

type CategoryInput = { name: string; count: number; children: CategoryInput[] };
const categorySchema: v.GenericSchema<CategoryInput> = v.object({
  name: text,
  count: v.number(),
  children: v.array(v.lazy(() => categorySchema)),
});

export const indexSchema = v.looseObject({
  ruwei_index: v.literal(1, 'must be 1 (this ruwei reads index version 1)'),
  page_size: v.number(),
  all: indexListSchema,
  tags: v.array(v.looseObject({ name: text, count: v.number(), pages: v.array(text) })),
  categories: v.array(categorySchema),
});

export const indexPageSchema = v.looseObject({ items: v.array(v.unknown()) });

export type ItemInput = v.InferOutput<typeof itemSchema>;
export type FeedInput = v.InferOutput<typeof feedSchema>;
export type AuthorInput = v.InferOutput<typeof authorSchema>;

/** `items[3].authors[0].name` for an issue's path. */
export function issuePath(issue: v.BaseIssue<unknown>, prefix = ''): string {
  let path = prefix;
  for (const step of issue.path ?? []) {
    const key = step.key;
    path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
  }
  return path;
}

export function issueProblem(issue: v.BaseIssue<unknown>): string {
  if (issue.received === 'undefined') return 'is missing';
  if (issue.message.startsWith('Invalid type: Expected')) return `must be ${issue.expected}, not ${issue.received}`;
  return issue.message;
}
