// One Hexo post file -> a Post, a skipped draft, or a rejection naming the
// file and line. Nothing here throws for a bad post: the rest still builds.
// Steps: read bytes -> strict UTF-8 -> front matter -> drafts out -> title,
// dates, categories/tags, authors, images. The body is rendered later
// (render-post.ts), once the posts are sorted, so a large build can write
// each item file as soon as it is ready.
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { categoryPaths, feedTags, tagNames } from './hexo-categories';
import { fitsRfc3339, parseHexoDate } from './dates';
import type { ParsedDate, TimeZone } from './dates';
import { PostError, quote } from './diagnostics';
import type { Diagnostic } from './diagnostics';
import { parseFrontMatter } from './front-matter';
import type { FrontMatter } from './front-matter';
import { imageUrl } from './site-urls';

export type SourceFile = {
  absPath: string;
  /** Relative to the input folder, `/`-separated; sorts and slugs the post. */
  relPath: string;
  /** As shown in diagnostics (relative to the working directory). */
  displayPath: string;
};

export type PostContext = { zone: TimeZone; baseUrl?: string | undefined };

export type Post = {
  relPath: string;
  title: string;
  published?: ParsedDate;
  modified?: ParsedDate;
  categories: string[][];
  tags: string[];
  authors: string[];
  image?: string;
  bannerImage?: string;
  /** Front matter `description` / `excerpt`: the summary when present. */
  description?: string;
  excerpt?: string;
  /** Markdown source of the body. */
  body: string;
};

export type PostResult =
  | { kind: 'post'; post: Post; warnings: Diagnostic[] }
  | { kind: 'draft'; warnings: Diagnostic[] }
  | { kind: 'rejected'; error: Diagnostic; warnings: Diagnostic[] };

type Warn = (message: string, line?: number) => void;

// Hexo's own order of preference for the list thumbnail and the article banner.
const IMAGE_KEYS = ['thumbnail', 'cover', 'headimg', 'banner_img'] as const;
const BANNER_KEYS = ['banner_img', 'headimg', 'cover', 'thumbnail'] as const;

// Synchronous on purpose: for many small files one readFileSync is several
// times faster than fs.promises.readFile (open, stat, read, close are each a
// round trip through libuv's thread pool), and the caller has nothing else
// to do meanwhile.
export function readPost(file: SourceFile, context: PostContext): PostResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.absPath);
  } catch (error) {
    return rejected(file, `cannot read the file (${errorCode(error)})`);
  }
  // toString would replace bad bytes with U+FFFD silently; a post in another
  // encoding (GBK, Latin-1) is rejected instead.
  if (!isUtf8(bytes)) return rejected(file, 'not valid UTF-8 text');
  return convertPost(file, bytes.toString('utf8'), context);
}

export function convertPost(file: SourceFile, text: string, context: PostContext): PostResult {
  const warnings: Diagnostic[] = [];
  const warn: Warn = (message, line) => warnings.push({ file: file.displayPath, ...(line === undefined ? {} : { line }), message });
  try {
    const frontMatter = parseFrontMatter(text);
    if (frontMatter.note !== undefined) warn(frontMatter.note);
    if (isDraft(frontMatter.data.published)) return { kind: 'draft', warnings };
    return { kind: 'post', post: toPost(file, frontMatter, context, warn), warnings };
  } catch (error) {
    if (error instanceof PostError) return rejected(file, error.message, error.line, error.col, warnings);
    return rejected(file, `internal error: ${error instanceof Error ? error.message : String(error)}`, undefined, undefined, warnings);
  }
}

function toPost(file: SourceFile, fm: FrontMatter, context: PostContext, warn: Warn): Post {
  const { data } = fm;
  const published = postDate(fm, 'date', context.zone);
  if (published === undefined) warn('no date; the post is listed after the dated ones', fm.keyLines.get('date'));
  const modified = postDate(fm, 'updated', context.zone);
  const categories = categoryPaths(data.categories ?? data.category);
  const description = textValue(data.description);
  const excerpt = textValue(data.excerpt);
  return {
    relPath: file.relPath,
    title: postTitle(file, fm, warn),
    ...(published && { published }),
    ...(modified && { modified }),
    categories,
    tags: feedTags(categories, tagNames(data.tags)),
    authors: authorNames(data.author),
    ...postImages(fm, context.baseUrl, warn),
    ...(description !== undefined && { description }),
    ...(excerpt !== undefined && { excerpt }),
    body: fm.body,
  };
}

function isDraft(published: unknown): boolean {
  return published === false || (typeof published === 'string' && published.trim().toLowerCase() === 'false');
}

function postTitle(file: SourceFile, fm: FrontMatter, warn: Warn): string {
  const title = textValue(fm.data.title)?.trim();
  if (title) return title;
  const name = file.relPath.slice(file.relPath.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  warn(`no title; using the file name "${name}"`, fm.keyLines.get('title'));
  return name;
}

function postDate(fm: FrontMatter, key: 'date' | 'updated', zone: TimeZone): ParsedDate | undefined {
  const value = fm.data[key];
  if (value === undefined || value === null || value === '') return undefined;
  const parsed = parseHexoDate(value, zone);
  if (parsed === undefined) throw new PostError(`\`${key}\` is not a date Hexo accepts: ${quote(value)}`, fm.keyLines.get(key), 1);
  if (!fitsRfc3339(parsed)) throw new PostError(`\`${key}\` is outside the years 0000-9999 a feed date can have: ${quote(value)} is ${parsed.iso}`, fm.keyLines.get(key), 1);
  return parsed;
}

function authorNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names = list.map((author) => {
    const name = author !== null && typeof author === 'object' ? (author as Record<string, unknown>).name : author;
    return textValue(name)?.trim() ?? '';
  });
  return [...new Set(names.filter((name) => name !== ''))];
}

function postImages(fm: FrontMatter, baseUrl: string | undefined, warn: Warn): { image?: string; bannerImage?: string } {
  const resolved = new Map<string, string | undefined>();
  const urlOf = (key: string): string | undefined => {
    if (resolved.has(key)) return resolved.get(key);
    const result = imageUrl(fm.data[key], baseUrl);
    if (result && 'dropped' in result) warn(`\`${key}\` dropped: ${result.dropped}`, fm.keyLines.get(key));
    const url = result && 'url' in result ? result.url : undefined;
    resolved.set(key, url);
    return url;
  };
  const image = firstDefined(IMAGE_KEYS.map(urlOf));
  const bannerImage = firstDefined(BANNER_KEYS.map(urlOf));
  return { ...(image !== undefined && { image }), ...(bannerImage !== undefined && { bannerImage }) };
}

function firstDefined(values: readonly (string | undefined)[]): string | undefined {
  return values.find((value) => value !== undefined);
}

/** Strings as they are, numbers as written; anything else is not text. */
function textValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function rejected(file: SourceFile, message: string, line?: number, col?: number, warnings: Diagnostic[] = []): PostResult {
  const where = line === undefined ? {} : { line, col: col ?? 1 };
  return { kind: 'rejected', error: { file: file.displayPath, ...where, message }, warnings };
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
