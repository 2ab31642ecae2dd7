// The feed for readers that read RSS 2.0 or Atom 1.0 (rss.xml, atom.xml:
// the newest items with their full content), and for search engines
// (sitemap.xml: every article and category; robots.txt pointing at it).
// RSS and Atom come from feedsmith, so escaping, CDATA and date formats are
// a maintained library's; the sitemap is four elements and is written here.
// Links are absolute when the base URL is known; otherwise RSS and Atom carry
// paths relative to the feed's own address (`article/<slug>`), which feed
// readers resolve against it, and no sitemap is written: the sitemap
// protocol accepts only absolute URLs.
import { generateAtomFeed, generateRssFeed } from 'feedsmith';
import { articlePath, categoryPath } from '../feed/model';
import type { WireItem } from '../feed/wire';
import { OWN_MARK } from './redirects';

export const SYNDICATION_ITEMS = 50;
export const RSS_FILE = 'rss.xml';
export const ATOM_FILE = 'atom.xml';
export const SITEMAP_FILE = 'sitemap.xml';
export const ROBOTS_FILE = 'robots.txt';

export type SiteInfo = { title: string; baseUrl?: string | undefined; language?: string | undefined };
/** A page of the site for the sitemap: its path below the base URL and when it last changed (RFC 3339). */
export type SitemapEntry = { path: string; lastmod?: string | undefined };

const XML_MARK = `<!-- ${OWN_MARK}: rewritten on every build -->`;

/** `items`: newest first, with their content; at most SYNDICATION_ITEMS are used. */
export function rssXml(site: SiteInfo, items: readonly WireItem[]): string {
  const link = (path: string): string => url(site, path);
  const xml = generateRssFeed({
    title: site.title,
    link: link(''),
    description: site.title,
    ...(site.language !== undefined && { language: site.language }),
    ...(site.baseUrl !== undefined && { atom: { links: [{ href: link(RSS_FILE), rel: 'self', type: 'application/rss+xml' }] } }),
    items: items.slice(0, SYNDICATION_ITEMS).map((item) => ({
      title: item.title ?? item.id,
      link: link(itemPath(item)),
      guid: { value: link(itemPath(item)), isPermaLink: site.baseUrl !== undefined },
      ...(item.summary !== undefined && { description: item.summary }),
      ...(item.date_published !== undefined && { pubDate: new Date(item.date_published) }),
      ...(item.authors?.[0]?.name !== undefined && { dc: { creators: item.authors.map((author) => author.name ?? '') } }),
      categories: (item.tags ?? []).map((name) => ({ name })),
      ...(item.content_html !== undefined && { content: { encoded: item.content_html } }),
    })),
  });
  return marked(xml);
}

export function atomXml(site: SiteInfo, items: readonly WireItem[], updated: string | undefined): string {
  const link = (path: string): string => url(site, path);
  const kept = items.slice(0, SYNDICATION_ITEMS);
  const xml = generateAtomFeed({
    id: site.baseUrl ?? `tag:ruwei,2024:${encodeURIComponent(site.title)}`,
    title: { value: site.title },
    updated: new Date(updated ?? 0),
    links: [{ href: link(''), rel: 'alternate', type: 'text/html' }, { href: link(ATOM_FILE), rel: 'self', type: 'application/atom+xml' }],
    ...(site.language !== undefined && { xml: { lang: site.language } }),
    entries: kept.map((item) => {
      const published = item.date_published;
      const changed = item.date_modified ?? published;
      return {
        id: site.baseUrl === undefined ? `tag:ruwei,2024:${encodeURIComponent(item.id)}` : link(itemPath(item)),
        title: { value: item.title ?? item.id },
        updated: new Date(changed ?? updated ?? 0),
        ...(published !== undefined && { published: new Date(published) }),
        links: [{ href: link(itemPath(item)), rel: 'alternate', type: 'text/html' }],
        ...(item.summary !== undefined && { summary: { value: item.summary, type: 'text' } }),
        ...(item.content_html !== undefined && { content: { value: item.content_html, type: 'html' } }),
        authors: (item.authors ?? []).map((author) => ({ name: author.name ?? '' })),
        categories: (item.tags ?? []).map((term) => ({ term })),
      };
    }),
  });
  return marked(xml);
}

/** Every article and category; undefined without a base URL (the protocol needs absolute URLs). */
export function sitemapXml(baseUrl: string | undefined, entries: readonly SitemapEntry[]): string | undefined {
  if (baseUrl === undefined) return undefined;
  const urls = entries.map((entry) => {
    const lastmod = entry.lastmod === undefined ? '' : `<lastmod>${entry.lastmod}</lastmod>`;
    return `<url><loc>${escapeXml(baseUrl + entry.path)}</loc>${lastmod}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${XML_MARK}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(baseUrl: string | undefined): string | undefined {
  if (baseUrl === undefined) return undefined;
  return `# ${OWN_MARK}: rewritten on every build\nUser-agent: *\nAllow: /\n\nSitemap: ${baseUrl}${SITEMAP_FILE}\n`;
}

/** Articles (newest first) and categories, each category dated by its newest article. */
export function sitemapEntries(items: readonly { slug: string; tags: readonly string[]; published?: string | undefined; modified?: string | undefined }[]): SitemapEntry[] {
  const categories = new Map<string, string | undefined>();
  const articles = items.map((item) => {
    const lastmod = item.modified ?? item.published;
    for (const tag of item.tags) if (!categories.has(tag) || newer(lastmod, categories.get(tag))) categories.set(tag, lastmod);
    return { path: articlePath(item.slug).slice(1), lastmod };
  });
  return [...articles, ...[...categories].map(([name, lastmod]) => ({ path: categoryPath(name).slice(1), lastmod }))];
}

function newer(a: string | undefined, than: string | undefined): boolean {
  return a !== undefined && (than === undefined || Date.parse(a) > Date.parse(than));
}

function itemPath(item: WireItem): string {
  return articlePath(item._ruwei?.slug ?? item.id).slice(1);
}

function url(site: SiteInfo, path: string): string {
  return site.baseUrl === undefined ? path || './' : site.baseUrl + path;
}

/** The builder's mark after the XML declaration: a file without it is the publisher's and is left alone. */
function marked(xml: string): string {
  const end = xml.indexOf('?>') + 2;
  return `${xml.slice(0, end)}\n${XML_MARK}${xml.slice(end)}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');
}
