import { describe, expect, it } from 'vitest';
import { escapeHtml, headTags, withHead, type PageHead } from './head-tags';

const SHELL = '<!doctype html>\n<html lang="en">\n  <head>\n    <meta name="description" content="x" />\n    <link rel="alternate" type="application/feed+json" title="JSON Feed" href="/feed.json" />\n    <title>ruwei</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>';
const FEEDS = { json: '/feed.json', rss: '/rss.xml', atom: '/atom.xml' };

function head(overrides: Partial<PageHead> = {}): PageHead {
  return { title: 'A — Site', headline: 'A', description: 'About A', url: 'https://example.org/article/a', type: 'article', feeds: FEEDS, ...overrides };
}

describe('head tags', () => {
  it('escapes a hostile title in text and in attributes', () => {
    const hostile = `"><script>alert(1)</script></title><img src=x onerror=alert(2)> 'quoted' & more`;
    const html = headTags(head({ title: hostile, headline: hostile, description: hostile }));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html.match(/<\/title>/g)).toHaveLength(1);
    expect(html).toContain('<title>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/title&gt;&lt;img src=x onerror=alert(2)&gt; &#39;quoted&#39; &amp; more</title>');
    expect(html).toContain('<meta property="og:title" content="&quot;&gt;&lt;script&gt;');
  });

  it('removes bidi controls and other control characters', () => {
    const html = headTags(head({ title: 'Invoice \u202Efdp.exe\u2066\u0007', headline: 'x\u202Dy' }));
    expect(html).toContain('<title>Invoice fdp.exe</title>');
    expect(html).toContain('content="xy"');
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(html).not.toContain('\u0007');
  });

  it('writes every tag a link preview and a search engine read', () => {
    const html = headTags(head({ image: 'https://example.org/a.png?x=1&y=2', published: '2024-10-31T14:02:01.000Z', lang: 'zh-CN' }));
    for (const expected of [
      '<meta name="description" content="About A" />',
      '<link rel="canonical" href="https://example.org/article/a" />',
      '<link rel="alternate" type="application/feed+json" title="JSON Feed" href="/feed.json" />',
      '<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml" />',
      '<link rel="alternate" type="application/atom+xml" title="Atom" href="/atom.xml" />',
      '<meta property="og:title" content="A" />',
      '<meta property="og:type" content="article" />',
      '<meta property="og:url" content="https://example.org/article/a" />',
      '<meta property="og:image" content="https://example.org/a.png?x=1&amp;y=2" />',
      '<meta property="article:published_time" content="2024-10-31T14:02:01.000Z" />',
      '<meta name="twitter:card" content="summary_large_image" />',
    ]) expect(html).toContain(expected);
  });

  it('cuts a long description', () => {
    const html = headTags(head({ description: 'word '.repeat(200) }));
    const description = /<meta name="description" content="([^"]*)"/.exec(html)![1]!;
    expect(description.length).toBeLessThanOrEqual(200);
    expect(description.endsWith('…')).toBe(true);
  });

  it('replaces the shell’s title, description and feed link, sets lang, and keeps `$` in a title as written', () => {
    const html = withHead(SHELL, head({ title: "$& $' $` costs", lang: 'zh-CN' }));
    expect(html).toContain('<html lang="zh-CN">');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain("<title>$&amp; $&#39; $` costs</title>");
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(html.match(/application\/feed\+json/g)).toHaveLength(1);
  });

  it('keeps the shell’s lang when the feed’s is not a language tag', () => {
    expect(withHead(SHELL, head({ lang: 'en" onload="x' }))).toContain('<html lang="en">');
  });

  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
