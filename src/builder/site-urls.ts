// URLs the builder writes: the site base URL, image URLs from front matter,
// and article URLs. Only http(s) URLs leave the builder; relative paths are
// resolved against --base-url when there is one and kept as written otherwise.
import { quote } from './diagnostics';

export type ImageUrl = { url: string } | { dropped: string } | undefined;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ANY_BASE = 'https://example.invalid/';

/** The base URL with a trailing slash, or undefined when it is not http(s). */
export function normalizeBaseUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.search = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** An image URL we may publish, or why it was dropped. */
export function imageUrl(value: unknown, baseUrl: string | undefined): ImageUrl {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return { dropped: `not a URL: ${quote(value)}` };
  const text = value.trim();
  // Browsers ignore tabs, newlines and controls inside a scheme ("java\nscript:").
  const scheme = SCHEME.exec(withoutControls(text))?.[1]?.toLowerCase();
  if (scheme !== undefined) return scheme === 'http' || scheme === 'https' ? absolute(text) : { dropped: `${scheme}: URLs are not allowed` };
  if (text === '') return undefined;
  let resolved: URL;
  try {
    // Without a base URL the path is kept as written, but it must still be a
    // URL reference: `//[` is not, and readers would fail on it.
    resolved = new URL(text, baseUrl ?? ANY_BASE);
  } catch {
    return { dropped: `not a URL: ${quote(text)}` };
  }
  return { url: baseUrl === undefined ? text : resolved.href };
}

function withoutControls(text: string): string {
  let out = '';
  for (const char of text) if (char.charCodeAt(0) > 0x20) out += char;
  return out;
}

function absolute(text: string): ImageUrl {
  try {
    new URL(text);
    return { url: text };
  } catch {
    return { dropped: `not a URL: ${quote(text)}` };
  }
}

export function articleUrl(baseUrl: string, slug: string): string {
  return `${baseUrl}article/${encodeURIComponent(slug)}`;
}
