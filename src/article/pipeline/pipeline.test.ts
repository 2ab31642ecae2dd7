import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Heading } from './headings';
import { runPipeline, type ArticleContent } from './pipeline';
import type { TocNode } from './toc';

const OPTIONS = { baseUrl: 'https://36kr.com/p/1', pageOrigin: 'https://reader.example', copyLinkLabel: 'Copy link to section' };
const SEED = readFileSync('test/fixtures/article/36kr-seed.html', 'utf8');
const CORPUS = 'test/fixtures/article/corpus';

function parse(html: string): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = html;
  return box;
}

type Entry = [title: string, id: string, children?: Entry[]];
const outline = (nodes: readonly TocNode[]): Entry[] =>
  nodes.map((node) => (node.children.length ? [node.text, node.id, outline(node.children)] : [node.text, node.id]));

describe('the seed article (36kr)', () => {
  const content = runPipeline({ html: SEED }, OPTIONS);

  it('has the table of contents the issue describes, with github-slugger ids', () => {
    expect(outline(content.toc)).toEqual([
      ['01 2022 微信公开课五大亮点', '01-2022-微信公开课五大亮点', [
        ['1）视频号首开场成 C 位：内容生态与创作激励', '1视频号首开场成-c-位内容生态与创作激励', [
          ['① 视频号内容生态：百万点赞爆款频出', '-视频号内容生态百万点赞爆款频出'],
          ['② 视频号打造原子化组件，与微信生态不可分割', '-视频号打造原子化组件与微信生态不可分割'],
          ['③ 推出“创作者激励计划”', '-推出创作者激励计划'],
          ['④ 视频号将上线付费直播', '-视频号将上线付费直播'],
        ]],
        ['2）微信支付：成为微信用户的生活习惯', '2微信支付成为微信用户的生活习惯'],
        ['3）小程序日活破 4.5 亿，加速融入各行各业', '3小程序日活破-45-亿加速融入各行各业'],
        ['4）搜一搜月活用户超 7 亿：“用微信，搜所有”', '4搜一搜月活用户超-7-亿用微信搜所有'],
        ['5）企业微信：每 1 小时产生 1.4 亿次服务，下周新版本发布', '5企业微信每-1-小时产生-14-亿次服务下周新版本发布'],
      ]],
      ['02 从微信公开课看，2022 有何新机会？', '02-从微信公开课看2022-有何新机会', [
        ['1）内容创作者：视频号入场新时机', '1内容创作者视频号入场新时机'],
        ['2）品牌商家：私域能力升级', '2品牌商家私域能力升级'],
      ]],
      ['03 结语', '03结语'],
    ]);
  });

  it('gives the top sections depth 1, the numbered ones 2 and the bold ① … ④ depth 3', () => {
    const depths = (nodes: readonly TocNode[]): number[] => nodes.flatMap((node) => [node.depth, ...depths(node.children)]);
    expect(depths(content.toc)).toEqual([1, 2, 3, 3, 3, 3, 2, 2, 2, 2, 1, 2, 2, 1]);
  });

  it('drops the seven empty data-foldable-wrapper headings from the page', () => {
    const body = parse(content.html);
    expect(body.querySelectorAll('h2')).toHaveLength(3);
    expect(body.querySelectorAll('h3')).toHaveLength(7);
    expect(body.querySelectorAll('h2:empty, h3:empty, [data-foldable-wrapper]')).toHaveLength(0);
  });

  it('puts each id on its element in the page, once', () => {
    const body = parse(content.html);
    const ids = [...body.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids).toEqual(content.headings.map((heading) => heading.id));
    expect(body.querySelector(`[id="${CSS.escape('-推出创作者激励计划')}"]`)?.outerHTML).toBe(
      '<p id="-推出创作者激励计划" tabindex="-1"><strong>③ 推出“创作者激励计划”</strong></p>',
    );
  });

  it('makes 13 of its 14 images lazy and reserves a size for all 14', () => {
    const images = [...parse(content.html).querySelectorAll('img')];
    expect(images).toHaveLength(14);
    expect(images.filter((img) => img.getAttribute('loading') === 'lazy')).toHaveLength(13);
    expect(images.every((img) => Number(img.getAttribute('width')) > 0 && Number(img.getAttribute('height')) > 0)).toBe(true);
  });

  it('keeps no data-* attributes, classes or target from 36kr', () => {
    const html = content.html;
    expect(html).not.toMatch(/data-(?:id|name|logo|refer-type|img-size-val)=/);
    expect(html).not.toContain('project-link');
    expect(html).not.toContain('classname');
  });

  it('reads in about 9 minutes (400 Chinese characters a minute)', () => {
    expect(content.readingMinutes).toBe(9);
  });
});

function walk(nodes: readonly TocNode[], visit: (node: TocNode, parentDepth: number) => void, parentDepth = 0): void {
  for (const node of nodes) {
    visit(node, parentDepth);
    walk(node.children, visit, node.depth);
  }
}

describe('every corpus post', () => {
  const files = readdirSync(CORPUS).filter((name) => name.endsWith('.html'));

  it('is in the corpus (15 posts)', () => {
    expect(files).toHaveLength(15);
  });

  it.each(files)('%s processes into a sane tree', (name) => {
    const content: ArticleContent = runPipeline({ html: readFileSync(`${CORPUS}/${name}`, 'utf8') }, OPTIONS);
    const body = parse(content.html);
    const ids = content.headings.map((heading: Heading) => heading.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const heading of content.headings) {
      expect(heading.id).not.toBe('');
      expect(heading.text).not.toBe('');
      expect(body.querySelector(`#${CSS.escape(heading.id)}`)).not.toBeNull();
    }
    let count = 0;
    walk(content.toc, (node, parentDepth) => {
      count++;
      expect(node.depth).toBe(parentDepth + 1);
    });
    expect(count).toBe(content.headings.length);
    expect(body.querySelector('script, style, [style], [onerror], [onclick], form, iframe')).toBeNull();
    expect(body.querySelectorAll('button.copy-link')).toHaveLength(content.headings.length);
  });

  it('keeps a long Markdown post whole, with its code and tables', () => {
    const source = readFileSync(`${CORPUS}/daichangya__hexo-blog__quan-mian-li-jie-DNS-ji-HTTPDNS.html`, 'utf8');
    const before = parse(source);
    const after = parse(runPipeline({ html: source }, OPTIONS).html);
    expect([...after.querySelectorAll('pre')].map((pre) => pre.textContent)).toEqual([...before.querySelectorAll('pre')].map((pre) => pre.textContent));
    expect(after.querySelectorAll('.table-scroll > table')).toHaveLength(before.querySelectorAll('table').length);
  });

  it('links "[](#overview)" permalink anchors to nothing and names headings without them', () => {
    const content = runPipeline({ html: readFileSync(`${CORPUS}/daichangya__hexo-blog__Markdown-extended-syntax.html`, 'utf8') }, OPTIONS);
    expect(content.headings[0]).toMatchObject({ id: 'overview', text: 'Overview' });
    expect(parse(content.html).querySelectorAll('a:empty')).toHaveLength(0);
  });
});

describe('runPipeline', () => {
  it('renders content_text as escaped paragraphs', () => {
    const content = runPipeline({ text: 'one <b>two</b>\nline\n\nthree & four' }, OPTIONS);
    expect(content.html).toBe('<p>one &lt;b&gt;two&lt;/b&gt;<br>line</p><p>three &amp; four</p>');
    expect(content.toc).toEqual([]);
  });

  it('takes the reading time the feed states instead of counting', () => {
    expect(runPipeline({ html: SEED }, { ...OPTIONS, readingMinutes: 12 }).readingMinutes).toBe(12);
  });

  it('takes an item of the feed: its content, its URL as the base, its stated reading time', () => {
    const content = runPipeline({ contentHtml: '<p><a href="two/">next</a></p>', url: 'https://blog.example/one/', readingMinutes: 4 }, OPTIONS);
    expect(content.html).toContain('href="https://blog.example/one/two/"');
    expect(content.readingMinutes).toBe(4);
    expect(runPipeline({ contentText: 'plain' }, OPTIONS).html).toBe('<p>plain</p>');
  });

  it('takes bare HTML', () => {
    const content = runPipeline('<h2>Hello</h2>', OPTIONS);
    expect(content.toc).toEqual([{ id: 'hello', text: 'Hello', depth: 1, children: [] }]);
    expect(parse(content.html).querySelector('button')).toHaveAccessibleName('Copy link to section');
  });

  it('shows nothing, without failing, for HTML that parses into a frameset', () => {
    expect(runPipeline('<frameset onload=alert(1)><frame src="https://evil.example/">', OPTIONS).html).toBe('');
  });

  it('names the image the body starts with (before any text), past empty wrappers, resolved against the base', () => {
    expect(runPipeline('<div> <p><img src="/x.png"></p><p>text</p></div>', OPTIONS).leadImage).toBe('https://36kr.com/x.png');
    expect(runPipeline('<p>Intro</p><p><img src="https://a.test/x.png"></p>', OPTIONS).leadImage).toBeUndefined();
    expect(runPipeline('<p>Only text</p>', OPTIONS).leadImage).toBeUndefined();
    // Clobbering names change nothing.
    expect(runPipeline('<form name=ownerDocument><img name=nodeName src="https://a.test/y.png"></form>', OPTIONS).leadImage).toBe('https://a.test/y.png');
  });

  it('copes with an empty article', () => {
    expect(runPipeline({ html: '' }, OPTIONS)).toEqual({ html: '', toc: [], headings: [], readingMinutes: 0 });
  });

  it('builds a flat table of contents for 1,000 headings (10,000 are measured in Chromium by the bench)', () => {
    const html = Array.from({ length: 1_000 }, (_, i) => `<h2>Part ${i % 100}</h2><p>text</p>`).join('');
    const content = runPipeline({ html }, OPTIONS);
    expect(content.toc).toHaveLength(1_000);
    expect(content.toc[100]?.id).toBe('part-0-1');
  });
});
