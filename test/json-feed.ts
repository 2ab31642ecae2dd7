// Checks a document the builder wrote against the one description of the
// format (src/feed/wire.ts), plus what JSON Feed 1.1 asks of a publisher
// beyond what ruwei's lenient reader accepts: the 1.1 version, content in
// every item, RFC 3339 dates, unique ids. Empty when the document is right.
import * as v from 'valibot';
import { issuePath, issueProblem } from '../src/feed/errors';
import { JSON_FEED_1_1, feedSchema, itemSchema } from '../src/feed/wire';

const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

export function jsonFeedProblems(doc: unknown): string[] {
  const feed = v.safeParse(feedSchema, doc);
  if (!feed.success) return feed.issues.map((issue) => `"${issuePath(issue)}" ${issueProblem(issue)}`);
  const problems: string[] = [];
  if ((doc as { version?: unknown }).version !== JSON_FEED_1_1) problems.push(`version is not "${JSON_FEED_1_1}"`);
  const ids = new Set<string>();
  feed.output.items.forEach((raw, i) => {
    const result = v.safeParse(itemSchema, raw);
    if (!result.success) {
      problems.push(...result.issues.map((issue) => `"${issuePath(issue, `items[${i}]`)}" ${issueProblem(issue)}`));
      return;
    }
    const item = result.output;
    if (item.content_html === undefined && item.content_text === undefined) problems.push(`items[${i}] needs content_html or content_text`);
    for (const date of [item.date_published, item.date_modified]) {
      if (date !== undefined && !(RFC_3339.test(date) && !Number.isNaN(Date.parse(date)))) problems.push(`items[${i}]: ${date} is not RFC 3339`);
    }
    if (ids.has(item.id)) problems.push(`items[${i}].id repeats "${item.id}"`);
    ids.add(item.id);
  });
  return problems;
}
