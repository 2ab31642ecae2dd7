// Many feeds (36kr's among them) put the item's image in the feed and again
// as the first thing in its body: the hero is then left out, not shown twice.

/** The address of the picture the body starts with: an image before any text, or undefined. */
export function leadingImage(body: Element): string | undefined {
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof HTMLImageElement) return node.currentSrc || node.src;
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) return undefined;
  }
  return undefined;
}

/** The same picture: same host (any case), path and query; the scheme and the fragment do not count. */
export function sameImage(a: string, b: string, base: string): boolean {
  try {
    const normal = (url: string) => {
      const parsed = new URL(url, base);
      return `${parsed.host.toLowerCase()}${parsed.pathname}${parsed.search}`;
    };
    return normal(a) === normal(b);
  } catch {
    return false;
  }
}
