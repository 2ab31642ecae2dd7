// Links and media after sanitizing. Relative URLs are resolved against the
// article's own address (the item's `url`, else the feed's), so a feed opened
// with ?feed= shows its images and links where its author meant them.
// Links to other origins open in a new tab with neither opener nor referrer;
// in-page `#fragment` links stay as they are. A link with nothing in it (the
// empty `[](#x)` permalink anchors some Markdown exports carry) has no name
// to announce and nothing to click, so it is unwrapped.
import { elementsBelow, named, someBelow } from './dom';
import { isMedia } from './images';

export type UrlContext = { baseUrl: string; pageOrigin: string };

const ABSOLUTE = /^(?:https?:\/\/|data:)/i;

function resolve(value: string, base: string): URL | undefined {
  try {
    return new URL(value.trim(), base);
  } catch {
    return undefined;
  }
}

/** The absolute form of a URL: one that already is stays as written (no parse), undefined when unusable. */
function absolute(value: string, base: string): string | undefined {
  return ABSOLUTE.test(value) ? value : resolve(value, base)?.href;
}

function isEmpty(link: Element): boolean {
  const first = link.firstChild;
  if (first?.nodeType === 3 && (first as Text).data.trim()) return false;
  return !link.textContent?.trim() && !someBelow(link, isMedia);
}

export function prepareLinks(root: ParentNode, { baseUrl, pageOrigin }: UrlContext): void {
  const home = `${pageOrigin}/`;
  for (const link of elementsBelow(root, named('A'))) {
    if (isEmpty(link)) {
      link.replaceWith(...link.childNodes);
      continue;
    }
    const href = link.getAttribute('href');
    if (href === null || href.startsWith('#')) continue;
    const url = absolute(href, baseUrl);
    if (url === undefined) {
      link.removeAttribute('href');
      continue;
    }
    if (url !== href) link.setAttribute('href', url);
    if (/^https?:/i.test(url) && !url.startsWith(home)) {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    }
  }
}

/** A srcset with each candidate's URL resolved; the sanitizer has already checked them. */
export function resolveSrcset(value: string, base: string): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      const resolved = url && absolute(url, base);
      return resolved ? [resolved, ...descriptors].join(' ') : '';
    })
    .filter(Boolean)
    .join(', ');
}

export function resolveMediaUrls(root: ParentNode, baseUrl: string): void {
  for (const element of elementsBelow(root, (element) => element.hasAttribute('src') || element.hasAttribute('poster') || element.hasAttribute('srcset'))) {
    for (const name of ['src', 'poster'] as const) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const url = absolute(value, baseUrl);
      if (url === undefined) element.removeAttribute(name);
      else if (url !== value) element.setAttribute(name, url);
    }
    const srcset = element.getAttribute('srcset');
    if (srcset !== null) element.setAttribute('srcset', resolveSrcset(srcset, baseUrl));
  }
}
