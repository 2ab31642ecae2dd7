// The slim index of a large site (`_ruwei.index`): a manifest of newest-first
// pages for all items and for every tag, and the pages themselves.
// The manifest's numbers decide how many rows the list lays out and which
// pages it requests, so they are checked against what it lists before any is
// used (issue 13: `count: 1e9` froze the tab for 39 s, `page_size: 1e-9` sent
// thousands of requests): page_size is a whole number from 1 to
// MAX_PAGE_SIZE, each count a whole number its pages can hold, and pages live
// on the manifest's own origin unless `page_origins` names others.
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

export const MAX_PAGE_SIZE = 1000;

type ListRules = { url: string; pageSize: number; origins: ReadonlySet<string> };

function resolveList(list: { count: number; pages: string[] }, rules: ListRules, at: string): IndexList {
  const { url, pageSize, origins } = rules;
  const pages = list.pages.map((page, i) => {
    const resolved = safeHttpUrl(page, url);
    if (!resolved) throw new FeedParseError(url, `${at}.pages[${i}]`, 'must be an http(s) or relative URL');
    const origin = new URL(resolved).origin;
    if (!origins.has(origin)) {
      throw new FeedParseError(url, `${at}.pages[${i}]`, `is on ${origin}, not on the index's own origin (list other origins in "page_origins")`);
    }
    return resolved;
  });
  const { count } = list;
  if (!Number.isSafeInteger(count) || count < 0) throw new FeedParseError(url, `${at}.count`, `must be a whole number of items, not ${count}`);
  if (count > pages.length * pageSize) {
    throw new FeedParseError(url, `${at}.count`, `is ${count}, more than its ${pages.length} pages of ${pageSize} items can hold`);
  }
  return { count, pages };
}

/** The manifest's own origin and any it names in `page_origins`. */
function pageOrigins(value: unknown, url: string): Set<string> {
  const origins = new Set([new URL(url).origin]);
  if (value === undefined) return origins;
  if (!Array.isArray(value)) throw new FeedParseError(url, 'page_origins', 'must be a list of origins');
  value.forEach((entry, i) => {
    const origin = typeof entry === 'string' ? safeHttpUrl(entry, url) : undefined;
    if (!origin) throw new FeedParseError(url, `page_origins[${i}]`, 'must be an http(s) origin');
    origins.add(new URL(origin).origin);
  });
  return origins;
}

export function parseIndex(json: unknown, url: string): FeedIndex {
  const index = check(indexSchema, json, url);
  const pageSize = index.page_size;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new FeedParseError(url, 'page_size', `must be a whole number from 1 to ${MAX_PAGE_SIZE}, not ${pageSize}`);
  }
  const rules: ListRules = { url, pageSize, origins: pageOrigins(index.page_origins, url) };
  return {
    url,
    pageSize,
    all: resolveList(index.all, rules, 'all'),
    tags: index.tags.map((tag, i) => ({ name: tag.name, ...resolveList(tag, rules, `tags[${i}]`) })),
    categories: index.categories,
  };
}

export function parseIndexPage(json: unknown, url: string): { items: FeedItem[]; skipped: number } {
  const page = check(indexPageSchema, json, url);
  const { items, skipped } = parseItems(page.items, url, 'items');
  return { items, skipped: skipped.count };
}
