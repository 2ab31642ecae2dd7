import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed';

const feed = parseFeed(JSON.parse(readFileSync('test/fixtures/feeds/hostile-fields.json', 'utf8')), 'https://reader.example/feed.json');
const item = feed.items[0]!;

describe('hostile feed fields', () => {
  it('keeps markup in text fields as text, to be shown escaped', () => {
    expect(item.title).toBe('<img src=x onerror="window.__xss=1">Title');
    expect(item.summary).toBe('<script>window.__xss=1</script><b>bold?</b>');
    expect(item.tags).toEqual(['<b onmouseover="window.__xss=1">tag</b>', 'javascript:window.__xss=1']);
  });

  it('drops every URL that is not http(s), whatever its case', () => {
    expect([item.url, item.externalUrl, item.image, item.bannerImage, item.contentUrl]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(item.authors).toEqual([{ name: '<a href="javascript:window.__xss=1">Mallory</a>', url: undefined }]);
    expect(feed.homePageUrl).toBeUndefined();
    expect(feed.authors[0]?.url).toBeUndefined();
  });
});
