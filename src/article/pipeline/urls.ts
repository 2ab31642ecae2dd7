// Links and media after sanitizing. Relative URLs are resolved against the
// article's own address (the item's `url`, else the feed's), so a feed opened
// with ?feed= shows its images and links where its author meant them.
// Links to other origins open in a new tab with neither opener nor referrer;
// in-page `#fragment` links stay as they are. A link with nothing in it (the
// empty `[](#x)` permalink anchors some Markdown exports carry) has no name
// to announce and nothing to click, so it is unwrapped.
import { MEDIA } from './images';

export type UrlContext = { baseUrl: string; pageOrigin: string };

function resolve(value: string, base: string): URL | undefined {
  try {
    return new URL(value.trim(), base);
  } catch {
    return undefined;
  }
}

export function prepareLinks(root: ParentNode, { baseUrl, pageOrigin }: UrlContext): void {
  for (const link of root.querySelectorAll('a')) {
    if (!link.textContent?.trim() && !link.querySelector(MEDIA)) {
      link.replaceWith(...link.childNodes);
      continue;
    }
    const href = link.getAttribute('href');
    if (href === null || href.startsWith('#')) continue;
    const url = resolve(href, baseUrl);
    if (!url) {
      link.removeAttribute('href');
      continue;
    }
    if (url.href !== href) link.setAttribute('href', url.href);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== pageOrigin) {
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
      const resolved = url && resolve(url, base);
      return resolved ? [resolved.href, ...descriptors].join(' ') : '';
    })
    .filter(Boolean)
    .join(', ');
}

export function resolveMediaUrls(root: ParentNode, baseUrl: string): void {
  for (const element of root.querySelectorAll('[src], [poster], [srcset]')) {
    for (const name of ['src', 'poster'] as const) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const url = resolve(value, baseUrl);
      if (!url) element.removeAttribute(name);
      else if (url.href !== value) element.setAttribute(name, url.href);
    }
    const srcset = element.getAttribute('srcset');
    if (srcset !== null) element.setAttribute('srcset', resolveSrcset(srcset, baseUrl));
  }
}
