import { describe, expect, it } from 'vitest';
import { addSectionButtons, findHeadings, MAX_ID_LENGTH, PSEUDO_HEADING_MAX_CHARS } from './headings';

function fragment(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

const found = (html: string) => findHeadings(fragment(html)).headings;

describe('findHeadings', () => {
  it('slugs the text content, including text inside nested spans', () => {
    expect(found('<h2>01 <span><span>2022</span> Highlights</span></h2>')).toEqual([
      { id: '01-2022-highlights', text: '01 2022 Highlights', level: 2, pseudo: false },
    ]);
  });

  it('numbers repeated titles -1, -2 as GitHub does', () => {
    expect(found('<h2>Setup</h2><h3>Setup</h3><h2>Setup</h2>').map((h) => h.id)).toEqual(['setup', 'setup-1', 'setup-2']);
  });

  it('removes empty headings from the page and the outline', () => {
    const root = fragment('<h2 data-foldable-wrapper></h2><h3> \n </h3><h2>Real</h2>');
    expect(findHeadings(root).headings.map((h) => h.text)).toEqual(['Real']);
    expect(root.querySelectorAll('h2, h3')).toHaveLength(1);
  });

  it('keeps a heading that holds only an image, without an outline entry', () => {
    const root = fragment('<h2><img src="/logo.png" alt=""></h2>');
    expect(findHeadings(root).headings).toEqual([]);
    expect(root.querySelector('h2 img')).not.toBeNull();
  });

  it('reads a paragraph of one short bold run as a pseudo-heading one level below the heading before it', () => {
    expect(found('<h3>1）Video</h3><p><strong>① 视频号内容生态</strong></p><p> <b>② Next</b> </p>')).toEqual([
      { id: '1video', text: '1）Video', level: 3, pseudo: false },
      { id: '-视频号内容生态', text: '① 视频号内容生态', level: 4, pseudo: true },
      { id: '-next', text: '② Next', level: 4, pseudo: true },
    ]);
  });

  it('does not read bold inside a sentence, long bold runs, or bold in lists and quotes as pseudo-headings', () => {
    const long = 'x'.repeat(PSEUDO_HEADING_MAX_CHARS + 1);
    expect(found(`<h2>A</h2><p><strong>Note</strong> this</p><p><strong>${long}</strong></p><p><strong>a</strong><strong>b</strong></p>` +
      '<ul><li><p><strong>item</strong></p></li></ul><blockquote><p><strong>quote</strong></p></blockquote><p><strong><a href="/">link</a></strong></p>')
      .map((h) => h.text)).toEqual(['A']);
  });

  it('puts a pseudo-heading before any heading at the top without adopting the headings after it', () => {
    expect(found('<p><strong>Lead</strong></p><h2>A</h2>').map((h) => [h.text, h.level])).toEqual([['Lead', 7], ['A', 2]]);
  });

  it('names a section with no sluggable character "section"', () => {
    expect(found('<h2>🎯</h2><h2>！？</h2>').map((h) => h.id)).toEqual(['section', 'section-1']);
  });

  it('collapses line breaks inside a heading into one space', () => {
    expect(found('<h2>\n  Two\n  lines  </h2>')[0]).toMatchObject({ text: 'Two lines', id: 'two-lines' });
  });

  it('takes each id and outline title from the heading\'s own text, not from the headings nested in it', () => {
    expect(found('<h2>Outer <em>one</em><div><h3>Inner<div><h4>Deepest</h4></div></h3> tail</div></h2>')).toEqual([
      { id: 'outer-one-tail', text: 'Outer one tail', level: 2, pseudo: false },
      { id: 'inner', text: 'Inner', level: 3, pseudo: false },
      { id: 'deepest', text: 'Deepest', level: 4, pseudo: false },
    ]);
  });

  it('keeps a heading whose only text is in the headings nested in it, as no section of its own', () => {
    const root = fragment('<h2><div><h3>Inner</h3></div></h2><h2><div><h3><img src="/a.png" alt=""></h3></div></h2>');
    expect(findHeadings(root).headings.map((h) => h.id)).toEqual(['inner']);
    expect(root.querySelectorAll('h2')).toHaveLength(2);
  });

  // jsdom's own parser is slow on deep trees; bench/nested-headings.ts measures 1 MB of this in Chromium.
  it('gives 300 headings nested in each other their own ids, in document order', () => {
    const html = Array.from({ length: 300 }, (_, i) => `<h2>Section ${i}<div>`).join('');
    const ids = found(html).map((h) => h.id);
    expect(ids).toHaveLength(300);
    expect(ids.slice(0, 2)).toEqual(['section-0', 'section-1']);
    expect(ids.at(-1)).toBe('section-299');
  });

  it(`cuts ids to ${MAX_ID_LENGTH} characters, still unique`, () => {
    const long = 'word '.repeat(100);
    const ids = found(`<h2>${long}</h2><h2>${long}</h2><h2>${'😀a'.repeat(40)}${'𠀀'.repeat(100)}</h2>`).map((h) => h.id);
    expect(ids[0]).toBe('word-'.repeat(20).slice(0, -1));
    expect(ids[1]).toBe(`${ids[0]}-1`);
    expect(ids[2]).toBe(`${'a'.repeat(40)}${'𠀀'.repeat(30)}`);
  });

  it('ignores h5 and h6', () => {
    expect(found('<h5>Small</h5><h6>Smaller</h6>')).toEqual([]);
  });
});

describe('addSectionButtons', () => {
  it('puts the button beside the heading, so the heading keeps its own name', () => {
    const root = fragment('<h2>Title</h2>');
    const { elements } = findHeadings(root);
    addSectionButtons(elements, 'Copy link to section');
    const wrapper = root.firstElementChild!;
    expect(wrapper.outerHTML).toBe(
      '<div class="section-heading"><h2 id="title" tabindex="-1">Title</h2>' +
        '<button type="button" class="copy-link" aria-label="Copy link to section" aria-describedby="title"></button></div>',
    );
  });

  it('gives a heading nested in another heading its id and focus target, but no button inside the outer heading', () => {
    const root = fragment('<h2>Outer<div><h3>Inner<div><h4>Deep</h4></div></h3></div></h2><h2>Next</h2>');
    const { elements } = findHeadings(root);
    addSectionButtons(elements, 'Copy link to section');
    expect(elements.map((element) => element.id)).toEqual(['outer', 'inner', 'deep', 'next']);
    expect(elements.map((element) => element.getAttribute('tabindex'))).toEqual(['-1', '-1', '-1', '-1']);
    expect(root.querySelector('h2')!.querySelector('button')).toBeNull();
    expect([...root.querySelectorAll('button.copy-link')].map((button) => button.getAttribute('aria-describedby'))).toEqual(['outer', 'next']);
  });
});

describe('ids against github-slugger itself', () => {
  it('gives the same ids as GithubSlugger for repeated and suffix-like titles', async () => {
    const { default: GithubSlugger } = await import('github-slugger');
    const titles = ['Setup', 'Setup', 'Setup-1', 'Setup', 'setup 1', 'Ünïcode 标题', 'Setup-1'];
    const reference = new GithubSlugger();
    expect(found(titles.map((title) => `<h2>${title}</h2>`).join('')).map((h) => h.id)).toEqual(titles.map((title) => reference.slug(title)));
  });
});
