// The hero is left out when the body starts with the same picture
// (pipeline/lead-image.ts): the feed's address and the body's may differ in
// scheme, host case or fragment. Both are absolute: the feed's parser and the
// pipeline resolve them.

/** The same picture: same host (any case), path and query; the scheme and the fragment do not count. */
export function sameImage(a: string, b: string): boolean {
  try {
    const normal = (url: string) => {
      const parsed = new URL(url);
      return `${parsed.host.toLowerCase()}${parsed.pathname}${parsed.search}`;
    };
    return normal(a) === normal(b);
  } catch {
    return false;
  }
}
