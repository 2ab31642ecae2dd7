// The stepped pipeline (large articles) must make exactly what the one-pass
// pipeline makes: the same HTML byte for byte, table of contents, headings
// and reading time, whatever runs it is cut into.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { needsSteps, pipelineSteps, runPipeline, STEPPED_FROM, type ArticleSource } from './pipeline';

const OPTIONS = { baseUrl: 'https://36kr.com/p/1', pageOrigin: 'https://reader.example', copyLinkLabel: 'Copy link to section', copyCodeLabel: 'Copy' };
const CORPUS = 'test/fixtures/article/corpus';
const ARTICLES: [name: string, html: string][] = [
  ['36kr-seed', readFileSync('test/fixtures/article/36kr-seed.html', 'utf8')],
  ...readdirSync(CORPUS).filter((name) => name.endsWith('.html')).map((name): [string, string] => [name, readFileSync(`${CORPUS}/${name}`, 'utf8')]),
];
const VECTORS = ['dompurify-vectors', 'ruwei-vectors'].flatMap((file) =>
  (JSON.parse(readFileSync(`test/fixtures/xss/${file}.json`, 'utf8')) as { title: string; payload: string }[]).map(({ title, payload }) => [`${file}: ${title}`, payload] as const),
);

function stepped(source: ArticleSource, size: number) {
  const steps = pipelineSteps(source, OPTIONS, size);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function expectSame(source: ArticleSource, size: number): string[] {
  const { pieces = [], ...content } = stepped(source, size);
  expect(content).toEqual(runPipeline(source, OPTIONS));
  expect(pieces.join('')).toBe(content.html);
  return pieces;
}

describe('the stepped pipeline', () => {
  it.each(ARTICLES)('makes what the one-pass pipeline makes of %s, cut at every top-level heading', (_name, html) => {
    expectSame({ html }, 0);
    expectSame({ html }, 200);
  });

  it.each(VECTORS)('makes what the one-pass pipeline makes of %s, between headings', (_name, payload) => {
    // Each payload both starts a run and ends one, and stands alone.
    expectSame({ html: payload }, 0);
    expectSame({ html: `<h2>a</h2>${payload}<h2>b</h2><p class="img-desc">c</p>${payload}<h3>d</h3>` }, 0);
  });

  it('keeps ids unique, pseudo-heading levels and the eager first image across pieces', () => {
    const html = `  <p><b>Lead</b></p><h2>A</h2><p><img src="a.png"></p><p class="img-desc">cap</p><h2>A</h2><p><strong>Sub</strong></p><img src="b.png"><h3>A</h3>`;
    const pieces = expectSame({ html }, 0);
    expect(pieces).toHaveLength(4);
    expect(pieces.join('')).toContain('id="a-2"');
    expect(pieces.join('').match(/loading="lazy"/g)).toHaveLength(1);
  });

  it('finds the image the article starts with past pieces that hold nothing', () => {
    const html = '<p> </p><h2></h2><p><img src="https://a.test/x.png"></p><p>text</p><h2>B</h2><img src="https://a.test/y.png">';
    expect(stepped({ html }, 0).leadImage).toBe('https://a.test/x.png');
    expectSame({ html }, 0);
  });

  it('states a stated reading time and handles text content and empty HTML', () => {
    expectSame({ text: 'Hello\n\nworld '.repeat(100) }, 0);
    expectSame({ html: '' }, 0);
    expectSame({ html: '<frameset><frame src="x"></frameset>' }, 0);
    expectSame({ contentHtml: '<h2>A</h2>x<h2>B</h2>y', url: 'https://example.org/a/', readingMinutes: 7 }, 0);
  });

  it('is for large content only', () => {
    expect(needsSteps({ html: 'x'.repeat(STEPPED_FROM - 1) })).toBe(false);
    expect(needsSteps({ html: 'x'.repeat(STEPPED_FROM) })).toBe(true);
    expect(needsSteps({ contentText: 'x'.repeat(STEPPED_FROM - 1) })).toBe(false);
    expect(needsSteps({ contentText: 'x'.repeat(STEPPED_FROM) })).toBe(true);
    expect(needsSteps({ contentHtml: '<p>short</p>', contentText: 'x'.repeat(STEPPED_FROM) })).toBe(false);
  });
});
