// A structural check of JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/)
// for tests: returns what is wrong, empty when the document is valid.
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

type Json = Record<string, unknown>;

export function jsonFeedProblems(doc: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(doc)) return ['the feed is not an object'];
  if (doc.version !== 'https://jsonfeed.org/version/1.1') problems.push(`version is ${JSON.stringify(doc.version)}`);
  if (typeof doc.title !== 'string' || doc.title === '') problems.push('title must be a non-empty string');
  for (const key of ['home_page_url', 'feed_url'] as const) if (doc[key] !== undefined && !isUrl(doc[key])) problems.push(`${key} is not a URL`);
  if (!Array.isArray(doc.items)) return [...problems, 'items must be an array'];
  doc.items.forEach((item, i) => problems.push(...itemProblems(item).map((p) => `items[${i}]: ${p}`)));
  const ids = doc.items.map((item) => (isObject(item) ? item.id : undefined));
  if (new Set(ids).size !== ids.length) problems.push('item ids are not unique');
  return problems;
}

function itemProblems(item: unknown): string[] {
  if (!isObject(item)) return ['not an object'];
  const problems: string[] = [];
  if (typeof item.id !== 'string' || item.id === '') problems.push('id must be a non-empty string');
  if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string') problems.push('needs content_html or content_text');
  for (const key of ['title', 'summary', 'content_html', 'content_text'] as const) {
    if (item[key] !== undefined && typeof item[key] !== 'string') problems.push(`${key} must be a string`);
  }
  for (const key of ['url', 'external_url', 'image', 'banner_image'] as const) if (item[key] !== undefined && !isUrl(item[key], true)) problems.push(`${key} is not a URL`);
  for (const key of ['date_published', 'date_modified'] as const) {
    if (item[key] !== undefined && !(typeof item[key] === 'string' && RFC_3339.test(item[key]) && !Number.isNaN(Date.parse(item[key])))) problems.push(`${key} is not RFC 3339`);
  }
  if (item.tags !== undefined && !(Array.isArray(item.tags) && item.tags.every((t) => typeof t === 'string' && t !== ''))) problems.push('tags must be an array of strings');
  if (item.authors !== undefined && !(Array.isArray(item.authors) && item.authors.every((a) => isObject(a) && typeof a.name === 'string'))) problems.push('authors must be objects with a name');
  return problems;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isUrl(value: unknown, relativeOk = false): boolean {
  if (typeof value !== 'string') return false;
  try {
    new URL(value, relativeOk ? 'https://example.invalid/' : undefined);
    return true;
  } catch {
    return false;
  }
}
