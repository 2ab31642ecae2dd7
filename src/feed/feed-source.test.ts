import { describe, expect, it } from 'vitest';
import { FeedUrlError } from './errors';
import { feedSource } from './feed-source';

const BASE = 'https://reader.example/blog/';

describe('feedSource', () => {
  it('loads the site\'s own feed, with nothing to tell, when no ?feed= is given', () => {
    expect(feedSource('', BASE, true)).toEqual({ url: 'https://reader.example/blog/feed.json', paramIgnored: false });
  });

  it('names the host of a feed given by ?feed=', () => {
    expect(feedSource('?feed=https%3A%2F%2Fother.example%3A8443%2Ffeed.json', BASE, true))
      .toEqual({ url: 'https://other.example:8443/feed.json', externalHost: 'other.example:8443', paramIgnored: false });
    expect(feedSource('?feed=%2Fother.json', BASE, true).externalHost).toBe('reader.example');
  });

  it('ignores ?feed= when the build does not allow it, and says so', () => {
    expect(feedSource('?feed=https%3A%2F%2Fother.example%2Ffeed.json', BASE, false))
      .toEqual({ url: 'https://reader.example/blog/feed.json', paramIgnored: true });
    expect(feedSource('?feed=javascript%3Aalert(1)', BASE, false).paramIgnored).toBe(true);
  });

  it('still refuses a ?feed= that is not http(s)', () => {
    expect(() => feedSource('?feed=javascript%3Aalert(1)', BASE, true)).toThrow(FeedUrlError);
  });
});
