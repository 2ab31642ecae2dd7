import { describe, expect, it } from 'vitest';
import { limitNesting } from './nesting';

/** How deep the parsed elements nest, the way a browser builds them. */
function depth(html: string): number {
  const template = document.createElement('template');
  template.innerHTML = html;
  let deepest = 0;
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let d = 0;
    for (let up: Node | null = node; up && up !== template.content; up = up.parentNode) d++;
    deepest = Math.max(deepest, d);
  }
  return deepest;
}

describe('limitNesting', () => {
  it('leaves ordinary articles as they are', () => {
    const html = '<h2 title="a > b">Title</h2><p>One<p>Two<ul><li><a href="/x?a=1&b=2">x</a><li>y</ul>' +
      '<!-- <div><div> --><pre><code>&lt;div&gt;</code></pre><table><tr><td>1<td>2</table><img src="a.png"><br>';
    expect(limitNesting(html, 3)).toBe(html);
  });

  it('closes the innermost element before one more than the limit opens, keeping every element and its text', () => {
    const html = Array.from({ length: 50 }, (_, i) => `<blockquote>S${i}<div>`).join('');
    const limited = limitNesting(html, 10);
    expect(depth(html)).toBe(100);
    expect(depth(limited)).toBe(10);
    const template = document.createElement('template');
    template.innerHTML = limited;
    expect(template.content.querySelectorAll('blockquote')).toHaveLength(50);
    expect(template.content.textContent).toBe(Array.from({ length: 50 }, (_, i) => `S${i}`).join(''));
  });

  it('closes an open heading, and what is open inside it, before another heading starts', () => {
    const html = Array.from({ length: 50 }, (_, i) => `<h2>S${i}<div><span>`).join('');
    const template = document.createElement('template');
    template.innerHTML = limitNesting(html);
    const headings = [...template.content.children];
    expect(headings).toHaveLength(50);
    expect(headings.map((h) => `${h.tagName} ${h.textContent}`)).toEqual(Array.from({ length: 50 }, (_, i) => `H2 S${i}`));
    expect(depth(limitNesting(html))).toBe(3);
    expect(limitNesting('<h2>a<em>b</em></h2><h3>c<span>d</span></h3><div><h4>e</h4></div>')).toBe('<h2>a<em>b</em></h2><h3>c<span>d</span></h3><div><h4>e</h4></div>');
    expect(limitNesting('<h2><span>a<h3>b</h3></span></h2>')).toBe('<h2><span>a</span></h2><h3>b</h3></span></h2>');
  });

  it('counts an end tag as closing what it names and what is open inside it', () => {
    const html = `${'<div><span>'.repeat(3)}</div></div></div>${'<section>'.repeat(4)}`;
    expect(limitNesting(html, 6)).toBe(html);
  });

  it('does not read tags inside comments, scripts, quoted attributes or unclosed markup', () => {
    const inside = '<div title="<div><div><div>"><!-- <div><div> --><script>"<div><div>"</script><textarea><div><div></textarea></div>';
    expect(limitNesting(inside, 1)).toBe(inside);
    expect(limitNesting('<div><div><div title="never closed', 1)).toBe('<div></div><div><div title="never closed');
  });
});
