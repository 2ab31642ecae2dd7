// Errors about feed documents (network errors live in src/lib/fetch-json.ts).

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
