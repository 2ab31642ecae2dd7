import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedParseError } from './errors';
import { parseFeed } from './parse-feed';

const fixture = (name: string): unknown => JSON.parse(readFileSync(`test/fixtures/feeds/${name}`, 'utf8'));
const URL_11 = 'https://reader.example/feeds/feed.json';

function parseError(json: unknown): FeedParseError {
  try {
    parseFeed(json, URL_11);
  } catch (error) {
    if (error instanceof FeedParseError) return error;
    throw error;
  }
  throw new Error('expected a FeedParseError');
}

describe('parseFeed with JSON Feed 1.1', () => {
  const feed = parseFeed(fixture('json-feed-1.1.json'), URL_11);

  it('reads the feed title, language and authors', () => {
    expect(feed).toMatchObject({ title: '入微 示例', language: 'zh-CN', authors: [{ name: '运营研究社' }] });
  });

  it('sorts items newest first and puts undated items last', () => {
    expect(feed.items.map((item) => item.id)).toEqual(['wechat-2022', 'older', 'undated']);
  });

  it('uses _ruwei.slug as the article key, else the id', () => {
    expect(feed.items.map((item) => item.slug)).toEqual(['微信将迎来一大波改版', 'older', 'undated']);
  });

  it('keeps categories, tags, reading time and the publication instant', () => {
    expect(feed.items[0]).toMatchObject({
      tags: ['新媒体', '36kr', '资讯'],
      categories: [['新媒体', '36kr', '资讯']],
      readingMinutes: 12,
      published: Date.UTC(2022, 0, 7, 10, 8, 21),
    });
  });

  it('resolves relative image URLs against the feed and drops javascript: URLs', () => {
    expect(feed.items[0]?.image).toBe('https://reader.example/feeds/images/cover.jpg');
    expect(feed.items[0]?.bannerImage).toBeUndefined();
  });
});

describe('parseFeed with JSON Feed 1.0', () => {
  const feed = parseFeed(fixture('json-feed-1.0.json'), 'https://example.org/feed.json');

  it('turns the 1.0 author object into an authors list, for the feed and for items', () => {
    expect(feed.authors).toEqual([{ name: 'Brent Simmons', url: 'https://example.org/brent' }]);
    expect(feed.items.find((item) => item.id === '1')?.authors).toEqual([{ name: 'Jane', url: undefined }]);
  });

  it('coerces a numeric id to a string, as the spec asks', () => {
    expect(feed.items.map((item) => item.id)).toEqual(['1', '2']);
  });

  it('trims and dedupes tags', () => {
    expect(feed.items.find((item) => item.id === '2')?.tags).toEqual(['notes', '日记']);
  });
});

describe('parseFeed with broken documents', () => {
  const valid = { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [] };

  it('refuses a document that is not an object', () => {
    expect(parseError([]).message).toMatch(/is not a JSON Feed/);
  });

  it('names a wrong version', () => {
    const error = parseError({ ...valid, version: 'https://jsonfeed.org/version/2' });
    expect(error.path).toBe('version');
    expect(error.message).toContain('"version" must be "https://jsonfeed.org/version/1.1"');
  });

  it('names a missing title', () => {
    const error = parseError({ version: valid.version, items: [] });
    expect(error.path).toBe('title');
    expect(error.message).toMatch(/"title" is missing/);
  });

  it('names items that are not a list', () => {
    expect(parseError({ ...valid, items: { a: 1 } }).path).toBe('items');
  });

  it('leaves out a bad item, counts it and names the field, showing the rest', () => {
    const feed = parseFeed({
      ...valid,
      items: [
        { id: 'a', title: 'fine', content_text: 'x' },
        { id: 'b', title: 42 },
        { title: 'no id' },
        { id: 'a', title: 'same id again' },
      ],
    }, URL_11);
    expect(feed.items.map((item) => item.title)).toEqual(['fine']);
    expect(feed.skipped.count).toBe(3);
    expect(feed.skipped.reasons).toEqual([
      '"items[1].title" must be string, not 42',
      '"items[2].id" is missing',
      '"items[3].id" repeats "a"',
    ]);
  });

  it('names the deepest bad field of an item', () => {
    const feed = parseFeed({ ...valid, items: [{ id: 'x', authors: [{ name: 7 }] }] }, URL_11);
    expect(feed.skipped.reasons[0]).toBe('"items[0].authors[0].name" must be string, not 7');
  });
});

describe('parseFeed with ruwei extensions', () => {
  it('resolves the index and the one-item URL template against the feed', () => {
    const feed = parseFeed({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Big',
      items: [],
      _ruwei: { index: 'feed/index.abc.json', item_url: 'feed/items/{slug}.json' },
    }, 'https://site.example/blog/feed.json');
    expect(feed.indexUrl).toBe('https://site.example/blog/feed/index.abc.json');
    expect(feed.itemUrlTemplate).toBe('https://site.example/blog/feed/items/{slug}.json');
  });
});
