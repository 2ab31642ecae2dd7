// Errors about feed documents (network errors live in src/lib/fetch-json.ts).
import type { BaseIssue } from 'valibot';

export class FeedParseError extends Error {
  override name = 'FeedParseError';
  constructor(readonly url: string, readonly path: string, readonly problem: string) {
    super(path ? `${url}: "${path}" ${problem}` : `${url}: ${problem}`);
  }
}

export class ArticleNotFoundError extends Error {
  override name = 'ArticleNotFoundError';
  constructor(readonly slug: string) {
    super(`No article "${slug}" in this feed`);
  }
}

export class FeedUrlError extends Error {
  override name = 'FeedUrlError';
  constructor(readonly value: string) {
    super(`"${value}" is not a feed address ruwei may load: use an http(s) URL or a path on this site`);
  }
}

/** `items[3].authors[0].name` for an issue's path. */
export function issuePath(issue: BaseIssue<unknown>, prefix = ''): string {
  let path = prefix;
  for (const step of issue.path ?? []) {
    const key = step.key;
    path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
  }
  return path;
}

export function issueProblem(issue: BaseIssue<unknown>): string {
  if (issue.received === 'undefined') return 'is missing';
  if (issue.message.startsWith('Invalid type: Expected')) return `must be ${issue.expected}, not ${issue.received}`;
  return issue.message;
}
