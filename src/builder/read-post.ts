// One Hexo post file -> a Post, a skipped draft, or a rejection naming the
// file and line. Nothing here throws for a bad post: the rest still builds.
// Steps: read bytes -> strict UTF-8 -> front matter -> drafts out -> title,
// dates, categories/tags, authors, images. The body is rendered later
// (render-post.ts), once the posts are sorted, so a large build can write
// each item file as soon as it is ready.
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { categoryPaths, feedTags, tagNames } from './hexo-categories';
import { fitsRfc3339, parseHexoDate } from './dates';
import type { ParsedDate, TimeZone } from './dates';
import { PostError, quote } from './diagnostics';
import type { Diagnostic } from './diagnostics';
import { parseFrontMatter } from './front-matter';
import type { FrontMatter } from './front-matter';
import { MAX_CATEGORY_DEPTH, MAX_CATEGORY_PATHS, MAX_POST_BYTES, MAX_TAGS, formatBytes } from './limits';
import { imageUrl } from './site-urls';

export type SourceFile = {
  absPath: string;
  /** Relative to the input folder, `/`-separated; sorts and slugs the post. */
  relPath: string;
  /** As shown in diagnostics (relative to the working directory). */
  displayPath: string;
};

export type PostContext = {
  zone: TimeZone;
  baseUrl?: string | undefined;
  /** Front matter keys the site's permalink pattern names (`:abbrlink`), kept in `permalinkFields`. */
  permalinkKeys?: ReadonlySet<string>;
};

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
  /** Front matter `permalink`, `abbrlink` and the keys the site's permalink names, as text (hexo-permalinks.ts). */
  permalinkFields: Record<string, string>;
};

export type PostResult =
  | { kind: 'post'; post: Post; warnings: Diagnostic[] }
  | { kind: 'draft'; warnings: Diagnostic[] }
  | { kind: 'rejected'; error: Diagnostic; warnings: Diagnostic[] };

type Warn = (message: string, line?: number) => void;

// Hexo's own order of preference for the list thumbnail and the article banner.
const IMAGE_KEYS = ['thumbnail', 'cover', 'headimg', 'banner_img'] as const;
const BANNER_KEYS = ['banner_img', 'headimg', 'cover', 'thumbnail'] as const;

// Synchronous on purpose: for many small files synchronous reads are several
// times faster than fs.promises (open, stat, read, close are each a round
// trip through libuv's thread pool), and the caller has nothing else to do
// meanwhile.
export function readPost(file: SourceFile, context: PostContext): PostResult {
  const bytes = readCapped(file.absPath);
  if (typeof bytes === 'string') return rejected(file, bytes);
  // toString would replace bad bytes with U+FFFD silently; a post in another
  // encoding (GBK, Latin-1) is rejected instead.
  if (!isUtf8(bytes)) return rejected(file, 'not valid UTF-8 text');
  return convertPost(file, bytes.toString('utf8'), context);
}

/**
 * The file's bytes, or why they were not read. The size is checked before
 * reading (a 1 GB sparse file costs nothing), and the read stops past
 * MAX_POST_BYTES whatever the size said (a file that grows, a pseudo-file).
 */
function readCapped(absPath: string): Buffer | string {
  let fd: number;
  try {
    // Non-blocking: opening a FIFO for reading would wait for a writer forever.
    fd = openSync(absPath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return `cannot read the file (${errorCode(error)})`;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return 'not a regular file';
    if (stats.size > MAX_POST_BYTES) return tooLarge(stats.size);
    const chunks: Buffer[] = [];
    let total = 0;
    // One read for the whole file and one that sees its end, in the usual case.
    for (let size = stats.size + 1; ; size = 64 * 1024) {
      const chunk = Buffer.allocUnsafe(Math.min(size, MAX_POST_BYTES + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > MAX_POST_BYTES) return tooLarge(total, 'at least ');
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
  } catch (error) {
    return `cannot read the file (${errorCode(error)})`;
  } finally {
    closeSync(fd);
  }
}

function tooLarge(bytes: number, prefix = ''): string {
  return `the file is ${prefix}${formatBytes(bytes)}; posts over ${formatBytes(MAX_POST_BYTES)} are not read (split it, or move large media out of the text)`;
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
  const categoryKey = data.categories === undefined ? 'category' : 'categories';
  const categories = boundedCategories(categoryPaths(data.categories ?? data.category), (message) => warn(`\`${categoryKey}\` ${message}`, fm.keyLines.get(categoryKey)));
  const tags = boundedTags(tagNames(data.tags), (message) => warn(`\`tags\` ${message}`, fm.keyLines.get('tags')));
  const description = textValue(data.description);
  const excerpt = textValue(data.excerpt);
  return {
    relPath: file.relPath,
    title: postTitle(file, fm, warn),
    ...(published && { published }),
    ...(modified && { modified }),
    categories,
    tags: feedTags(categories, tags),
    authors: authorNames(data.author),
    ...postImages(fm, context.baseUrl, warn),
    ...(description !== undefined && { description }),
    ...(excerpt !== undefined && { excerpt }),
    body: fm.body,
    permalinkFields: permalinkFields(data, context.permalinkKeys),
  };
}

function permalinkFields(data: Record<string, unknown>, keys: ReadonlySet<string> | undefined): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const key of ['permalink', 'abbrlink', ...(keys ?? [])]) {
    const value = textValue(data[key])?.trim();
    if (value) fields[key] = value;
  }
  return fields;
}

function boundedTags(names: readonly string[], warn: (message: string) => void): string[] {
  const tags = [...new Set(names)];
  if (tags.length <= MAX_TAGS) return tags;
  warn(`lists ${tags.length} names; only the first ${MAX_TAGS} are kept`);
  return tags.slice(0, MAX_TAGS);
}

function boundedCategories(paths: string[][], warn: (message: string) => void): string[][] {
  let kept = paths;
  if (kept.length > MAX_CATEGORY_PATHS) {
    warn(`lists ${kept.length} category paths; only the first ${MAX_CATEGORY_PATHS} are kept`);
    kept = kept.slice(0, MAX_CATEGORY_PATHS);
  }
  const deepest = Math.max(0, ...kept.map((path) => path.length));
  if (deepest <= MAX_CATEGORY_DEPTH) return kept;
  warn(`nests ${deepest} levels (a flat list is one path, outermost first, as in Hexo); only the first ${MAX_CATEGORY_DEPTH} levels are kept`);
  const cut = kept.map((path) => path.slice(0, MAX_CATEGORY_DEPTH));
  // Two paths may now be the same.
  return [...new Map(cut.map((path) => [JSON.stringify(path), path])).values()];
}

// As Hexo's database casts `published`: false, 0 and the strings "false" and "0".
function isDraft(published: unknown): boolean {
  return published === false || published === 0 || (typeof published === 'string' && ['false', '0'].includes(published.trim().toLowerCase()));
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
