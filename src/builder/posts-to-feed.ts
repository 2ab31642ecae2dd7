// One whole builder run as a function, so the CLI, the site script, the
// tests and the benchmark all run the same code in-process.
// Steps: check settings (zone, base URL) -> find posts -> read them and parse
// their front matter -> check and lock the output folder (out-dir.ts) -> give
// each a unique slug (the previous output settles a contest) -> sort ->
// render each post (a site small enough for one file first, to weigh it)
// and hand its item file to the writer, which creates files on libuv's
// threads while the next post renders -> pages, manifest, feed.json ->
// report counts and diagnostics.
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { FeedAssembler, SINGLE_FILE_MAX, feedBytes, layoutFor, sortPosts } from './feed-documents';
import type { FeedOptions, Layout, SluggedPost } from './feed-documents';
import { createTimeZone } from './dates';
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
import type { OutputFs, WriteStats } from './write-output';

export const DEFAULT_TITLE = 'ruwei';
const YIELD_EVERY = 4;

export type BuildOptions = {
  input: string;
  out: string;
  baseUrl?: string | undefined;
  title?: string | undefined;
  timeZone?: string | undefined;
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
  const context = settings(options);
  const clock = new PhaseClock();
  const found = await find(options.input, cwd, options.followExternalLinks === true);
  clock.lap('find');
  const results = found.files.map((file) => readPost(file, context));
  clock.lap('read');
  const sorted = partition(results, found);
  const notes: Diagnostic[] = [...found.skipped];
  if (found.files.length === 0) notes.push({ file: display(cwd, options.input), message: 'no posts found (*.md, *.markdown); writing an empty feed' });
  const outDir = path.resolve(cwd, options.out);
  const lock = await takeOutDir(path.resolve(cwd, options.input), outDir, cwd);
  let written: { stats: WriteStats; layout: Layout };
  let slugged: { posts: SluggedPost[]; warnings: Diagnostic[] };
  try {
    slugged = await withSlugs(sorted.posts, found, outDir);
    const feedOptions = { title: options.title ?? DEFAULT_TITLE, baseUrl: context.baseUrl };
    written = await writeFeed(outDir, sortPosts(slugged.posts), feedOptions, options.fs, clock).catch((error: unknown) => {
      // File-system errors (they carry a code) are the user's to fix; anything else is a bug.
      if (!(error instanceof Error) || !('code' in error)) throw error;
      throw new BuildIoError(`cannot write the feed to ${display(cwd, options.out)}: ${error.message}`, false);
    });
  } finally {
    await lock.release();
  }
  const { posts, warnings } = slugged;
  const { stats, layout } = written;
  return {
    posts: posts.length,
    drafts: sorted.drafts,
    rejected: sorted.rejected,
    warnings: [...sorted.warnings, ...warnings],
    notes,
    layout,
    feedPath: displayOutput(cwd, path.join(outDir, 'feed.json')),
    files: stats,
    timings: clock.laps,
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

async function writeFeed(outDir: string, sorted: SluggedPost[], options: FeedOptions, fs: OutputFs | undefined, clock: PhaseClock): Promise<{ stats: WriteStats; layout: Layout }> {
  // A site small enough for one file is rendered first: its bytes decide
  // whether it fits in one feed.json the app will open.
  const rendered = sorted.length <= SINGLE_FILE_MAX ? sorted.map(renderPost) : undefined;
  const layout = layoutFor(sorted.length, rendered ? feedBytes(sorted, rendered, options) : 0);
  const assembler = new FeedAssembler(sorted, options, layout);
  const writer = await OutputWriter.open(outDir, assembler.layout, fs);
  try {
    for (let i = 0; i < sorted.length; i++) {
      const itemFile = assembler.add(rendered?.[i] ?? renderPost(sorted[i] as SluggedPost));
      if (itemFile) await writer.putItem(itemFile);
      // File writes take several steps, each started from the event loop.
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await nextTurn();
    }
    clock.lap('render');
    const stats = await writer.commit(assembler.finish());
    clock.lap('commit');
    return { stats, layout };
  } catch (error) {
    await writer.settle(); // writes in flight finish or remove their temp files
    throw error;
  }
}

function settings(options: BuildOptions): PostContext & { zone: TimeZone } {
  let zone: TimeZone;
  try {
    zone = createTimeZone(options.timeZone ?? 'UTC');
  } catch {
    throw new UsageError(`unknown time zone "${options.timeZone ?? ''}" (use an IANA name such as Asia/Shanghai)`);
  }
  if (options.baseUrl === undefined) return { zone };
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  if (baseUrl === undefined) throw new UsageError(`--base-url must be an absolute http(s) URL, got "${options.baseUrl}"`);
  return { zone, baseUrl };
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
