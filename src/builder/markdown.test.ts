import { describe, expect, it } from 'vitest';
import { excerptHtml, renderMarkdownAndPlain } from './markdown';

const renderMarkdown = (body: string) => renderMarkdownAndPlain(body).html;

describe('renderMarkdown', () => {
  it('passes a raw HTML block through untouched', () => {
    const block = '<div>   \n<p>1 月 6 日，<a class="project-link" data-id="1" href="https://36kr.com/p" target="_blank">微信</a>公开课</p> \n<h2 data-foldable-wrapper></h2> \n</div>';
    expect(renderMarkdown(`${block}\n`)).toBe(`${block}\n`);
  });

  it('turns single newlines into <br> like hexo-renderer-marked', () => {
    expect(renderMarkdown('line one\nline two')).toBe('<p>line one<br>\nline two</p>\n');
  });

  it('renders GFM tables and strikethrough', () => {
    const html = renderMarkdown('| a | b |\n|---|---|\n| 1 | ~~2~~ |\n');
    expect(html).toContain('<table>');
    expect(html).toContain('<td><s>2</s></td>');
  });

  it('keeps fenced code of a language it does not highlight intact, HTML-escaped', () => {
    expect(renderMarkdown('```cobol-85\nif (a < b) {\n  run();\n}\n```\n')).toBe('<pre><code class="language-cobol-85">if (a &lt; b) {\n  run();\n}\n</code></pre>\n');
    expect(renderMarkdown('```\n<b>\n```\n')).toBe('<pre><code>&lt;b&gt;\n</code></pre>\n');
  });

  it('highlights JavaScript, Python and shell with classes, keeping the text and the language class', () => {
    const html = renderMarkdown('```js\nconst a = "<b>"; // note\n```\n\n```Python\ndef f(x):\n    return 1\n```\n\n```sh\necho "$HOME"\n```\n');
    expect(html).toContain('<pre><code class="language-js"><span class="hljs-keyword">const</span> a = <span class="hljs-string">&quot;&lt;b&gt;&quot;</span>; <span class="hljs-comment">// note</span>');
    expect(html).toContain('<span class="hljs-keyword">def</span>');
    expect(html).toContain('<span class="hljs-built_in">echo</span> <span class="hljs-string">&quot;<span class="hljs-variable">$HOME</span>&quot;</span>');
    expect(html).not.toMatch(/style=/);
  });

  it('also gives the same HTML without highlighting, language classes kept', () => {
    const { html, plainHtml } = renderMarkdownAndPlain('Text `a<b`.\n\n```js\nconst a = "<b>";\n```\n\n```cobol\nMOVE A TO B.\n```\n');
    expect(html).toContain('<span class="hljs-keyword">const</span>');
    expect(plainHtml).toBe('<p>Text <code>a&lt;b</code>.</p>\n<pre><code class="language-js">const a = &quot;&lt;b&gt;&quot;;\n</code></pre>\n<pre><code class="language-cobol">MOVE A TO B.\n</code></pre>\n');
    const prose = renderMarkdownAndPlain('Just *prose*.\n\n```\ncode\n```\n');
    expect(prose.plainHtml).toBe(prose.html);
  });

  it('reads the language from the first word of the info string', () => {
    expect(renderMarkdown('```python title="x.py"\npass\n```\n')).toContain('<span class="hljs-keyword">pass</span>');
  });

  it('links bare URLs as GFM does', () => {
    expect(renderMarkdown('see https://hexo.io now')).toContain('<a href="https://hexo.io">https://hexo.io</a>');
  });

  it('does not add heading ids (the app assigns its own)', () => {
    expect(renderMarkdown('## Title')).toBe('<h2>Title</h2>\n');
  });
});

describe('excerptHtml', () => {
  it('returns the HTML before <!-- more -->', () => {
    const html = renderMarkdown('First part.\n\n<!-- more -->\n\nRest.');
    expect(excerptHtml(html)).toBe('<p>First part.</p>\n');
    expect(html).toContain('Rest.');
  });

  it('ignores a marker inside code', () => {
    expect(excerptHtml(renderMarkdown('`<!-- more -->`'))).toBeUndefined();
  });

  it('accepts the marker without spaces', () => {
    expect(excerptHtml('<p>a</p><!--more--><p>b</p>')).toBe('<p>a</p>');
  });
});
