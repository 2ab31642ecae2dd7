// The URL path Hexo gave a post, so the old link can be sent to the new one.
// Hexo's rules (hexo/lib/plugins/filter/post_permalink.ts, processor/post.ts,
// models/category.ts):
// - front matter `permalink` wins, as written (a leading `/` is implied);
// - else the site's `permalink` pattern with `:name` placeholders (a word not
//   ending in `_`): `:title` the post's path under `_posts` without extension
//   (`new_post_name` may take a date prefix off the file name), `:name` its
//   last segment, `:post_title` the slugized title in lower case, `:year`
//   `:month` `:day` `:hour` `:minute` `:second` (two digits) and `:i_month`
//   `:i_day` (no zero) of the date in the site's zone, `:hash` the first 12
//   hex digits of the SHA-1 of `:title` and the Unix seconds, `:id` front matter
//   `id`, `:category` the slug path of the last category (`parent/child`,
//   `category_map` applied) or `default_category`; any other name is the front
//   matter key of that name (`:abbrlink`);
// - a post with `abbrlink` but a pattern without it also had hexo-abbrlink's
//   default address, `posts/:abbrlink/`.
// Paths here have no leading slash and are not percent-encoded.
import { createHash } from 'node:crypto';
import type { TimeZone } from './dates';
import type { Post } from './read-post';

export type PermalinkSite = { permalink: string; newPostName: string; defaultCategory: string; categoryMap: Readonly<Record<string, string>> };
export type OldPaths = { paths: string[]; problem?: string };

const PLACEHOLDER = /:(\w*[^_\W])/g;
const DATE_KEYS = new Set(['year', 'month', 'day', 'hour', 'minute', 'second', 'i_month', 'i_day']);
export const ABBRLINK_PATTERN = 'posts/:abbrlink/';

/** Every path Hexo served the post at; `site` undefined for a plain posts folder. */
export function oldPaths(post: Post, site: PermalinkSite | undefined, zone: TimeZone): OldPaths {
  const paths: string[] = [];
  let problem: string | undefined;
  const fields = post.permalinkFields;
  if (fields.permalink !== undefined) paths.push(fields.permalink.replace(/^\/+/, ''));
  else if (site) {
    const missing = placeholders(site.permalink).find((name) => valueOf(name, post, site, zone) === undefined);
    if (missing === undefined) paths.push(fillPattern(site.permalink, (name) => valueOf(name, post, site, zone) ?? ''));
    else problem = `no \`${DATE_KEYS.has(missing) ? 'date' : missing}\` for the site's permalink ${site.permalink}; no redirect from its old URL`;
  }
  if (fields.abbrlink !== undefined && !(site && fields.permalink === undefined && placeholders(site.permalink).includes('abbrlink'))) {
    paths.push(fillPattern(ABBRLINK_PATTERN, () => fields.abbrlink ?? ''));
  }
  return { paths: [...new Set(paths)], ...(problem !== undefined && { problem }) };
}

export function placeholders(pattern: string): string[] {
  return [...pattern.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

function fillPattern(pattern: string, value: (name: string) => string): string {
  return pattern.replace(PLACEHOLDER, (_match, name: string) => value(name)).replace(/^\/+/, '');
}

function valueOf(name: string, post: Post, site: PermalinkSite, zone: TimeZone): string | undefined {
  if (DATE_KEYS.has(name)) return post.published ? dateFields(post.published.ms, zone)[name] : undefined;
  const title = hexoSlug(post.relPath, site.newPostName);
  switch (name) {
    case 'title': return title;
    case 'name': return title.slice(title.lastIndexOf('/') + 1);
    case 'post_title': return slugize(post.title).toLowerCase();
    case 'category': return categorySlug(post.categories.at(-1), site);
    case 'hash': return post.published && createHash('sha1').update(title + String(Math.floor(post.published.ms / 1000))).digest('hex').slice(0, 12);
    default: return post.permalinkFields[name];
  }
}

function dateFields(ms: number, zone: TimeZone): Record<string, string> {
  const d = new Date(ms + zone.offsetAt(ms) * 1000);
  const two = (n: number): string => String(n).padStart(2, '0');
  return {
    year: String(d.getUTCFullYear()).padStart(4, '0'),
    month: two(d.getUTCMonth() + 1), day: two(d.getUTCDate()),
    hour: two(d.getUTCHours()), minute: two(d.getUTCMinutes()), second: two(d.getUTCSeconds()),
    i_month: String(d.getUTCMonth() + 1), i_day: String(d.getUTCDate()),
  };
}

/**
 * Hexo's slug: the path under `_posts` without extension; when the
 * `new_post_name` pattern (say `:year-:month-:day-:title.md`) matches it,
 * the part it names `:title`.
 */
export function hexoSlug(relPath: string, newPostName: string): string {
  const withoutExt = (text: string): string => text.replace(/\.[^./]*$/, '');
  const path = withoutExt(relPath);
  const names: string[] = [];
  const source = escapeRegExp(withoutExt(newPostName)).replace(PLACEHOLDER, (_match, name: string) => {
    names.push(name);
    return { year: '(\\d{4})', month: '(\\d{2})', day: '(\\d{2})', i_month: '(\\d{1,2})', i_day: '(\\d{1,2})', hash: '([0-9a-f]{12})' }[name] ?? '(.+?)';
  });
  const match = new RegExp(`^${source}$`).exec(path);
  const at = names.indexOf('title');
  return match && at >= 0 ? (match[at + 1] ?? path) : path;
}

function categorySlug(path: readonly string[] | undefined, site: PermalinkSite): string {
  if (!path || path.length === 0) return site.defaultCategory;
  return path.map((name) => slugize(site.categoryMap[name] ?? name)).join('/');
}

// hexo-util's slugize: diacritics off, runs of spaces and ASCII punctuation
// to one `-`, no `-` at either end; other characters (CJK) kept.
const SPECIAL = /[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'<>,.?/]+/g;
const EXTRA_LETTERS: Record<string, string> = { ß: 's', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i' };

export function slugize(text: string): string {
  return withoutDiacritics(text)
    .replace(/\p{Cc}/gu, (char) => (char.charCodeAt(0) < 0x20 ? '' : char))
    .replace(SPECIAL, '-')
    .replace(/^-+|-+$/g, '');
}

function withoutDiacritics(text: string): string {
  return text.replace(/[\u007f-\u{10ffff}]/gu, (char) => {
    if (EXTRA_LETTERS[char] !== undefined) return EXTRA_LETTERS[char];
    if (!/\p{Script=Latin}/u.test(char) && !/[\u24b6-\u24e9\uff21-\uff3a\uff41-\uff5a]/.test(char)) return char;
    const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
    return /^[a-z]+$/i.test(base) ? base : char;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[|\\{}()[\]^$+*?.]/g, '\\$&');
}
