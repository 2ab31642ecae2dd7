// Writes the files the builder puts beside the feed in the output folder:
// rss.xml, atom.xml, sitemap.xml, robots.txt, the redirect pages of old Hexo
// URLs and our block of `_redirects`. The output folder may hold the
// publisher's own files (public/ is copied into dist/ whole), so:
// - a file is written only where none is, or where the one there carries
//   the builder's mark (OWN_MARK); any other is left alone with a warning;
// - nothing is written through a symbolic link: every folder on the way
//   must be a real folder inside the output folder;
// - each file is written whole (temp file + rename), unchanged files are not
//   rewritten;
// - what a previous build wrote and this one does not (a redirect listed in
//   the old `_redirects` block, a sitemap now without a base URL) is deleted,
//   again only when it carries the mark, and folders left empty go too.
import { readFileSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from './diagnostics';
import type { OutputFile } from './feed-documents';
import { OWN_MARK, REDIRECTS_FILE, fileOfSource, previousSources, redirectsFile } from './redirects';
import type { RedirectPage } from './redirects';
import { mapLimit } from './pool';
import { writeAtomic } from './write-output';
import type { OutputFs, WriteStats } from './write-output';

const MARK_WITHIN = 1024;
const CONCURRENCY = 32;

export type SiteFiles = {
  /** Files to write (rss.xml, …). */
  files: OutputFile[];
  /** Builder files this run does not write: removed when a previous run left them. */
  absent: string[];
  redirects: RedirectPage[];
  /** The site's path (`/`, `/blog/`), as the old `_redirects` block wrote it. */
  root: string;
};

type Writer = { fs: OutputFs; outDir: string; stats: WriteStats; warnings: Diagnostic[]; shown: (file: string) => string; realFolders: Set<string> };

export async function writeSiteFiles(outDir: string, site: SiteFiles, shown: (file: string) => string, fs: OutputFs = nodeFs): Promise<{ stats: WriteStats; warnings: Diagnostic[] }> {
  const writer: Writer = { fs, outDir, stats: { written: 0, unchanged: 0, removed: 0 }, warnings: [], shown, realFolders: new Set() };
  for (const file of site.files) await putOwned(writer, file.path, file.data);
  for (const name of site.absent) await removeOwned(writer, name);
  const previous = readText(path.join(outDir, REDIRECTS_FILE));
  const done = await mapLimit(site.redirects, CONCURRENCY, (page) => putOwned(writer, page.file, page.data));
  const written = site.redirects.filter((_page, i) => done[i]);
  const kept = new Set(written.map((page) => page.file));
  // One after another: removing one page may empty a folder another shares.
  for (const source of previousSources(previous)) {
    const file = fileOfSource(source, site.root);
    if (file !== undefined && !kept.has(file)) await removeOwned(writer, file);
  }
  // Warnings in the order of the pages, whatever order the writes finished in.
  writer.warnings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const redirects = redirectsFile(written, previous);
  if (redirects !== undefined && redirects !== previous) await writeAtomic(fs, path.join(outDir, REDIRECTS_FILE), redirects).then(() => void writer.stats.written++);
  if (redirects === undefined && previous !== undefined) await fs.unlink(path.join(outDir, REDIRECTS_FILE)).then(() => void writer.stats.removed++, () => undefined);
  return { stats: writer.stats, warnings: writer.warnings };
}

/** Writes `relPath` unless someone else's file or a link is in the way; true when the file is there now. */
async function putOwned(writer: Writer, relPath: string, data: string): Promise<boolean> {
  const target = path.join(writer.outDir, ...relPath.split('/'));
  const blocked = await pathProblem(writer, relPath);
  if (blocked !== undefined) {
    writer.warnings.push({ file: writer.shown(target), message: `${blocked}; not written` });
    return false;
  }
  const current = readText(target);
  if (current === data) {
    writer.stats.unchanged++;
    return true;
  }
  if (current !== undefined && !current.slice(0, MARK_WITHIN).includes(OWN_MARK)) {
    writer.warnings.push({ file: writer.shown(target), message: 'exists and was not written by the builder; left as it is' });
    return false;
  }
  await writer.fs.mkdir(path.dirname(target), { recursive: true });
  await writeAtomic(writer.fs, target, data);
  writer.stats.written++;
  return true;
}

async function removeOwned(writer: Writer, relPath: string): Promise<void> {
  if ((await pathProblem(writer, relPath)) !== undefined) return;
  const target = path.join(writer.outDir, ...relPath.split('/'));
  const current = readText(target);
  if (current === undefined || !current.slice(0, MARK_WITHIN).includes(OWN_MARK)) return;
  await writer.fs.unlink(target).then(() => void writer.stats.removed++, () => undefined);
  // Folders the redirect pages made, now empty; rmdir refuses the others.
  for (let dir = path.dirname(target); dir !== writer.outDir && dir.startsWith(writer.outDir + path.sep); dir = path.dirname(dir)) {
    if (!(await writer.fs.rmdir(dir).then(() => true, () => false))) break;
  }
}

/** Why `relPath` cannot be written safely: a folder on the way that is a link or a file, or a target that is no file. */
async function pathProblem(writer: Writer, relPath: string): Promise<string | undefined> {
  const parts = relPath.split('/');
  let at = writer.outDir;
  for (const [i, part] of parts.entries()) {
    at = path.join(at, part);
    const last = i === parts.length - 1;
    if (!last && writer.realFolders.has(at)) continue;
    const stats = await nodeFs.lstat(at).catch(() => undefined);
    if (stats === undefined) return undefined;
    if (stats.isSymbolicLink()) return `${writer.shown(at)} is a symbolic link, and the builder never writes through links`;
    if (!last && !stats.isDirectory()) return `${writer.shown(at)} is a file where a folder is needed`;
    if (!last) writer.realFolders.add(at);
    if (last && !stats.isFile()) return 'a folder is in the way';
  }
  return undefined;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
