// Which post had which slug in the build already in the output folder, so a
// new post with the same name never takes an existing article's URL
// (slug.ts). A post is known by its publication date and title: its file may
// be renamed or moved, and the feed does not name files. Read from feed.json,
// or for a large site from its manifest's pages; only builder-named files,
// each with a size cap. Anything missing or unreadable means no memory: the
// dates then decide, as on a first build.
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';

const MAX_FILE_BYTES = 64 * 1024 * 1024;
const MANIFEST = /^feed\/index\.[0-9a-f]{16}\.json$/;
const PAGE = /^pages\/[0-9a-f]{16}\.json$/;

type Listed = { id?: unknown; title?: unknown; date_published?: unknown };

/** A post's identity across builds. */
export function slugIdentity(title: string, publishedIso: string | undefined): string {
  return `${publishedIso ?? ''}\n${title}`;
}

/** slug -> identity for every article of the previous build in `outDir`. */
export async function previousSlugs(outDir: string): Promise<Map<string, string>> {
  const slugs = new Map<string, string>();
  const feed = await readJson(path.join(outDir, 'feed.json'));
  const listed: Listed[] = [...itemsOf(feed)];
  const index = (feed as { _ruwei?: { index?: unknown } } | undefined)?._ruwei?.index;
  if (typeof index === 'string' && MANIFEST.test(index)) {
    const manifest = (await readJson(path.join(outDir, ...index.split('/')))) as { all?: { pages?: unknown } } | undefined;
    const pages = Array.isArray(manifest?.all?.pages) ? (manifest.all.pages as unknown[]) : [];
    for (const page of pages) {
      if (typeof page === 'string' && PAGE.test(page)) listed.push(...itemsOf(await readJson(path.join(outDir, 'feed', ...page.split('/')))));
    }
  }
  for (const item of listed) {
    if (typeof item.id !== 'string' || typeof item.title !== 'string') continue;
    slugs.set(item.id, slugIdentity(item.title, typeof item.date_published === 'string' ? item.date_published : undefined));
  }
  return slugs;
}

function itemsOf(document: unknown): Listed[] {
  const items = (document as { items?: unknown } | undefined)?.items;
  return Array.isArray(items) ? items.filter((item): item is Listed => item !== null && typeof item === 'object') : [];
}

async function readJson(file: string): Promise<unknown> {
  try {
    const stats = await lstat(file);
    if (!stats.isFile() || stats.size > MAX_FILE_BYTES) return undefined;
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
