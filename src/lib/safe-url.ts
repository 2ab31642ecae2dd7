// Only web URLs leave the feed for the page: a `javascript:`, `data:` or
// `vbscript:` value, or anything unparsable, becomes undefined.

export function safeHttpUrl(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
