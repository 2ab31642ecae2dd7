// Every post file under the input folder, in a stable order.
// Steps: walk folders -> skip what Hexo skips (names starting
// with `.` or `_`, so `_drafts` too) and `node_modules` -> follow symbolic
// links, remembering each folder's real path so a link loop ends the walk
// instead of hanging it -> keep `*.md` / `*.markdown` -> sort by relative path.
// Repository meta files at the top (README.md, SOURCES.md, LICENSE.md) are
// not posts: content/ credits its sources in SOURCES.md.
// Links are followed while they stay inside the input folder (after resolving
// every link on the way): a contributed posts repository must not publish the
// builder's machine (`environ.md -> /proc/self/environ`, `root -> /`). A link
// out of the folder is skipped with a note unless the publisher passes
// --follow-external-links; a link into /proc, /sys or /dev is never followed.
// The slug comes from the link's own name.
// A skipped file named like a post (`.md`, `_about.md`, a FIFO) and a broken
// link of any name get a note, so nothing vanishes silently; a broken link
// named like a post is rejected when it is read. A name that is not UTF-8
// cannot be opened under the name Node decodes it to (bad bytes become
// U+FFFD); it is named as a problem instead of failing later as missing.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from './diagnostics';
import type { SourceFile } from './read-post';

export type FoundPosts = { files: SourceFile[]; problems: Diagnostic[]; skipped: Diagnostic[] };

const POST_FILE = /\.(md|markdown)$/i;
const META_FILES = new Set(['README.md', 'SOURCES.md', 'LICENSE.md']);

// Pseudo-files there report a size of 0 and hold secrets or never end.
const SYSTEM_FOLDERS = ['/proc', '/sys', '/dev'];

export type FindOptions = { followExternalLinks?: boolean };

type Walk = { root: string; realRoot: string; followExternal: boolean; cwd: string; seen: Set<string>; files: SourceFile[]; problems: Diagnostic[]; skipped: Diagnostic[] };

/** Throws when `root` itself cannot be read; problems below it are reported. */
export async function findPosts(root: string, cwd: string, options: FindOptions = {}): Promise<FoundPosts> {
  const absRoot = path.resolve(cwd, root);
  const realRoot = await realpath(absRoot);
  if (isSystemPath(realRoot)) throw Object.assign(new Error(`${realRoot} is a system folder`), { code: 'a system folder, never read' });
  const walk: Walk = { root: absRoot, realRoot, followExternal: options.followExternalLinks === true, cwd, seen: new Set([realRoot]), files: [], problems: [], skipped: [] };
  await walkFolder(walk, absRoot, await readdir(absRoot, { withFileTypes: true }));
  walk.files.sort((a, b) => compare(a.relPath, b.relPath));
  for (const list of [walk.problems, walk.skipped]) list.sort((a, b) => compare(a.file, b.file));
  return { files: walk.files, problems: walk.problems, skipped: walk.skipped };
}

// Folders are walked one after another in name order, real entries before
// links, so a folder reachable by two paths is always read under the same one.
async function walkFolder(walk: Walk, folder: string, entries: Dirent[]): Promise<void> {
  const kept = entries.filter((entry) => isWanted(walk, folder, entry)).sort((a, b) => compare(a.name, b.name));
  const links = kept.filter((entry) => entry.isSymbolicLink());
  for (const entry of kept) {
    if (entry.isSymbolicLink() || (entry.name.includes('\uFFFD') && (await undecodable(walk, folder, entry)))) continue;
    await visit(walk, path.join(folder, entry.name), entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other');
  }
  for (const entry of links) {
    if (entry.name.includes('\uFFFD') && (await undecodable(walk, folder, entry))) continue;
    const absPath = path.join(folder, entry.name);
    await visit(walk, absPath, await linkTarget(walk, absPath));
  }
}

function isWanted(walk: Walk, folder: string, entry: Dirent): boolean {
  const name = entry.name;
  if (name === 'node_modules' || (folder === walk.root && META_FILES.has(name))) return false;
  if (!name.startsWith('.') && !name.startsWith('_')) return true;
  if (POST_FILE.test(name) && !entry.isDirectory()) {
    walk.skipped.push({ file: display(walk, path.join(folder, name)), message: "skipped: a name starting with '.' or '_' is not a post (Hexo's rule)" });
  }
  return false;
}

/** True (and reported) when the entry's name had bytes that are not UTF-8. */
async function undecodable(walk: Walk, folder: string, entry: Dirent): Promise<boolean> {
  const absPath = path.join(folder, entry.name);
  const missing = await lstat(absPath).then(() => false, () => true);
  if (missing && (entry.isDirectory() || POST_FILE.test(entry.name))) {
    walk.problems.push({ file: display(walk, absPath) + (entry.isDirectory() ? path.sep : ''), message: 'the name is not valid UTF-8; rename it to read it' });
  }
  return missing;
}

type Kind = 'folder' | 'file' | 'other';

async function visit(walk: Walk, absPath: string, kind: Kind | 'broken'): Promise<void> {
  if (kind === 'folder') await visitFolder(walk, absPath);
  else if (kind === 'file' && POST_FILE.test(absPath)) walk.files.push(sourceFile(walk, absPath));
  // FIFOs and devices are never posts: reading one could block forever.
  else if (kind === 'other' && POST_FILE.test(absPath)) walk.skipped.push({ file: display(walk, absPath), message: 'skipped: not a regular file' });
}

async function linkTarget(walk: Walk, absPath: string): Promise<Kind | 'broken'> {
  let real: string;
  let kind: Kind;
  try {
    real = await realpath(absPath);
    const target = await stat(real);
    kind = target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'other';
  } catch (error) {
    // A broken link named like a post is rejected when it is read.
    if (POST_FILE.test(absPath)) return 'file';
    walk.skipped.push({ file: display(walk, absPath), message: `skipped: a broken symbolic link (${codeOf(error)})` });
    return 'broken';
  }
  const refusal = linkRefusal(walk, real);
  if (refusal === undefined) return kind;
  // Links to other files (images beside a post) are not posts: nothing to say.
  if (kind === 'folder' || POST_FILE.test(absPath)) walk.skipped.push({ file: display(walk, absPath), message: `skipped: ${refusal}` });
  return 'broken';
}

/** Why a link to `real` (its resolved target) is not followed, if it is not. */
function linkRefusal(walk: Walk, real: string): string | undefined {
  if (isSystemPath(real)) return `the link leads to ${real}, a system file, which is never read`;
  if (walk.followExternal || isInside(walk.realRoot, real)) return undefined;
  return `the link leads out of the input folder (to ${real}); pass --follow-external-links to publish what it points at`;
}

function isSystemPath(real: string): boolean {
  return SYSTEM_FOLDERS.some((folder) => isInside(folder, real));
}

function isInside(folder: string, target: string): boolean {
  return target === folder || target.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
}

async function visitFolder(walk: Walk, absPath: string): Promise<void> {
  let entries: Dirent[];
  try {
    const real = await realpath(absPath);
    if (walk.seen.has(real)) return; // a link back to a folder we walk already
    walk.seen.add(real);
    entries = await readdir(absPath, { withFileTypes: true });
  } catch (error) {
    walk.problems.push({ file: display(walk, absPath) + path.sep, message: `cannot read the folder (${codeOf(error)})` });
    return;
  }
  await walkFolder(walk, absPath, entries);
}

function sourceFile(walk: Walk, absPath: string): SourceFile {
  return { absPath, relPath: path.relative(walk.root, absPath).split(path.sep).join('/'), displayPath: display(walk, absPath) };
}

function display(walk: Walk, absPath: string): string {
  return path.relative(walk.cwd, absPath) || '.';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : String(error);
}
