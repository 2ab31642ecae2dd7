import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirsForEachTest } from '../../test/temp-dirs';
import { SiteConfigError, readHexoSite } from './hexo-site';

const tempDir = tempDirsForEachTest();

async function site(config: string, posts = 'source/_posts'): Promise<string> {
  const dir = await tempDir();
  await mkdir(path.join(dir, 'blog', posts), { recursive: true });
  await writeFile(path.join(dir, 'blog/_config.yml'), config);
  return dir;
}

describe('readHexoSite', () => {
  it('reads the settings and Hexo’s defaults for the rest', async () => {
    const dir = await site('title: 博客\nurl: https://example.org\nroot: /blog/\ntimezone: Asia/Shanghai\nlanguage: [zh-CN, en]\n');
    expect(readHexoSite('blog', dir)).toMatchObject({
      postsDir: path.join('blog', 'source', '_posts'), title: '博客', baseUrl: 'https://example.org/blog/', root: '/blog/',
      timeZone: 'Asia/Shanghai', language: 'zh-CN', permalink: ':year/:month/:day/:title/', defaultCategory: 'uncategorized', notes: [],
    });
  });

  it('takes the sub-folder from url when root is left at /, and ignores Hexo’s placeholder url with a note', async () => {
    expect(readHexoSite('blog', await site('url: https://example.org/notes\n'))).toMatchObject({ baseUrl: 'https://example.org/notes/', root: '/notes/' });
    const placeholder = readHexoSite('blog', await site('url: http://example.com\nroot: /\n'));
    expect(placeholder?.baseUrl).toBeUndefined();
    expect(placeholder?.notes).toEqual(["`url` is Hexo's placeholder http://example.com; the site's own URLs stay relative (pass --base-url)"]);
  });

  it('reads zh_CN as zh-CN and drops a language that is no tag, with a note', async () => {
    expect(readHexoSite('blog', await site('language: zh_CN\n'))?.language).toBe('zh-CN');
    const bad = readHexoSite('blog', await site('language: chinese please\n'));
    expect([bad?.language, bad?.notes]).toEqual([undefined, ['`language` "chinese please" is not a language tag (such as zh-CN); the feed names no language']]);
  });

  it('follows source_dir, and is no site without its _posts folder', async () => {
    expect(readHexoSite('blog', await site('source_dir: src\n', 'src/_posts'))?.postsDir).toBe(path.join('blog', 'src', '_posts'));
    expect(readHexoSite('blog', await site('title: t\n', 'elsewhere'))).toBeUndefined();
    expect(readHexoSite('.', await tempDir())).toBeUndefined();
  });

  it('names the file and the line of invalid YAML, and a key of the wrong type', async () => {
    const broken = await site('title: ok\nurl: [\n');
    expect(() => readHexoSite('blog', broken)).toThrow(SiteConfigError);
    expect(() => readHexoSite('blog', broken)).toThrow(/^blog\/_config\.yml:3:1: invalid YAML: /);
    const list = await site('- a list\n');
    expect(() => readHexoSite('blog', list)).toThrow('blog/_config.yml: expected a mapping of settings (key: value), got ["a list"]');
    const mapping = await site('permalink: { a: 1 }\n');
    expect(() => readHexoSite('blog', mapping)).toThrow('blog/_config.yml: `permalink` must be text, got {"a":1}');
  });
});
