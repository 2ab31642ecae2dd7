import { describe, expect, it } from 'vitest';
import { runPipeline } from './pipeline';

const OPTIONS = { baseUrl: 'https://example.org/feed.json', pageOrigin: 'https://example.org', copyLinkLabel: 'Copy link to section', copyCodeLabel: 'Copy code' };

function render(html: string): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = runPipeline(html, OPTIONS).html;
  return box;
}

describe('code blocks', () => {
  it('get their language and a "Copy code" button above them, the code unchanged', () => {
    const box = render('<pre><code class="language-py"><span class="hljs-keyword">def</span> f(): pass\n</code></pre>');
    const block = box.querySelector('.code-block')!;
    expect(block.querySelector('.code-language')?.textContent).toBe('Python');
    expect(block.querySelector('button')?.textContent).toBe('Copy code');
    expect(block.querySelector('pre')?.textContent).toBe('def f(): pass\n');
    expect(block.querySelector('pre span.hljs-keyword')).not.toBeNull();
  });

  it('read the language from a raw-HTML <pre class="language-x">, and keep an unknown name as written', () => {
    const box = render('<pre class="language-shell">ls</pre><pre><code class="language-cobol-85">x</code></pre>');
    expect([...box.querySelectorAll('.code-language')].map((label) => label.textContent)).toEqual(['Shell', 'cobol-85']);
  });

  it('without a language still get the button, and no label', () => {
    const box = render('<pre>plain</pre>');
    expect(box.querySelector('.code-language')).toBeNull();
    expect(box.querySelectorAll('.code-block button')).toHaveLength(1);
  });

  it('leave the reading time and the table of contents as they were', () => {
    const html = `<h2>Setup</h2><p>${'word '.repeat(400)}</p><pre><code class="language-js">${'x '.repeat(10)}</code></pre>`;
    const without = runPipeline(html, { ...OPTIONS, copyCodeLabel: undefined });
    const withBars = runPipeline(html, OPTIONS);
    expect(withBars.readingMinutes).toBe(without.readingMinutes);
    expect(withBars.toc).toEqual(without.toc);
  });
});
