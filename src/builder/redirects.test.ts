// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BLOCK_END, BLOCK_START, fileOfSource, outputFile, previousSources, redirectPages, redirectsFile } from './redirects';

const claim = (path: string, slug = 'hello', file = 'hello.md') => ({ slug, title: 'Hello <World>', file, path });

describe('outputFile: where an old path is written', () => {
  it.each([
    ['2024/10/31/hello/', '2024/10/31/hello/index.html'],
    ['p/18184.html', 'p/18184.html'],
    ['2024/hello', '2024/hello.html'],
    ['archives/%E4%BD%A0%E5%A5%BD/', 'archives/你好/index.html'],
    ['a/b/?x=1', 'a/b/index.html'],
  ])('%s -> %s', (path, file) => {
    expect(outputFile(path)).toMatchObject({ file });
  });

  it.each([
    ['../../etc/passwd', 'it leaves the site folder'],
    ['a/%2e%2e/%2e%2e/x/', 'it leaves the site folder'],
    ['a%2Fb/', 'it leaves the site folder'],
    ['', 'it is the site root'],
    ['index.html', '/index.html belongs to the app'],
    ['article/hello/', '/article belongs to the app'],
    ['assets/x.html', '/assets belongs to the app'],
    ['a/%00/', 'control characters'],
  ])('refuses %s', (path, problem) => {
    expect(outputFile(path)).toEqual({ problem: expect.stringContaining(problem) });
  });
});

describe('redirectPages', () => {
  it('writes a page with a meta refresh, a canonical link and a plain link to the article, and no script', () => {
    const { pages } = redirectPages([claim('2024/10/31/hello/')], '/', 'https://blog.example.org/', 'zh-CN');
    expect(pages).toMatchObject([{ file: '2024/10/31/hello/index.html', source: '/2024/10/31/hello/', targetPath: '/article/hello' }]);
    const doc = new DOMParser().parseFromString(pages[0]?.data ?? '', 'text/html');
    expect(doc.documentElement.lang).toBe('zh-CN');
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=https://blog.example.org/article/hello');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://blog.example.org/article/hello');
    expect(doc.querySelector('a')?.textContent).toBe('Hello <World>');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });

  it('links to <root>article/<slug> when the base URL is unknown', () => {
    const { pages } = redirectPages([claim('posts/1/', '你好')], '/blog/', undefined, undefined);
    expect(pages[0]).toMatchObject({ source: '/blog/posts/1/', target: '/blog/article/%E4%BD%A0%E5%A5%BD' });
  });

  it('lets the first claim keep a path and names the post that loses it', () => {
    const { pages, warnings } = redirectPages([claim('a/', 'one', 'one.md'), claim('A/', 'two', 'two.md'), claim('../x', 'three', 'three.md')], '/', undefined, undefined);
    expect(pages.map((page) => page.targetPath)).toEqual(['/article/one']);
    expect(warnings).toEqual([
      { file: 'two.md', message: 'old URL /A/ is also the old URL of one.md, which keeps it; no redirect written' },
      { file: 'three.md', message: 'old URL /../x: it leaves the site folder (`.` or `..`); no redirect written' },
    ]);
  });
});

describe('_redirects', () => {
  const { pages } = redirectPages([claim('2024/你好/')], '/', undefined, undefined);

  it('lists each move as a 301 in a block of its own, before the publisher’s lines', () => {
    const text = redirectsFile(pages, '/* /index.html 200\n');
    expect(text).toBe(`${BLOCK_START}\n/2024/%E4%BD%A0%E5%A5%BD/ /article/hello 301\n${BLOCK_END}\n/* /index.html 200\n`);
    expect(redirectsFile(pages, text)).toBe(text);
  });

  it('leaves only the publisher’s lines, or no file, when there is nothing to redirect', () => {
    const ours = redirectsFile(pages, undefined);
    expect(redirectsFile([], ours)).toBeUndefined();
    expect(redirectsFile([], redirectsFile(pages, '/x /y 302\n'))).toBe('/x /y 302\n');
  });

  it('reads back the sources of its block and the files they were written to', () => {
    expect(previousSources(redirectsFile(pages, '/x /y 302\n')).map((source) => fileOfSource(source, '/'))).toEqual(['2024/你好/index.html']);
  });
});
