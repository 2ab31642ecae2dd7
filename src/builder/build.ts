// One whole builder run as a function, so the CLI, the site script, the
// tests and the benchmark all run the same code in-process.
// Steps: check settings (zone, base URL) -> find posts -> read and convert
// them (reads overlap with parsing) -> give each a unique slug -> build the
// documents -> write them atomically -> report counts and diagnostics.
import path from 'node:path';
import { buildFeed } from './build-feed';
import type { FeedFiles, SluggedPost } from './build-feed';
import { createTimeZone } from './dates';
import type { TimeZone } from './dates';
import type { Diagnostic } from './diagnostics';
import { findPosts } from './find-posts';
import type { FoundPosts } from './find-posts';
import { mapLimit } from './pool';
import { readPost } from './read-post';
import type { Post, PostContext, PostResult } from './read-post';
import { assignSlugs } from './slug';
import { normalizeBaseUrl } from './urls';
import { writeOutput } from './write-output';
import type { OutputFs, WriteStats } from './write-output';

export const DEFAULT_TITLE = 'ruwei';
const READ_CONCURRENCY = 16;

export type BuildOptions = {
  input: string;
  out: string;
  baseUrl?: string | undefined;
  title?: string | undefined;
  timeZone?: string | undefined;
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
  layout: FeedFiles['layout'];
  /** feed.json as shown to the user. */
  feedPath: string;
  files: WriteStats;
};

/** Bad flags or settings: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The input folder cannot be read or the output cannot be written: exit code 2. */
export class BuildIoError extends Error {
  override name = 'BuildIoError';
}

export async function build(options: BuildOptions): Promise<BuildReport> {
  const cwd = options.cwd ?? process.cwd();
  const context = settings(options);
  const found = await find(options.input, cwd);
  const results = await mapLimit(found.files, READ_CONCURRENCY, (file) => readPost(file, context));
  const sorted = sortResults(results, found);
  const { posts, warnings } = withSlugs(sorted.posts, found);
  const notes: Diagnostic[] = [];
  if (found.files.length === 0) notes.push({ file: display(cwd, options.input), message: 'no posts found (*.md, *.markdown); writing an empty feed' });
  const files = buildFeed(posts, { title: options.title ?? DEFAULT_TITLE, baseUrl: context.baseUrl });
  const outDir = path.resolve(cwd, options.out);
  const stats = await writeOutput(outDir, files, options.fs).catch((error: unknown) => {
    throw new BuildIoError(`cannot write the feed to ${display(cwd, options.out)}: ${error instanceof Error ? error.message : String(error)}`);
  });
  return {
    posts: posts.length,
    drafts: sorted.drafts,
    rejected: sorted.rejected,
    warnings: [...sorted.warnings, ...warnings],
    notes,
    layout: files.layout,
    feedPath: display(cwd, path.join(outDir, 'feed.json')),
    files: stats,
  };
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

async function find(input: string, cwd: string): Promise<FoundPosts> {
  try {
    return await findPosts(input, cwd);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    throw new BuildIoError(`cannot read the input folder ${display(cwd, input)} (${typeof code === 'string' ? code : String(error)})`);
  }
}

type Sorted = { posts: Post[]; drafts: number; rejected: Diagnostic[]; warnings: Diagnostic[] };

function sortResults(results: readonly PostResult[], found: FoundPosts): Sorted {
  const sorted: Sorted = { posts: [], drafts: 0, rejected: [...found.problems], warnings: [] };
  for (const result of results) {
    sorted.warnings.push(...result.warnings);
    if (result.kind === 'post') sorted.posts.push(result.post);
    else if (result.kind === 'draft') sorted.drafts++;
    else sorted.rejected.push(result.error);
  }
  return sorted;
}

/** Posts arrive in relative-path order, which is the order slugs are handed out in. */
function withSlugs(posts: readonly Post[], found: FoundPosts): { posts: SluggedPost[]; warnings: Diagnostic[] } {
  const { slugs, duplicates } = assignSlugs(posts.map((post) => post.relPath));
  const displayOf = new Map(found.files.map((file) => [file.relPath, file.displayPath]));
  const shown = (i: number): string => displayOf.get(posts[i]?.relPath ?? '') ?? '';
  const warnings = duplicates.map(({ index, slug, clashesWith }) => ({
    file: shown(index),
    message: `slug "${slugs[clashesWith] ?? ''}" is already used by ${shown(clashesWith)}; this post gets "${slug}"`,
  }));
  return { posts: posts.map((post, i) => ({ ...post, slug: slugs[i] ?? '' })), warnings };
}

function display(cwd: string, target: string): string {
  return path.relative(cwd, path.resolve(cwd, target)) || '.';
}
