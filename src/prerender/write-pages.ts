// The static pages of the site's own feed, beside the built app in dist/:
//   article/<slug>.html   each article, prerendered and hydrated by the app
//   category/<name>.html  each category: the app with the category's head
//   index.html            the app with the site's head
//   404.html              the not-found view (static hosts answer it with 404)
// Each is the built index.html (CSP, scripts, styles) with the page's head
// tags and, for an article, its rendered view and data. Files are written
// whole (temp file, then rename), as the builder writes the feed.
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleContent } from '../article/pipeline/pipeline';
import { preloadArticleRoute } from '../app/app';
import { writeAtomic } from '../builder/write-output';
import type { FeedItem } from '../feed/model';
import { htmlWordText } from '../lib/html-text';
import { isoDate } from '../lib/format-date';
import { locale, t } from '../lib/i18n';
import { withHead, type PageHead } from './head-tags';
import { seedScript } from './page-seed';
import { withoutNewListeners } from './node-dom';
import { renderArticle, renderNotFound } from './render-page';
import { PLACEHOLDER_ORIGIN, type PrerenderJob, type PrerenderResult } from './job';
import { readSite } from './site-data';

// A name that is one file name on every host's disk.
const UNSAFE_FILE_NAME = /[/\\\0]|^\.|^$/;

function firstImage(html: string): string | undefined {
  const src = /<img\b[^>]*?\ssrc="([^"]+)"/.exec(html)?.[1];
  return src?.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

function descriptionOf(item: FeedItem): string | undefined {
  return item.summary || (item.contentHtml ? htmlWordText(item.contentHtml) : item.contentText) || undefined;
}

export async function writePages(job: PrerenderJob): Promise<PrerenderResult> {
  const site = await readSite(job.outDir, job.appBase, locale, (position) => position % job.shards === job.shard);
  await preloadArticleRoute();
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

  await fs.mkdir(join(job.outDir, 'article'), { recursive: true });
  let articles = 0;
  for (const seed of site.seeds) {
    if (UNSAFE_FILE_NAME.test(seed.slug)) {
      skipped.push(`article "${seed.slug}": its address cannot be a file name`);
      continue;
    }
    const { html, article, content } = withoutNewListeners(() => renderArticle(seed, job.base, job.appBase));
    const { item } = article;
    const headline = item.title || t('untitled');
    // As the app titles the page (useDocumentTitle).
    const head = { ...articleHead(item, content, article.language ?? lang), title: [headline, article.feedTitle].filter(Boolean).join(' — '), headline };
    const url = pageUrl(`article/${encodeURIComponent(seed.slug)}`);
    const file = page({ ...head, image: head.image && unplaceholder(head.image), url }, unplaceholder(html), `\n    ${seedScript(seed)}`);
    await writeAtomic(fs, join(job.outDir, 'article', `${seed.slug}.html`), scriptAfterContent(file.replace('</head>', () => `  ${job.articleAssets}\n  </head>`)));
    articles++;
  }
  if (job.shard !== 0) return { articles, categories: 0, skipped };

  await fs.mkdir(join(job.outDir, 'category'), { recursive: true });
  let categories = 0;
  for (const name of site.tags) {
    if (UNSAFE_FILE_NAME.test(name)) {
      skipped.push(`category "${name}": its name cannot be a file name`);
      continue;
    }
    const head = { title: `${name} — ${siteTitle}`, headline: name, description: site.feed.description ?? siteTitle, url: pageUrl(`category/${encodeURIComponent(name)}`), type: 'website' as const, lang };
    await writeAtomic(fs, join(job.outDir, 'category', `${name}.html`), page(head));
    categories++;
  }
  const home = { title: `${t('allArticles')} — ${siteTitle}`, headline: siteTitle, description: site.feed.description ?? siteTitle, url: pageUrl(''), type: 'website' as const, lang };
  const notFound = page({ ...home, title: t('notFoundTitle') }, unplaceholder(renderNotFound(site.feed, job.base)));
  await writeAtomic(fs, join(job.outDir, '404.html'), notFound.replace('</head>', '  <meta name="robots" content="noindex" />\n  </head>'));
  await writeAtomic(fs, join(job.outDir, 'index.html'), page(home));
  return { articles, categories, skipped };
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
