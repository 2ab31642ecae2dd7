// Old Hexo URLs -> redirect pages and `_redirects` lines (pure; out-files.ts
// writes them). A page per old path: a meta refresh to the article's URL,
// `rel="canonical"` and a plain link, no script (the app's CSP allows none
// inline); `noindex`, so search engines keep the article, not the move.
// Steps: each old path -> checked (no `..`, no control characters, not one
// of the app's own names) -> its file (`a/b/` -> `a/b/index.html`,
// `a/b.html` as is, `a/b` -> `a/b.html`, which static hosts serve at
// `/a/b`) -> first claim wins, later ones are named as warnings.
import { articleUrl } from './site-urls';

export const REDIRECTS_FILE = '_redirects';
/** In every file the builder writes beside the app's own: a file without it is never overwritten or deleted. */
export const OWN_MARK = 'ruwei-builder';
export const BLOCK_START = `# ${OWN_MARK}: old Hexo URLs (rewritten on every build; put your own rules outside this block)`;
export const BLOCK_END = `# ${OWN_MARK}: end`;
const MAX_SEGMENT_BYTES = 255;

/** Paths at the output's top level that belong to the app, the feed or the static pages. */
const RESERVED_TOP = new Set(['index.html', '404.html', 'feed.json', 'feed', 'assets', 'article', 'category', 'search', 'rss.xml', 'atom.xml', 'sitemap.xml', 'robots.txt', REDIRECTS_FILE, '_headers']);

export type RedirectClaim = { slug: string; title: string; file: string; path: string };
/** `source` and `targetPath` as paths from the host's root (for `_redirects`), `target` as the page links to it. */
export type RedirectPage = { file: string; source: string; target: string; targetPath: string; data: string };
export type Redirects = { pages: RedirectPage[]; warnings: { file: string; message: string }[] };

/** `root`: the site's path (`/` or `/blog/`); `baseUrl`: its absolute URL, when known. */
export function redirectPages(claims: readonly RedirectClaim[], root: string, baseUrl: string | undefined, lang: string | undefined): Redirects {
  const pages: RedirectPage[] = [];
  const warnings: Redirects['warnings'] = [];
  const taken = new Map<string, RedirectClaim>();
  for (const claim of claims) {
    const checked = outputFile(claim.path);
    if ('problem' in checked) {
      warnings.push({ file: claim.file, message: `old URL /${claim.path}: ${checked.problem}; no redirect written` });
      continue;
    }
    const holder = taken.get(checked.file.toLowerCase());
    if (holder) {
      if (holder.slug !== claim.slug) warnings.push({ file: claim.file, message: `old URL /${claim.path} is also the old URL of ${holder.file}, which keeps it; no redirect written` });
      continue;
    }
    taken.set(checked.file.toLowerCase(), claim);
    const targetPath = `${root}article/${encodeURIComponent(claim.slug)}`;
    const target = baseUrl === undefined ? targetPath : articleUrl(baseUrl, claim.slug);
    pages.push({ file: checked.file, source: root + encodePath(checked.segments, claim.path.endsWith('/')), target, targetPath, data: redirectHtml(claim.title, target, lang) });
  }
  return { pages, warnings };
}

/** Our block of `_redirects` (301s, Netlify and Cloudflare Pages syntax), `existing` kept around it. */
export function redirectsFile(pages: readonly RedirectPage[], existing: string | undefined): string | undefined {
  const theirs = withoutBlock(existing ?? '');
  if (pages.length === 0) return theirs.trim() === '' ? undefined : theirs;
  const lines = pages.map((page) => `${page.source} ${page.targetPath} 301`);
  // Ours first: hosts take the first rule that matches, and a publisher's catch-all (`/* /index.html 200`) would hide ours.
  return `${BLOCK_START}\n${lines.join('\n')}\n${BLOCK_END}\n${theirs}`;
}

/** The sources our block of a previous `_redirects` listed. */
export function previousSources(existing: string | undefined): string[] {
  const text = existing ?? '';
  const start = text.indexOf(BLOCK_START);
  const end = text.indexOf(BLOCK_END, start);
  if (start < 0 || end < 0) return [];
  return text.slice(start + BLOCK_START.length, end).split('\n').map((line) => line.trim().split(/\s+/)[0] ?? '').filter((source) => source.startsWith('/'));
}

/** The file a source of our block was written to, relative to the output folder (`root` removed). */
export function fileOfSource(source: string, root: string): string | undefined {
  if (!source.startsWith(root)) return undefined;
  let path: string;
  try {
    path = source.slice(root.length).split('/').map((segment) => decodeURIComponent(segment)).join('/');
  } catch {
    return undefined;
  }
  const checked = outputFile(path);
  return 'file' in checked ? checked.file : undefined;
}

function withoutBlock(text: string): string {
  const start = text.indexOf(BLOCK_START);
  const end = text.indexOf(BLOCK_END, start);
  if (start < 0 || end < 0) return text;
  return text.slice(0, start) + text.slice(end + BLOCK_END.length).replace(/^\n/, '');
}

type Checked = { file: string; segments: string[] } | { problem: string };

/** The output file for an old path, or why there is none. */
export function outputFile(rawPath: string): Checked {
  const path = rawPath.replace(/\\/g, '/').replace(/[?#].*$/s, '');
  let segments: string[];
  try {
    segments = path.split('/').filter((segment) => segment !== '').map((segment) => decodeURIComponent(segment));
  } catch {
    return { problem: 'not a valid percent-encoded path' };
  }
  if (segments.length === 0) return { problem: 'it is the site root, which the app answers' };
  if (segments.some((segment) => segment === '.' || segment === '..' || segment.includes('/'))) return { problem: 'it leaves the site folder (`.` or `..`)' };
  if (segments.some((segment) => /\p{Cc}/u.test(segment))) return { problem: 'it holds control characters' };
  if (segments.some((segment) => Buffer.byteLength(segment) > MAX_SEGMENT_BYTES - 12)) return { problem: 'a part of it is too long for a file name' };
  const last = segments.at(-1) ?? '';
  const files = path.endsWith('/') ? [...segments, 'index.html'] : /\.html?$/i.test(last) ? segments : [...segments.slice(0, -1), `${last}.html`];
  if (RESERVED_TOP.has(files[0] ?? '') || (files[0] ?? '').startsWith('.ruwei')) return { problem: `/${files[0] ?? ''} belongs to the app` };
  return { file: files.join('/'), segments };
}

function encodePath(segments: readonly string[], trailingSlash: boolean): string {
  return segments.map((segment) => encodeURIComponent(segment)).join('/') + (trailingSlash ? '/' : '');
}

function redirectHtml(title: string, target: string, lang: string | undefined): string {
  const href = escapeAttribute(target.replace(/'/g, '%27'));
  return `<!doctype html>
<html${lang ? ` lang="${escapeAttribute(lang)}"` : ''}>
<!-- ${OWN_MARK}: this page moved; rewritten or removed on every build -->
<head>
<meta charset="utf-8">
<title>${escapeText(title)}</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${href}">
</head>
<body>
<p>This page has moved: <a href="${href}">${escapeText(title)}</a></p>
</body>
</html>
`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
