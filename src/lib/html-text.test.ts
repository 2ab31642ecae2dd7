import { decodeHTML } from 'entities';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ } from '../../test/builder-counts';
import { MARKUP, SUMMARY_TEXT, decodeCommonEntities, htmlText, htmlWordText } from './html-text';

const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const SUMMARY = { ...SUMMARY_TEXT, decode: decodeHTML };

describe('htmlWordText', () => {
  it('keeps the words of nested markup apart and drops scripts and styles', () => {
    const text = htmlWordText('<h2>01 <span>标题</span></h2><p>one<br>two</p><script>var x</script><style>p{}</style>');
    expect(text.split(/\s+/).filter(Boolean)).toEqual(['01', '标题', 'one', 'two']);
  });

  it('decodes the common entities by default', () => {
    expect(htmlWordText('<p>a&amp;b &lt;c&gt; &#20013;&#x6587; &unknown;</p>').trim()).toBe('a&b <c> 中文 &unknown;');
  });
});

describe('decodeCommonEntities', () => {
  it('turns impossible code points into spaces rather than throwing', () => {
    expect(decodeCommonEntities('a&#0;b&#x110000;c')).toBe('a b c');
  });
});

const text = (html: string): string => htmlText(html, SUMMARY).text;

describe('htmlToText for summaries', () => {
  it('keeps the text of paragraphs, one space between blocks', () => {
    expect(text('<div>\n<p>一段<strong>文字</strong></p>\n<p>Second   para</p></div>')).toBe('一段文字 Second para');
  });

  it('decodes entities', () => {
    expect(text('<p>&quot;true&quot; &amp; &#x4e2d;&nbsp;x &lt;tag&gt;</p>')).toBe('"true" & 中 x <tag>');
  });

  it('leaves out scripts, styles, headings, captions and code blocks', () => {
    const html = '<h2>01 标题</h2><script>var a = "<p>x</p>";</script><style>p{}</style><p>正文</p>'
      + '<figure><img src="a.png"><figcaption>图注</figcaption></figure><pre><code>code()</code></pre><p>end</p>';
    expect(text(html)).toBe('正文 end');
  });

  it('leaves out 36kr image captions (class img-desc), nested elements included', () => {
    expect(text('<p>before</p><p class="img-desc">「十点读书」的<p>视频号</p>成绩</p><p>after</p>')).toBe('before after');
  });

  it('reads a lone < as text and skips comments', () => {
    expect(text('<p>a < b <!-- more --> c</p>')).toBe('a < b c');
  });

  it('stops early when it has enough text', () => {
    const html = `<p>${'字'.repeat(100)}</p>`.repeat(1000);
    const result = htmlText(html, { ...SUMMARY, limit: 150 });
    expect(result.complete).toBe(false);
    expect(result.text.length).toBeLessThan(300);
  });

  it('says when it has read everything', () => {
    expect(htmlText('<p>short</p>', { ...SUMMARY, limit: 150 }).complete).toBe(true);
  });
});

describe('htmlWordText with the full entity table', () => {
  it('keeps all text, headings and code included, and drops scripts and tags', () => {
    const words = htmlWordText('<h1>Title</h1><script>hidden()</script><p>a&amp;b</p><pre>code</pre>', decodeHTML).split(/\s+/).filter(Boolean);
    expect(words).toEqual(['Title', 'a&b', 'code']);
  });

  const tokens = ['<', '>', '<p>', '</p>', '< b>', '<1>', '<?x>', '</ >', '<\x01>', '<\x0f>', '<\x1f>', '<script>', '<SCRIPT type=x>', '</script >', '</Script\n>', '<scriptx>', '<style', '</style>', '<noscript>',
    '</noscript>', '<template>', '</template>', '<!--', '-->', '<!-->', '--', 'a', '字', ' ', '\n', '&amp;', '&lt;', '"', "'", '/'];

  it(`strips exactly what its regular expression matches (${FUZZ.htmlStrip.numRuns} random mixes of open and closed markup)`, () => {
    const html = fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(html, (h) => {
        const byRegex = h.replace(MARKUP, ' ');
        expect(wordsOf(htmlWordText(h, decodeHTML))).toEqual(wordsOf(byRegex.includes('&') ? decodeHTML(byRegex) : byRegex));
      }),
      FUZZ.htmlStrip,
    );
  });

  // Sizes at which the regex alone took 10 s or more: a quadratic scanner
  // would run into the test's timeout (no time is measured here).
  it.each([
    ['120 KB of < without >', `<div>\n${'<'.repeat(120_000)}`, '<'.repeat(120_000)],
    ['800 KB of <script> without </script>', '<script>'.repeat(100_000), ''],
    ['240 KB of <!-- without -->', '<!--'.repeat(60_000), '<!--'.repeat(60_000)],
  ])('reads %s in one pass', (_name, html, text) => {
    expect(htmlWordText(html).trim()).toBe(text);
  });
});
