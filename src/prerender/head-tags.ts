// The <head> of a prerendered page: what link-preview crawlers (WeChat,
// Slack, Telegram, X) and search engines read, since they run no script.
// Everything here comes from the feed, so every value is escaped for an
// attribute or for text, and bidi controls are removed (lib/bidi.ts).
import { stripBidiControls } from '../lib/bidi';
import { truncate } from '../lib/truncate-text';

export type PageHead = {
  /** The whole document title, e.g. "<article title> — <site title>". */
  title: string;
  /** The page's own name for link previews (`og:title`), which name the site apart; else the title. */
  headline?: string;
  description?: string;
  /** Absolute when the site's address is known, else a path from the site's root. */
  url: string;
  type: 'article' | 'website';
  siteName?: string;
  image?: string;
  /** ISO 8601. */
  published?: string;
  modified?: string;
  /** The content's language (BCP 47), for `<html lang>`. */
  lang?: string;
  /** The site's feeds, as `href`s: JSON Feed, RSS 2.0, Atom. */
  feeds: { json: string; rss: string; atom: string };
};

/** Crawlers show about this much of a description. */
export const DESCRIPTION_MAX = 200;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Other C0/C1 controls have no place in a title or a description either.
// eslint-disable-next-line no-control-regex -- control characters are the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Feed text, safe as HTML text or a quoted attribute value, on one line. */
export function escapeHtml(text: string): string {
  return stripBidiControls(text)
    .replace(CONTROLS, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** A language tag as `<html lang>` takes it; anything else is dropped. */
export function safeLanguage(tag: string | undefined): string | undefined {
  return tag && /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : undefined;
}

function meta(attribute: 'name' | 'property', key: string, value: string | undefined): string {
  return value ? `<meta ${attribute}="${key}" content="${escapeHtml(value)}" />` : '';
}

/** The tags, one per line; `<title>` first. */
export function headTags(head: PageHead): string {
  const description = head.description ? truncate(stripBidiControls(head.description).replace(/\s+/g, ' ').trim(), DESCRIPTION_MAX) : undefined;
  const lines = [
    `<title>${escapeHtml(head.title)}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeHtml(head.url)}" />`,
    `<link rel="alternate" type="application/feed+json" title="JSON Feed" href="${escapeHtml(head.feeds.json)}" />`,
    `<link rel="alternate" type="application/rss+xml" title="RSS" href="${escapeHtml(head.feeds.rss)}" />`,
    `<link rel="alternate" type="application/atom+xml" title="Atom" href="${escapeHtml(head.feeds.atom)}" />`,
    meta('property', 'og:title', head.headline ?? head.title),
    meta('property', 'og:description', description),
    meta('property', 'og:type', head.type),
    meta('property', 'og:url', head.url),
    meta('property', 'og:site_name', head.siteName),
    meta('property', 'og:image', head.image),
    meta('property', 'article:published_time', head.type === 'article' ? head.published : undefined),
    meta('property', 'article:modified_time', head.type === 'article' ? head.modified : undefined),
    meta('name', 'twitter:card', head.image ? 'summary_large_image' : 'summary'),
  ];
  return lines.filter(Boolean).join('\n    ');
}

/**
 * The built index.html with this page's head: its own title, description
 * and feed link are replaced, the rest (CSP, scripts, styles) kept as built.
 */
export function withHead(shell: string, head: PageHead): string {
  const lang = safeLanguage(head.lang);
  let html = shell
    .replace(/<title>[\s\S]*?<\/title>\s*/, '')
    .replace(/<meta name="description"[^>]*>\s*/, '')
    .replace(/<link rel="alternate" type="application\/feed\+json"[^>]*>\s*/, '');
  if (lang) html = html.replace(/<html lang="[^"]*"/, `<html lang="${lang}"`);
  // A function, so that `$&` in a title is not a replacement pattern.
  return html.replace('</head>', () => `  ${headTags(head)}\n  </head>`);
}
