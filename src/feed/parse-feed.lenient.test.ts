// How ruwei reads JSON Feeds as publishers really write them (see
// real-feeds.test.ts for the feeds themselves), and what it still refuses.
import { describe, expect, it } from 'vitest';
import { FeedParseError } from './errors';
import { FALLBACK_TITLE_MAX, FALLBACK_TITLE_MAX_CJK } from './item-text';
import { parseFeed } from './parse-feed';

const FETCHED_FROM = 'https://mirror.example/copies/feed.json';
const V1_1 = 'https://jsonfeed.org/version/1.1';

const feedOf = (items: unknown[], extra: Record<string, unknown> = {}) => parseFeed({ version: V1_1, title: 'T', items, ...extra }, FETCHED_FROM);
const one = (item: Record<string, unknown>, extra?: Record<string, unknown>) => {
  const feed = feedOf([{ id: 'a', content_html: '<p>x</p>', ...item }], extra);
  expect(feed.skipped.reasons).toEqual([]);
  return feed.items[0]!;
};

describe('null means absent', () => {
  it('lists items whose optional fields are all null', () => {
    const item = one({
      url: null, external_url: null, title: 'Kept', summary: null, content_text: null, image: null, banner_image: null,
      date_published: null, date_modified: null, authors: null, author: null, tags: null, language: null, attachments: null, _ruwei: null,
    });
    expect(item).toMatchObject({ title: 'Kept', externalUrl: undefined, tags: [], authors: [], attachments: [] });
  });

  it('reads a feed whose optional fields are null', () => {
    const feed = feedOf([], { home_page_url: null, feed_url: null, description: null, language: null, author: null, authors: null, _ruwei: null });
    expect(feed).toMatchObject({ title: 'T', homePageUrl: undefined, authors: [] });
  });

  it('still names a required field that is null', () => {
    expect(() => parseFeed({ version: V1_1, title: null, items: [] }, FETCHED_FROM)).toThrow(/"title" must be string, not null/);
    expect(feedOf([{ id: null }]).skipped.reasons).toEqual(['"items[0].id" must be a string']);
  });
});

describe('versions', () => {
  it.each(['https://jsonfeed.org/version/1', 'http://jsonfeed.org/version/1', 'https://jsonfeed.org/version/1.1', 'http://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1.1/'])(
    'accepts %s',
    (version) => {
      expect(parseFeed({ version, title: 'T', items: [{ id: 1 }] }, FETCHED_FROM).items).toHaveLength(1);
    },
  );

  it.each(['https://jsonfeed.org/version/2', 'https://evil.example/jsonfeed.org/version/1', '1.1', 'https://jsonfeed.org/version/1.10'])('refuses %s, naming the field', (version) => {
    expect(() => parseFeed({ version, title: 'T', items: [] }, FETCHED_FROM)).toThrow(FeedParseError);
    expect(() => parseFeed({ version, title: 'T', items: [] }, FETCHED_FROM)).toThrow(/"version" must be/);
  });
});

describe('authors and ids of both versions', () => {
  it('reads 1.0 author, 1.1 authors, and a bare author name', () => {
    expect(one({ author: { name: 'Ann', url: 'https://ann.example/' } }).authors).toEqual([{ name: 'Ann', url: 'https://ann.example/' }]);
    expect(one({ authors: [{ name: 'Bo' }, { name: 'Cy' }] }).authors.map((a) => a.name)).toEqual(['Bo', 'Cy']);
    expect(one({ author: 'Dee' }).authors).toEqual([{ name: 'Dee', url: undefined }]);
  });

  it('prefers 1.1 authors when a feed carries both, as the spec says', () => {
    expect(one({ author: { name: 'Old' }, authors: [{ name: 'New' }] }).authors.map((a) => a.name)).toEqual(['New']);
  });

  it('takes numeric ids as strings, also as the article key', () => {
    const feed = feedOf([{ id: 42, title: 'n' }, { id: 7.5, title: 'm' }]);
    expect(feed.items.map((item) => [item.id, item.slug])).toEqual([['42', '42'], ['7.5', '7.5']]);
  });

  it('reads tags given as one comma-separated string', () => {
    expect(one({ tags: 'a, b,,c' }).tags).toEqual(['a', 'b', 'c']);
  });

  it('ignores unknown fields and extensions', () => {
    expect(one({ title: 'x', _microblog: { id: 1 }, banana: [1, 2], url: 'https://a.example/' }).url).toBe('https://a.example/');
  });
});

describe('relative URLs', () => {
  const absoluteFeedUrl = { feed_url: 'https://publisher.example/blog/feed.json' };

  it("resolve the publisher's links against feed_url", () => {
    const item = one({ url: '2024/post.html', image: '/img/a.png', banner_image: 'b.png', attachments: [{ url: 'ep1.mp3', mime_type: 'audio/mpeg' }], author: { name: 'A', url: '/about' } }, absoluteFeedUrl);
    expect(item).toMatchObject({
      url: 'https://publisher.example/blog/2024/post.html',
      image: 'https://publisher.example/img/a.png',
      bannerImage: 'https://publisher.example/blog/b.png',
      attachments: [{ url: 'https://publisher.example/blog/ep1.mp3', mimeType: 'audio/mpeg' }],
      authors: [{ name: 'A', url: 'https://publisher.example/about' }],
    });
  });

  it('resolve against the address the feed was read from when feed_url is missing, relative or not http(s)', () => {
    for (const feed_url of [undefined, 'feed.json', 'javascript:alert(1)//', 'data:text/html,x']) {
      expect(one({ url: 'post.html' }, { feed_url }).url).toBe('https://mirror.example/copies/post.html');
    }
  });

  it("resolve ruwei's own item files against the address the feed was read from, so a copy loads its own files", () => {
    expect(one({ _ruwei: { content_url: 'feed/items/a.json' } }, absoluteFeedUrl).contentUrl).toBe('https://mirror.example/copies/feed/items/a.json');
  });

  it('drop what is not http(s) after resolving, and attachments without a URL, keeping the item', () => {
    const item = one({ url: 'javascript:alert(1)', image: 'data:image/png;base64,AA', attachments: [{ url: 'vbscript:x' }, { url: null }, { url: 'ok.mp3' }] }, absoluteFeedUrl);
    expect(item.url).toBeUndefined();
    expect(item.image).toBeUndefined();
    expect(item.attachments?.map((a) => a.url)).toEqual(['https://publisher.example/blog/ok.mp3']);
  });
});

describe('titles', () => {
  it('decodes HTML entities once', () => {
    expect(one({ title: 'AT&amp;T &#8217;s &#x201C;plan&#x201D; &hellip;' }).title).toBe('AT&T ’s “plan” …');
    expect(one({ title: 'Escaped twice: &amp;amp;' }).title).toBe('Escaped twice: &amp;');
  });

  it('keeps decoded markup as text', () => {
    expect(one({ title: '&lt;script&gt;x&lt;/script&gt;' }).title).toBe('<script>x</script>');
  });

  it('decodes the feed title and summaries too, and trims titles to one line', () => {
    const feed = parseFeed({ version: V1_1, title: ' Tom &amp; Jerry ', items: [{ id: 'a', title: ' two\nlines ', summary: 'It&#8217;s' }] }, FETCHED_FROM);
    expect(feed.title).toBe('Tom & Jerry');
    expect(feed.items[0]).toMatchObject({ title: 'two lines', summary: 'It’s' });
  });

  it('names an untitled item by its summary, else its text, else the text of its HTML', () => {
    expect(one({ title: null, summary: 'From the summary', content_text: 'text' }).title).toBe('From the summary');
    expect(one({ content_html: undefined, content_text: '  First line\n\nsecond  ' }).title).toBe('First line second');
    expect(one({ content_html: '<p>Just <a href="/x">posted</a> a <b>photo</b>.</p><script>no()</script>' }).title).toBe('Just posted a photo.');
  });

  it('cuts a long fallback title on a word boundary with an ellipsis', () => {
    const title = one({ content_text: 'word '.repeat(100) }).title;
    expect(title.endsWith('word…')).toBe(true);
    expect([...title].length).toBeLessThanOrEqual(FALLBACK_TITLE_MAX);
  });

  it('cuts a Chinese fallback title shorter, since each character is about a word', () => {
    const title = one({ content_text: '微信将迎来一大波改版'.repeat(20) }).title;
    expect([...title]).toHaveLength(FALLBACK_TITLE_MAX_CJK);
    expect(title.endsWith('…')).toBe(true);
  });

  it('leaves the title empty when the item has no text at all (the views say "Untitled")', () => {
    expect(one({ content_html: '<img src="a.png">' }).title).toBe('');
  });
});

describe('one bad item', () => {
  it('is named and left out; the others are listed', () => {
    const feed = feedOf([{ id: 'a', title: 'A' }, { id: 'b', tags: [1] }, { id: 'c', attachments: 'x' }, { id: 'd', title: 'D' }]);
    expect(feed.items.map((item) => item.id)).toEqual(['a', 'd']);
    expect(feed.skipped.reasons).toEqual(['"items[1].tags[0]" must be string, not 1', '"items[2].attachments" must be Array, not "x"']);
  });
});
