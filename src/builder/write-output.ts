// Writes the feed files so that a reader, or a run that dies half-way, never
// sees a half-written feed.
// Steps: every file goes to a temp file in its own folder, then `rename`
// (atomic on POSIX) -> order: item files, pages, search index, manifest, and feed.json last:
// renaming feed.json is the commit point -> only then prune what the new
// feed.json no longer references. Until that rename the previous feed.json,
// manifest and pages stay as they were and every file is whole; item files
// keep their names (feed/items/<slug>.json), so those already renamed are
// of the new run (src/builder/feed-command.sigkill.test.ts kills at each step).
// Unchanged files are not rewritten (item files are compared by bytes,
// hashed files by name).
// Only builder-owned names are ever deleted. No fsync: a crash of the
// process cannot tear a renamed file; we do not defend against power loss.
import { readFileSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { FEED_FILE, ITEMS_DIR, PAGES_DIR } from './feed-documents';
import type { FeedFiles, FinalFiles, Layout, OutputFile } from './feed-documents';
import { mapLimit } from './pool';
import { SEARCH_DIR } from './search-index';

export type OutputFs = Pick<typeof nodeFs, 'writeFile' | 'rename' | 'readFile' | 'readdir' | 'stat' | 'unlink' | 'mkdir' | 'rmdir'>;
export type WriteStats = { written: number; unchanged: number; removed: number };
type Existing = { items: Set<string>; pages: Set<string>; search: Set<string> };

const CONCURRENCY = 32;
const TEMP_FILE = /^\..+\.\d+-\d+\.ruwei-tmp$/;
const PAGE_FILE = /^[0-9a-f]{16}\.json$/;
const INDEX_FILE = /^index\.[0-9a-f]{16}\.json$/;
let tempCounter = 0;

/**
 * Writes one build's files. putItem() may be called while later posts are
 * still rendering (it waits only when CONCURRENCY writes are in flight);
 * commit() writes the pages, the manifest and feed.json, then prunes.
 */
export class OutputWriter {
  private readonly stats: WriteStats = { written: 0, unchanged: 0, removed: 0 };
  private readonly inFlight = new Set<Promise<void>>();
  private readonly keep = new Set<string>();
  private failure: { error: unknown } | undefined;
  private readonly outDir: string;
  private readonly fs: OutputFs;
  private readonly existing: Existing;

  private constructor(outDir: string, fs: OutputFs, existing: Existing) {
    this.outDir = outDir;
    this.fs = fs;
    this.existing = existing;
  }

  static async open(outDir: string, layout: Layout, fs: OutputFs = nodeFs): Promise<OutputWriter> {
    await fs.mkdir(outDir, { recursive: true });
    if (layout === 'single') return new OutputWriter(outDir, fs, { items: new Set(), pages: new Set(), search: new Set() });
    const [items, pages, search] = [ITEMS_DIR, PAGES_DIR, SEARCH_DIR].map((dir) => path.join(outDir, ...dir.split('/'))) as [string, string, string];
    await Promise.all([items, pages, search].map((dir) => fs.mkdir(dir, { recursive: true })));
    const [itemNames, pageNames, searchNames] = await Promise.all([listNames(fs, items), listNames(fs, pages), listNames(fs, search)]);
    return new OutputWriter(outDir, fs, { items: itemNames, pages: pageNames, search: searchNames });
  }

  async putItem(file: OutputFile): Promise<void> {
    await this.throwIfFailed();
    this.keep.add(file.path);
    const task: Promise<void> = writeIfChanged(this.fs, this.at(file.path), file, this.existing.items.has(basename(file)), this.stats)
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => this.inFlight.delete(task));
    this.inFlight.add(task);
    if (this.inFlight.size >= CONCURRENCY) await Promise.race(this.inFlight);
  }

  async commit(final: FinalFiles): Promise<WriteStats> {
    await Promise.all(this.inFlight);
    await this.throwIfFailed();
    const { pages, manifest, search = [] } = final;
    await mapLimit(pages, CONCURRENCY, (f) => writeIfMissing(this.fs, this.at(f.path), f, this.existing.pages.has(basename(f)), this.stats));
    await mapLimit(search, CONCURRENCY, (f) => writeIfMissing(this.fs, this.at(f.path), f, this.existing.search.has(basename(f)), this.stats));
    if (manifest) await writeIfMissing(this.fs, this.at(manifest.path), manifest, await exists(this.fs, this.at(manifest.path)), this.stats);
    await writeIfChanged(this.fs, this.at(FEED_FILE), final.feed, true, this.stats); // the commit point
    for (const f of [...pages, ...search, ...(manifest ? [manifest] : [])]) this.keep.add(f.path);
    await prune(this.fs, this.outDir, this.keep, this.stats);
    return this.stats;
  }

  /** Waits for the writes in flight (each renames or removes its temp file); for a build that fails meanwhile. */
  async settle(): Promise<void> {
    await Promise.all(this.inFlight);
  }

  private at(relPath: string): string {
    return path.join(this.outDir, ...relPath.split('/'));
  }

  /** After a failed write, lets the other writes finish (or clean up) before failing the build. */
  private async throwIfFailed(): Promise<void> {
    if (!this.failure) return;
    await Promise.all(this.inFlight);
    throw this.failure.error;
  }
}

/** All files of a build at once (tests; build.ts streams through OutputWriter). */
export async function writeOutput(outDir: string, files: FeedFiles, fs: OutputFs = nodeFs): Promise<WriteStats> {
  const writer = await OutputWriter.open(outDir, files.layout, fs);
  for (const item of files.items) await writer.putItem(item);
  return writer.commit(files);
}

async function writeIfChanged(fs: OutputFs, target: string, file: OutputFile, mayExist: boolean, stats: WriteStats): Promise<void> {
  const bytes = Buffer.from(file.data); // encoded once, for the comparison and the write
  if (mayExist && sameBytes(target, bytes)) {
    stats.unchanged++;
    return;
  }
  await writeAtomic(fs, target, bytes);
  stats.written++;
}

// A hashed name names its bytes: an existing file is already right.
async function writeIfMissing(fs: OutputFs, target: string, file: OutputFile, present: boolean, stats: WriteStats): Promise<void> {
  if (present) {
    stats.unchanged++;
    return;
  }
  await writeAtomic(fs, target, file.data);
  stats.written++;
}

// Synchronous read: much cheaper than the four thread-pool round trips of
// fs.promises.readFile, and these files are small.
function sameBytes(target: string, bytes: Buffer): boolean {
  try {
    return readFileSync(target).equals(bytes);
  } catch {
    return false;
  }
}

export async function writeAtomic(fs: OutputFs, target: string, data: string | Buffer): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${tempCounter++}.ruwei-tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Deletes builder-owned files the new feed.json does not reference. */
async function prune(fs: OutputFs, outDir: string, keep: ReadonlySet<string>, stats: WriteStats): Promise<void> {
  const owned: [string, RegExp][] = [[ITEMS_DIR, /\.json$/], [PAGES_DIR, PAGE_FILE], [SEARCH_DIR, PAGE_FILE], ['feed', INDEX_FILE], ['', /^$/]];
  for (const [dir, pattern] of owned) {
    const folder = path.join(outDir, ...dir.split('/').filter(Boolean));
    const names = [...(await listNames(fs, folder))];
    const stale = names.filter((name) => TEMP_FILE.test(name) || (pattern.test(name) && !keep.has(dir ? `${dir}/${name}` : name)));
    // A file that vanished meanwhile (or a folder with a .json name) is not an error.
    await mapLimit(stale, CONCURRENCY, (name) => fs.unlink(path.join(folder, name)).then(() => void stats.removed++, () => undefined));
  }
  // Folders left empty by an earlier large build; rmdir refuses non-empty ones.
  for (const dir of [ITEMS_DIR, PAGES_DIR, SEARCH_DIR, 'feed']) await fs.rmdir(path.join(outDir, ...dir.split('/'))).catch(() => undefined);
}

async function listNames(fs: OutputFs, folder: string): Promise<Set<string>> {
  try {
    return new Set(await fs.readdir(folder));
  } catch {
    return new Set();
  }
}

async function exists(fs: OutputFs, target: string): Promise<boolean> {
  return fs.stat(target).then(() => true, () => false);
}

function basename(file: OutputFile): string {
  return file.path.slice(file.path.lastIndexOf('/') + 1);
}
