// One whole builder run as a function, so the CLI, the site script, the
// tests and the benchmark all run the same code in-process.
// Steps: a Hexo site's _config.yml (hexo-site.ts; flags override it) ->
// check settings (zone, base URL, language) -> find posts -> read them and parse
// their front matter -> check and lock the output folder (out-dir.ts) -> give
// each a unique slug (the previous output settles a contest) -> sort ->
// render each post (a site small enough for one file first, to weigh it)
// and hand its item file to the writer, which creates files on libuv's
// threads while the next post renders, and (large sites) adds it to the
// search index (search-index.ts) -> pages, search index, manifest, feed.json ->
// rss.xml, atom.xml, sitemap.xml, robots.txt and the redirect pages of old
// Hexo URLs (site-files.ts) -> report counts and diagnostics.
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { FeedAssembler, SINGLE_FILE_MAX, feedBytes, layoutFor, sortPosts } from './feed-documents';
import type { FeedOptions, Layout, OutputFile, SluggedPost } from './feed-documents';
import { createTimeZone, machineTimeZone } from './dates';
import type { TimeZone } from './dates';
import type { Diagnostic } from './diagnostics';
import { findPosts } from './find-posts';
import type { FoundPosts } from './find-posts';
import { readPost } from './read-post';
import { renderPost } from './render-post';
import type { Post, PostContext, PostResult } from './read-post';
import { OutDirError, prepareOutDir } from './out-dir';
import type { OutLock } from './out-dir';
import { previousSlugs, slugIdentity } from './previous-slugs';
import { assignSlugs } from './slug';
import { normalizeBaseUrl } from './site-urls';
import { OutputWriter } from './write-output';
import { SearchIndexAssembler } from './search-index';
import { SiteConfigError, readHexoSite } from './hexo-site';
import type { HexoSite } from './hexo-site';
import { oldPaths, placeholders } from './hexo-permalinks';
import { redirectPages } from './redirects';
import type { RedirectClaim, RedirectPage } from './redirects';
import { writeSiteFiles } from './site-files';
import { ATOM_FILE, ROBOTS_FILE, RSS_FILE, SITEMAP_FILE, atomXml, robotsTxt, rssXml, sitemapEntries, sitemapXml } from './syndication';
import type { WireItem } from '../feed/wire';
import type { OutputFs, WriteStats } from './write-output';

export const DEFAULT_TITLE = 'ruwei';
const YIELD_EVERY = 4;

export type BuildOptions = {
  input: string;
  out: string;
  baseUrl?: string | undefined;
  title?: string | undefined;
  timeZone?: string | undefined;
  /** The path the site is served under (`/blog/`) when no base URL says it: where redirect pages point. */
  basePath?: string | undefined;
  /** BCP 47 tag: the feed's `language` (a Hexo site's `language` otherwise). */
  language?: string | undefined;
  /** Follow symbolic links that lead out of the input folder (never into /proc, /sys, /dev). */
  followExternalLinks?: boolean | undefined;
  /** Paths in diagnostics are relative to this folder (default: process.cwd()). */
  cwd?: string;
  /** File system used for the output (tests inject failures here). */
  fs?: OutputFs;
};

export type BuildReport = {
  posts: number;
  drafts: number;
  rejected: Diagnostic[];
  warnings: Diagnostic[];
  notes: Diagnostic[];
  layout: Layout;
  /** feed.json as shown to the user. */
  feedPath: string;
  files: WriteStats;
  /** Files not written for want of a base URL (sitemap.xml, robots.txt). */
  skipped: string[];
  /** The Hexo site read from `_config.yml`, when the input was one. */
  site?: HexoSite | undefined;
  /** Milliseconds per phase (find, read, render, commit); not part of the output. */
  timings: Record<string, number>;
};

/** Bad flags or settings: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The input folder cannot be read or the output cannot be written: exit code 2. */
export class BuildIoError extends Error {
  override name = 'BuildIoError';
  /** True when the user should check the command (the input folder named). */
  readonly showUsage: boolean;

  constructor(message: string, showUsage: boolean) {
    super(message);
    this.showUsage = showUsage;
  }
}

export async function build(options: BuildOptions): Promise<BuildReport> {
  const cwd = options.cwd ?? process.cwd();
  const site = hexoSite(options.input, cwd);
  const input = site?.postsDir ?? options.input;
  const context = settings(options, site);
  const clock = new PhaseClock();
  const found = await find(input, cwd, options.followExternalLinks === true);
  clock.lap('find');
  const results = found.files.map((file) => readPost(file, context));
  clock.lap('read');
  const sorted = partition(results, found);
  const notes: Diagnostic[] = [...found.skipped, ...(site?.notes ?? []).map((message) => ({ file: site?.configFile ?? '', message }))];
  if (found.files.length === 0) notes.push({ file: display(cwd, input), message: 'no posts found (*.md, *.markdown); writing an empty feed' });
  const outDir = path.resolve(cwd, options.out);
  const lock = await takeOutDir(path.resolve(cwd, input), outDir, cwd);
  let written: { stats: WriteStats; layout: Layout; withContent: WireItem[] };
  let slugged: { posts: SluggedPost[]; warnings: Diagnostic[] };
  const siteWarnings: Diagnostic[] = [];
  const skipped: string[] = [];
  try {
    slugged = await withSlugs(sorted.posts, found, outDir);
    const feedOptions = { title: options.title ?? site?.title ?? DEFAULT_TITLE, baseUrl: context.baseUrl, language: context.language };
    const newestFirst = sortPosts(slugged.posts);
    const writeError = (error: unknown): never => {
      // File-system errors (they carry a code) are the user's to fix; anything else is a bug.
      if (!(error instanceof Error) || !('code' in error)) throw error;
      throw new BuildIoError(`cannot write the feed to ${display(cwd, options.out)}: ${error.message}`, false);
    };
    written = await writeFeed(outDir, newestFirst, feedOptions, options.fs, clock).catch(writeError);
    const redirects = oldUrlRedirects(newestFirst, site, context, found);
    siteWarnings.push(...redirects.warnings);
    const files = siteFiles(newestFirst, written.withContent, feedOptions, redirects.pages, context.root);
    const result = await writeSiteFiles(outDir, files, (target) => displayOutput(cwd, target), options.fs).catch(writeError);
    siteWarnings.push(...result.warnings);
    for (const key of ['written', 'unchanged', 'removed'] as const) written.stats[key] += result.stats[key];
    if (files.absent.includes(SITEMAP_FILE)) skipped.push(SITEMAP_FILE, ROBOTS_FILE);
    clock.lap('site');
  } finally {
    await lock.release();
  }
  const { posts, warnings } = slugged;
  const { stats, layout } = written;
  return {
    posts: posts.length,
    drafts: sorted.drafts,
    rejected: sorted.rejected,
    warnings: [...sorted.warnings, ...warnings, ...siteWarnings],
    notes,
    layout,
    feedPath: displayOutput(cwd, path.join(outDir, 'feed.json')),
    files: stats,
    site,
    skipped,
    timings: clock.laps,
  };
}

function hexoSite(input: string, cwd: string): HexoSite | undefined {
  try {
    return readHexoSite(input, cwd);
  } catch (error) {
    if (error instanceof SiteConfigError) throw new BuildIoError(error.message, false);
    throw error;
  }
}

/** Redirect pages from every article's old Hexo URLs (a Hexo site, or posts with `permalink`/`abbrlink`). */
function oldUrlRedirects(posts: readonly SluggedPost[], site: HexoSite | undefined, context: Settings, found: FoundPosts): { pages: RedirectPage[]; warnings: Diagnostic[] } {
  const displayOf = new Map(found.files.map((file) => [file.relPath, file.displayPath]));
  const claims: RedirectClaim[] = [];
  const warnings: Diagnostic[] = [];
  for (const post of posts) {
    const file = displayOf.get(post.relPath) ?? post.relPath;
    const { paths, problem } = oldPaths(post, site, context.zone);
    if (problem !== undefined) warnings.push({ file, message: problem });
    for (const oldPath of paths) claims.push({ slug: post.slug, title: post.title, file, path: oldPath });
  }
  const redirects = redirectPages(claims, context.root, context.baseUrl, context.language);
  return { pages: redirects.pages, warnings: [...warnings, ...redirects.warnings] };
}

function siteFiles(posts: readonly SluggedPost[], withContent: readonly WireItem[], options: FeedOptions, redirects: RedirectPage[], root: string): Parameters<typeof writeSiteFiles>[1] {
  const newest = posts.map((post) => post.modified?.ms ?? post.published?.ms ?? -Infinity).reduce((a, b) => Math.max(a, b), -Infinity);
  const updated = Number.isFinite(newest) ? new Date(newest).toISOString() : undefined;
  const entries = sitemapEntries(posts.map((post) => ({ slug: post.slug, tags: post.tags, published: post.published?.iso, modified: post.modified?.iso })));
  const optional = [
    { path: SITEMAP_FILE, data: sitemapXml(options.baseUrl, entries) },
    { path: ROBOTS_FILE, data: robotsTxt(options.baseUrl) },
  ];
  return {
    files: [
      { path: RSS_FILE, data: rssXml(options, withContent) },
      { path: ATOM_FILE, data: atomXml(options, withContent, updated) },
      ...optional.filter((file): file is OutputFile => file.data !== undefined),
    ],
    absent: optional.filter((file) => file.data === undefined).map((file) => file.path),
    redirects,
    root,
  };
}

/** Milliseconds spent in each phase, for the benchmark and for profiling. */
class PhaseClock {
  readonly laps: Record<string, number> = {};
  private last = performance.now();

  lap(phase: string): void {
    const now = performance.now();
    this.laps[phase] = now - this.last;
    this.last = now;
  }
}

async function writeFeed(outDir: string, sorted: SluggedPost[], options: FeedOptions, fs: OutputFs | undefined, clock: PhaseClock): Promise<{ stats: WriteStats; layout: Layout; withContent: WireItem[] }> {
  // A site small enough for one file is rendered first: its bytes decide
  // whether it fits in one feed.json the app will open.
  const rendered = sorted.length <= SINGLE_FILE_MAX ? sorted.map(renderPost) : undefined;
  const layout = layoutFor(sorted.length, rendered ? feedBytes(sorted, rendered, options) : 0);
  const assembler = new FeedAssembler(sorted, options, layout);
  const writer = await OutputWriter.open(outDir, assembler.layout, fs);
  // A one-file site is indexed by the app from feed.json itself.
  const search = assembler.layout === 'paged' ? new SearchIndexAssembler() : undefined;
  try {
    for (let i = 0; i < sorted.length; i++) {
      const post = rendered?.[i] ?? renderPost(sorted[i] as SluggedPost);
      const { item, file } = assembler.add(post);
      search?.add(item);
      if (file) await writer.putItem(file);
      // File writes take several steps, each started from the event loop.
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await nextTurn();
    }
    clock.lap('render');
    const index = search?.finish();
    const stats = await writer.commit({ ...assembler.finish(index?.head.path), ...(index && { search: [index.head, ...index.shards] }) });
    clock.lap('commit');
    return { stats, layout, withContent: assembler.withContent };
  } catch (error) {
    await writer.settle(); // writes in flight finish or remove their temp files
    throw error;
  }
}

type Settings = PostContext & { zone: TimeZone; root: string; language?: string | undefined };

/** Flags first, then the Hexo site's `_config.yml`; a bad flag is a usage error, a bad config names the file. */
function settings(options: BuildOptions, site: HexoSite | undefined): Settings {
  const fromConfig = (flag: string | undefined, key: string): string => (flag === undefined && site ? ` in ${site.configFile} (\`${key}\`)` : '');
  const zoneName = options.timeZone ?? site?.timeZone ?? machineTimeZone();
  let zone: TimeZone;
  try {
    zone = createTimeZone(zoneName);
  } catch {
    throw new UsageError(`unknown time zone "${zoneName}"${fromConfig(options.timeZone, 'timezone')} (use an IANA name such as Asia/Shanghai)`);
  }
  const language = options.language ?? site?.language;
  if (language !== undefined && !isLanguageTag(language)) throw new UsageError(`"${language}"${fromConfig(options.language, 'language')} is not a language tag (use one such as zh-CN or en)`);
  const keys = site ? new Set(placeholders(site.permalink)) : undefined;
  const common = { zone, ...(language !== undefined && { language }), ...(keys && { permalinkKeys: keys }) };
  if (options.baseUrl === undefined) {
    const root = site?.baseUrl === undefined && options.basePath !== undefined ? `/${options.basePath.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : (site?.root ?? '/');
    return { ...common, root, ...(site?.baseUrl !== undefined && { baseUrl: site.baseUrl }) };
  }
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  if (baseUrl === undefined) throw new UsageError(`--base-url must be an absolute http(s) URL, got "${options.baseUrl}"`);
  return { ...common, baseUrl, root: new URL(baseUrl).pathname };
}

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

async function find(input: string, cwd: string, followExternalLinks: boolean): Promise<FoundPosts> {
  try {
    return await findPosts(input, cwd, { followExternalLinks });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    throw new BuildIoError(`cannot read the input folder ${display(cwd, input)} (${typeof code === 'string' ? code : String(error)})`, true);
  }
}

type Partitioned = { posts: Post[]; drafts: number; rejected: Diagnostic[]; warnings: Diagnostic[] };

function partition(results: readonly PostResult[], found: FoundPosts): Partitioned {
  const parts: Partitioned = { posts: [], drafts: 0, rejected: [...found.problems], warnings: [] };
  for (const result of results) {
    parts.warnings.push(...result.warnings);
    if (result.kind === 'post') parts.posts.push(result.post);
    else if (result.kind === 'draft') parts.drafts++;
    else parts.rejected.push(result.error);
  }
  return parts;
}

/** The output folder checked and locked; its problems as the build's errors (exit code 2). */
async function takeOutDir(inputDir: string, outDir: string, cwd: string): Promise<OutLock> {
  try {
    return await prepareOutDir(inputDir, outDir, (target) => displayOutput(cwd, target));
  } catch (error) {
    if (error instanceof OutDirError) throw error.kind === 'usage' ? new UsageError(error.message) : new BuildIoError(error.message, false);
    throw new BuildIoError(`cannot write the feed to ${display(cwd, outDir)}: ${error instanceof Error ? error.message : String(error)}`, false);
  }
}

/**
 * Slugs by assignSlugs' rules. The previous build is read only when two
 * posts ask for the same slug (then it says which one had it).
 */
async function withSlugs(posts: readonly Post[], found: FoundPosts, outDir: string): Promise<{ posts: SluggedPost[]; warnings: Diagnostic[] }> {
  const claims = posts.map((post) => ({ relPath: post.relPath, publishedMs: post.published?.ms, identity: slugIdentity(post.title, post.published?.iso) }));
  let assignment = assignSlugs(claims);
  if (assignment.duplicates.length > 0) assignment = assignSlugs(claims, await previousSlugs(outDir));
  const { slugs, duplicates, reserved } = assignment;
  const displayOf = new Map(found.files.map((file) => [file.relPath, file.displayPath]));
  const shown = (i: number): string => displayOf.get(posts[i]?.relPath ?? '') ?? '';
  const warnings = [
    ...reserved.map(({ index, name }) => ({ file: shown(index), message: `"${name}" is a reserved file name on Windows; this post gets "${slugs[index] ?? ''}"` })),
    ...duplicates.map(({ index, slug, clashesWith }) => ({
      file: shown(index),
      message: `slug "${slugs[clashesWith] ?? ''}" is already used by ${shown(clashesWith)}; this post gets "${slug}"`,
    })),
  ];
  return { posts: posts.map((post, i) => ({ ...post, slug: slugs[i] ?? '' })), warnings };
}

function display(cwd: string, target: string): string {
  return path.relative(cwd, path.resolve(cwd, target)) || '.';
}

/** Relative inside the working directory, absolute outside it (`/tmp/x`, not `../../tmp/x`). */
function displayOutput(cwd: string, target: string): string {
  const relative = display(cwd, target);
  return relative.startsWith('..') ? path.resolve(cwd, target) : relative;
}
