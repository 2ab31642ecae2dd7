// Writes the feed files so that a reader, or a run that dies half-way, never
// sees a half-written feed.
// Steps: every file goes to a temp file in its own folder, then `rename`
// (atomic on POSIX) -> order: item files, pages, manifest, and feed.json last:
// renaming feed.json is the commit point -> only then prune what the new
// feed.json no longer references. Until that rename the previous feed.json
// and every file it references stay as they were. Unchanged files are not
// rewritten (item files are compared by bytes, hashed files by name).
// Only builder-owned names are ever deleted. No fsync: a crash of the
// process cannot tear a renamed file; we do not defend against power loss.
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { FEED_FILE, ITEMS_DIR, PAGES_DIR } from './build-feed';
import type { FeedFiles, OutputFile } from './build-feed';
import { mapLimit } from './pool';

export type OutputFs = Pick<typeof nodeFs, 'writeFile' | 'rename' | 'readFile' | 'readdir' | 'stat' | 'unlink' | 'mkdir' | 'rmdir'>;
export type WriteStats = { written: number; unchanged: number; removed: number };

const CONCURRENCY = 32;
const TEMP_FILE = /^\..+\.\d+-\d+\.ruwei-tmp$/;
const PAGE_FILE = /^[0-9a-f]{16}\.json$/;
const INDEX_FILE = /^index\.[0-9a-f]{16}\.json$/;
let tempCounter = 0;

export async function writeOutput(outDir: string, files: FeedFiles, fs: OutputFs = nodeFs): Promise<WriteStats> {
  const stats: WriteStats = { written: 0, unchanged: 0, removed: 0 };
  const at = (relPath: string): string => path.join(outDir, ...relPath.split('/'));
  await fs.mkdir(outDir, { recursive: true });
  if (files.layout === 'paged') {
    await Promise.all([fs.mkdir(at(ITEMS_DIR), { recursive: true }), fs.mkdir(at(PAGES_DIR), { recursive: true })]);
    const [items, pages] = await Promise.all([listNames(fs, at(ITEMS_DIR)), listNames(fs, at(PAGES_DIR))]);
    await mapLimit(files.items, CONCURRENCY, (f) => writeIfChanged(fs, at(f.path), f, items.has(basename(f)), stats));
    await mapLimit(files.pages, CONCURRENCY, (f) => writeIfMissing(fs, at(f.path), f, pages.has(basename(f)), stats));
    if (files.manifest) await writeIfMissing(fs, at(files.manifest.path), files.manifest, await exists(fs, at(files.manifest.path)), stats);
  }
  await writeIfChanged(fs, at(FEED_FILE), files.feed, true, stats); // the commit point
  await prune(fs, outDir, files, stats);
  return stats;
}

async function writeIfChanged(fs: OutputFs, target: string, file: OutputFile, mayExist: boolean, stats: WriteStats): Promise<void> {
  if (mayExist && (await sameBytes(fs, target, file.data))) {
    stats.unchanged++;
    return;
  }
  await writeAtomic(fs, target, file.data);
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

async function sameBytes(fs: OutputFs, target: string, data: string): Promise<boolean> {
  try {
    if ((await fs.stat(target)).size !== Buffer.byteLength(data)) return false;
    return (await fs.readFile(target, 'utf8')) === data;
  } catch {
    return false;
  }
}

export async function writeAtomic(fs: OutputFs, target: string, data: string): Promise<void> {
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
async function prune(fs: OutputFs, outDir: string, files: FeedFiles, stats: WriteStats): Promise<void> {
  const keep = new Set([...files.items, ...files.pages, ...(files.manifest ? [files.manifest] : [])].map((f) => f.path));
  const owned: [string, RegExp][] = [[ITEMS_DIR, /\.json$/], [PAGES_DIR, PAGE_FILE], ['feed', INDEX_FILE], ['', /^$/]];
  for (const [dir, pattern] of owned) {
    const folder = path.join(outDir, ...dir.split('/').filter(Boolean));
    const names = [...(await listNames(fs, folder))];
    const stale = names.filter((name) => TEMP_FILE.test(name) || (pattern.test(name) && !keep.has(dir ? `${dir}/${name}` : name)));
    // A file that vanished meanwhile (or a folder with a .json name) is not an error.
    await mapLimit(stale, CONCURRENCY, (name) => fs.unlink(path.join(folder, name)).then(() => void stats.removed++, () => undefined));
  }
  if (files.layout === 'single') {
    // Empty folders left by an earlier large build; rmdir refuses non-empty ones.
    for (const dir of [ITEMS_DIR, PAGES_DIR, 'feed']) await fs.rmdir(path.join(outDir, ...dir.split('/'))).catch(() => undefined);
  }
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
