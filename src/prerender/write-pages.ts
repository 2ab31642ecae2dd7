// The static pages of the site's own feed, beside the built app in dist/:
//   article/<slug>.html   each article, prerendered and hydrated by the app
//   category/<name>.html  each category: its list view with its first rows
//   index.html            the list of all articles, as a category page
//   404.html              the not-found view (static hosts answer it with 404)
// Each is the built index.html (CSP, scripts, styles) with the page's head
// tags, its rendered view and, for an article, its data and
// public/page-boot.js. Files are written whole (temp file, then
// rename), as the builder writes the feed.
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleContent } from '../article/pipeline/pipeline';
import { preloadArticleRoute } from '../app/app';
import { writeAtomic } from '../builder/write-output';
import type { FeedItem, FeedModel } from '../feed/model';
import { htmlWordText } from '../lib/html-text';
import { isoDate } from '../lib/format-date';
import { locale, t } from '../lib/i18n';
import { withHead, type PageHead } from './head-tags';
import { cacheFile, cachedPage, pageKey } from './page-cache';
import { seedScript, type PageSeed } from './page-seed';
import { installDom, withoutNewListeners } from './node-dom';
import { renderArticle, renderList, renderNotFound } from './render-page';
import { PLACEHOLDER_ORIGIN, type PrerenderJob, type PrerenderResult } from './job';
import { readSite } from './site-data';

// A name that is one file name on every host's disk.
const UNSAFE_FILE_NAME = /[/\\\0]|^\.|^$/;
// Files being written at once (writePages).
const MAX_WRITING = 16;

function firstImage(html: string): string | undefined {
  const src = /<img\b[^>]*?\ssrc="([^"]+)"/.exec(html)?.[1];
  return src?.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

function descriptionOf(item: FeedItem): string | undefined {
  return item.summary || (item.contentHtml ? htmlWordText(item.contentHtml) : item.contentText) || undefined;
}

export async function writePages(job: PrerenderJob): Promise<PrerenderResult> {
  const site = await readSite(job.outDir, job.appBase, locale, (position) => position % job.shards === job.shard);
  const siteTitle = site.feed.title || t('appName');
  const known = job.siteUrl !== undefined;
  /** A page's URL: absolute when the site's address is known, else from the host's root. */
  const pageUrl = (path: string) => (known ? new URL(path, job.siteUrl).href : `${job.base}${path}`);
  const unplaceholder = (html: string) => (known ? html : html.replaceAll(PLACEHOLDER_ORIGIN, ''));
  const feeds = { json: pageUrl('feed.json'), rss: pageUrl('rss.xml'), atom: pageUrl('atom.xml') };
  const lang = site.feed.language;
  const page = (head: Omit<PageHead, 'feeds' | 'siteName'>, root = '', extra = '') => {
    // React puts preloads (the hero image's) first in what it renders; they belong in the head, and are no part of the tree that hydrates.
    const preloads = /^(?:<link rel="preload"[^>]*>)*/.exec(root)![0];
    return withHead(job.shell, { ...head, feeds, siteName: siteTitle })
      .replace('</head>', () => (preloads ? `  ${preloads}\n  </head>` : '</head>'))
      .replace('<div id="root"></div>', () => `<div id="root">${root.slice(preloads.length)}</div>${extra}`);
  };
  const skipped: string[] = [];

  const pages: string[] = [];
  const keys: string[] = [];
  // Files are written while the next page renders (a worker that waited for each write sat idle a
  // tenth of its time), at most MAX_WRITING at once: a build whose pages all come from the cache renders nothing.
  const writing: Promise<void>[] = [];
  const writeSoon = async (file: string, html: string | Buffer) => {
    if (writing.length >= MAX_WRITING) await writing.shift();
    const written = writeAtomic(fs, file, html);
    // Its failure is thrown where it is awaited (above, or at the end), not as an unhandled rejection meanwhile.
    written.catch(() => undefined);
    writing.push(written);
  };
  const write = async (path: string, html: string | Buffer) => {
    await writeSoon(join(job.outDir, path), html);
    pages.push(path);
  };
  let dom: Promise<unknown> | undefined;
  /** A rendered page's file: from the cache when its key is there, else made (once the DOM is in place) and kept. */
  const cachedOr = async (key: string, make: () => string): Promise<{ html: string | Buffer; reused: boolean }> => {
    keys.push(key);
    const cached = await cachedPage(job.cacheDir, key);
    if (cached !== undefined) return { html: cached, reused: true };
    await (dom ??= installDom(job.appBase).then(preloadArticleRoute));
    const html = make();
    await writeSoon(cacheFile(job.cacheDir, key), html);
    return { html, reused: false };
  };

  const articlePage = (seed: PageSeed, data: string) => {
    const { html, article, content } = withoutNewListeners(() => renderArticle(seed, job.base, job.appBase));
    const { item } = article;
    const headline = item.title || t('untitled');
    // As the app titles the page (useDocumentTitle).
    const head = { ...articleHead(item, content, article.language ?? lang), title: [headline, article.feedTitle].filter(Boolean).join(' — '), headline };
    const url = pageUrl(`article/${encodeURIComponent(seed.slug)}`);
    const file = page({ ...head, image: head.image && unplaceholder(head.image), url }, unplaceholder(html), `\n    ${data}`);
    return scriptAfterContent(withPageBoot(file, job.base).replace('</head>', () => `  ${job.articleAssets}\n  </head>`));
  };

  await Promise.all([fs.mkdir(join(job.outDir, 'article'), { recursive: true }), fs.mkdir(job.cacheDir, { recursive: true })]);
  let articles = 0;
  let reused = 0;
  for (const seed of site.seeds) {
    if (UNSAFE_FILE_NAME.test(seed.slug)) {
      skipped.push(`article "${seed.slug}": its address cannot be a file name`);
      continue;
    }
    const data = seedScript(seed);
    // All an article page is made from: the job's (version), the site's feed fields (its title, language) and its own data.
    const file = await cachedOr(pageKey(job.version, site.head, data), () => articlePage(seed, data));
    await write(`article/${seed.slug}.html`, file.html);
    articles++;
    if (file.reused) reused++;
  }
  if (job.shard !== 0) {
    await Promise.all(writing);
    return { articles, reused, categories: 0, skipped, pages, keys };
  }

  await fs.mkdir(join(job.outDir, 'category'), { recursive: true });
  // Every article in memory, as the app holds a plain feed (a large site's list would come page by page).
  const listed: FeedModel = { ...site.feed, items: site.items, indexUrl: undefined, itemUrlTemplate: undefined };
  // A list page shows the whole site's categories: any article's change is every list page's.
  const listKey = pageKey(job.version, site.head, JSON.stringify(site.items));
  let categories = 0;
  for (const name of site.tags) {
    if (UNSAFE_FILE_NAME.test(name)) {
      skipped.push(`category "${name}": its name cannot be a file name`);
      continue;
    }
    const head = { title: `${name} — ${siteTitle}`, headline: name, description: site.feed.description ?? siteTitle, url: pageUrl(`category/${encodeURIComponent(name)}`), type: 'website' as const, lang };
    const file = await cachedOr(pageKey(listKey, 'category', name), () => page(head, unplaceholder(renderList(listed, name, job.base))));
    await write(`category/${name}.html`, file.html);
    categories++;
  }
  const home = { title: `${t('allArticles')} — ${siteTitle}`, headline: siteTitle, description: site.feed.description ?? siteTitle, url: pageUrl(''), type: 'website' as const, lang };
  const notFound = await cachedOr(pageKey(job.version, '404.html', site.head), () =>
    page({ ...home, title: t('notFoundTitle') }, unplaceholder(renderNotFound(site.feed, job.base))).replace('</head>', '  <meta name="robots" content="noindex" />\n  </head>'));
  await write('404.html', notFound.html);
  // Also what the service worker answers, offline, for an address it has no page for: settings-boot.js hides its list there.
  const index = await cachedOr(pageKey(listKey, 'index.html'), () => withHome(page(home, unplaceholder(renderList(listed, undefined, job.base))), job.base));
  await write('index.html', index.html);
  await Promise.all(writing);
  return { articles, reused, categories, skipped, pages, keys };
}

/** The page with the built index.html's settings-boot.js script tag replaced by `tags` (given that tag). */
function atSettingsScript(html: string, base: string, tags: (script: string) => string): string {
  const script = `<script src="${base}settings-boot.js"></script>`;
  if (!html.includes(script)) throw new Error('prerendering: the built index.html has no settings-boot.js script');
  return html.replace(script, () => tags(script));
}

/** public/page-boot.js, a blocking script right after settings-boot.js: an article page needs it (README, "Static pages"). */
function withPageBoot(html: string, base: string): string {
  return atSettingsScript(html, base, (script) => `${script}\n    <script src="${base}page-boot.js"></script>`);
}

/**
 * The list of all articles names its own address to settings-boot.js
 * (`data-home`): served for another one (by the service worker, offline),
 * it is the app's shell, and its list is hidden until the app has rendered.
 */
function withHome(html: string, base: string): string {
  const home = base.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return atSettingsScript(html, base, () => `<script src="${base}settings-boot.js" data-home="${home}"></script>`);
}

/**
 * The app's script, fetched from the head (modulepreload) but run `async`
 * from the end of the body: a deferred script holds back the end of parsing,
 * and Chromium scrolls to a link's `#section` only then, so a slow script
 * would keep the reader at the top. Placed after the content and its data,
 * it finds both whenever it runs.
 */
function scriptAfterContent(html: string): string {
  const script = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!script) throw new Error('prerendering: the built index.html has no module script');
  const preload = `<link rel="modulepreload" crossorigin href="${script[1]}">`;
  return html
    .replace(script[0], () => (html.includes(preload) ? '' : `\n    ${preload}`))
    .replace('</body>', () => `  <script type="module" async crossorigin src="${script[1]}"></script>\n  </body>`);
}

function articleHead(item: FeedItem, content: ArticleContent, lang: string | undefined): Omit<PageHead, 'feeds' | 'siteName' | 'url' | 'title'> {
  return {
    description: descriptionOf(item),
    type: 'article',
    image: item.image ?? item.bannerImage ?? firstImage(content.html),
    published: item.published === undefined ? undefined : isoDate(item.published),
    modified: item.modified === undefined ? undefined : isoDate(item.modified),
    lang,
  };
}
