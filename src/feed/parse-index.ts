// The slim index of a large site (`_ruwei.index`): a manifest of newest-first
// pages for all items and for every tag, and the pages themselves.
import * as v from 'valibot';
import { safeHttpUrl } from '../lib/safe-url';
import { FeedParseError, issuePath, issueProblem } from './errors';
import type { FeedIndex, FeedItem, IndexList } from './model';
import { indexPageSchema, indexSchema } from './wire';
import { parseItems } from './parse-feed';

function check<T extends v.GenericSchema>(schema: T, json: unknown, url: string): v.InferOutput<T> {
  const result = v.safeParse(schema, json);
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw new FeedParseError(url, issuePath(issue), issueProblem(issue));
}

function resolveList(list: { count: number; pages: string[] }, url: string, at: string): IndexList {
  const pages = list.pages.map((page, i) => {
    const resolved = safeHttpUrl(page, url);
    if (!resolved) throw new FeedParseError(url, `${at}.pages[${i}]`, 'must be an http(s) or relative URL');
    return resolved;
  });
  return { count: list.count, pages };
}

export function parseIndex(json: unknown, url: string): FeedIndex {
  const index = check(indexSchema, json, url);
  return {
    url,
    pageSize: index.page_size,
    all: resolveList(index.all, url, 'all'),
    tags: index.tags.map((tag, i) => ({ name: tag.name, ...resolveList(tag, url, `tags[${i}]`) })),
    categories: index.categories,
  };
}

export function parseIndexPage(json: unknown, url: string): { items: FeedItem[]; skipped: number } {
  const page = check(indexPageSchema, json, url);
  const { items, skipped } = parseItems(page.items, url, 'items');
  return { items, skipped: skipped.count };
}
