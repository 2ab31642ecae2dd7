// A whole Hexo site as input (test/fixtures/hexo-site): _config.yml read,
// flags over it, old URLs redirected, feeds beside feed.json; rebuilds keep
// the publisher's files and remove the redirect pages they no longer need.
import { cp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/node-child';
import { tempDirsForEachTest } from '../../test/temp-dirs';
import { BuildIoError, UsageError, build } from './posts-to-feed';
import { runBuild } from './command-line';

const FIXTURE = path.join(ROOT, 'test/fixtures/hexo-site');
const tempDir = tempDirsForEachTest();

async function copySite(): Promise<string> {
  const dir = await tempDir();
  await cp(FIXTURE, path.join(dir, 'blog'), { recursive: true });
  return dir;
}

type Feed = { title: string; language?: string; home_page_url?: string; items: { id: string; date_published?: string }[] };
const readFeed = async (out: string): Promise<Feed> => JSON.parse(await readFile(path.join(out, 'feed.json'), 'utf8')) as Feed;

describe('build() of a posts folder', () => {
  it('redirects front matter permalink and abbrlink under the sub-path, and checks --language', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'posts'));
    await writeFile(path.join(dir, 'posts/a.md'), '---\ntitle: A\ndate: 2024-01-01\npermalink: /archives/a/\nabbrlink: 7f3a\n---\nbody');
    await writeFile(path.join(dir, 'posts/b.md'), '---\ntitle: B\ndate: 2024-01-02\n---\nbody');
    await build({ input: 'posts', out: 'out', cwd: dir, basePath: '/blog', language: 'zh-Hans' });
    const lines = (await readFile(path.join(dir, 'out/_redirects'), 'utf8')).split('\n').filter((line) => line.startsWith('/'));
    expect(lines).toEqual(['/blog/archives/a/ /blog/article/a 301', '/blog/posts/7f3a/ /blog/article/a 301']);
    expect((await readFeed(path.join(dir, 'out'))).language).toBe('zh-Hans');
    await expect(build({ input: 'posts', out: 'out', cwd: dir, language: 'not a tag' })).rejects.toThrow(new UsageError('"not a tag" is not a language tag (use one such as zh-CN or en)'));
  });
});

describe('build() of a whole Hexo site', () => {
  it('takes title, base URL, language and time zone from _config.yml', async () => {
    const dir = await copySite();
    const report = await build({ input: 'blog', out: 'out', cwd: dir });
    const feed = await readFeed(path.join(dir, 'out'));
    expect([feed.title, feed.language, feed.home_page_url]).toEqual(['入微测试博客', 'zh-CN', 'https://blog.example.org/']);
    expect(feed.items.find((item) => item.id === 'quan-mian-li-jie-dns-ji-httpdns')?.date_published).toBe('2024-10-31T22:02:01+08:00');
    expect(report.rejected).toEqual([]);
    expect(report.skipped).toEqual([]);
  });

  it('lets the flags override _config.yml', async () => {
    const dir = await copySite();
    await build({ input: 'blog', out: 'out', cwd: dir, title: 'Mine', baseUrl: 'https://new.example.net/x', timeZone: 'UTC', language: 'en' });
    const feed = await readFeed(path.join(dir, 'out'));
    expect([feed.title, feed.language, feed.home_page_url]).toEqual(['Mine', 'en', 'https://new.example.net/x/']);
    expect(feed.items.find((item) => item.id === 'quan-mian-li-jie-dns-ji-httpdns')?.date_published).toBe('2024-10-31T22:02:01Z');
  });

  it('writes a redirect page and a _redirects line for every old URL', async () => {
    const dir = await copySite();
    await build({ input: 'blog', out: 'out', cwd: dir });
    const out = path.join(dir, 'out');
    const redirects = await readFile(path.join(out, '_redirects'), 'utf8');
    expect(redirects.split('\n').filter((line) => line.startsWith('/'))).toEqual([
      '/archives/quan-mian-li-jie-DNS-ji-HTTPDNS/ /article/quan-mian-li-jie-dns-ji-httpdns 301',
      '/2023/11/16/python-wheels-for-alpine/ /article/python-wheels-for-alpine 301',
      '/2023/07/19/Dev/SpringBoot%E6%89%AB%E7%A0%81%E7%99%BB%E5%BD%95/ /article/springboot%E6%89%AB%E7%A0%81%E7%99%BB%E5%BD%95 301',
      '/posts/18184/ /article/springboot%E6%89%AB%E7%A0%81%E7%99%BB%E5%BD%95 301',
      '/2021/10/10/%E6%96%B0%E5%AA%92%E4%BD%93/10%E6%9C%88%E7%94%B5%E5%BD%B1%E5%A4%A7%E7%9B%98%E7%A5%A8%E6%88%BF%E7%A0%B450%E4%BA%BF/ /article/10%E6%9C%88%E7%94%B5%E5%BD%B1%E5%A4%A7%E7%9B%98%E7%A5%A8%E6%88%BF%E7%A0%B450%E4%BA%BF 301',
    ]);
    expect(await readFile(path.join(out, '2023/11/16/python-wheels-for-alpine/index.html'), 'utf8')).toContain('url=https://blog.example.org/article/python-wheels-for-alpine"');
  });

  it('never overwrites the publisher’s files or writes through a link, and says so', async () => {
    const dir = await copySite();
    const out = path.join(dir, 'out');
    await mkdir(path.join(out, 'posts/18184'), { recursive: true });
    await writeFile(path.join(out, 'posts/18184/index.html'), 'my own page');
    await writeFile(path.join(out, 'robots.txt'), 'User-agent: *\nDisallow: /private/\n');
    const elsewhere = await tempDir();
    await symlink(elsewhere, path.join(out, 'archives'));
    const report = await build({ input: 'blog', out: 'out', cwd: dir });
    expect(await readFile(path.join(out, 'posts/18184/index.html'), 'utf8')).toBe('my own page');
    expect(await readFile(path.join(out, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /private/\n');
    expect(await readdir(elsewhere)).toEqual([]);
    expect(report.warnings.map((warning) => `${warning.file}: ${warning.message}`)).toEqual([
      'out/archives/quan-mian-li-jie-DNS-ji-HTTPDNS/index.html: out/archives is a symbolic link, and the builder never writes through links; not written',
      'out/posts/18184/index.html: exists and was not written by the builder; left as it is',
      'out/robots.txt: exists and was not written by the builder; left as it is',
    ]);
    expect(await readFile(path.join(out, '_redirects'), 'utf8')).not.toContain('/posts/18184/');
  });

  it('removes the redirect pages a rebuild no longer needs, and the folders they leave empty', async () => {
    const dir = await copySite();
    const out = path.join(dir, 'out');
    await build({ input: 'blog', out: 'out', cwd: dir });
    await rm(path.join(dir, 'blog/source/_posts/python-wheels-for-alpine.md'));
    await build({ input: 'blog', out: 'out', cwd: dir });
    expect(await readdir(path.join(out, '2023'))).toEqual(['07']);
    expect(await readFile(path.join(out, '_redirects'), 'utf8')).not.toContain('python-wheels');
    await build({ input: 'blog/source/_posts/新媒体', out: 'out', cwd: dir });
    expect((await readdir(out)).sort()).toEqual(['atom.xml', 'feed.json', 'rss.xml']);
  });

  it('stops with exit 2 naming _config.yml when it is not valid YAML or names an unknown zone', async () => {
    const dir = await copySite();
    await writeFile(path.join(dir, 'blog/_config.yml'), 'title: [unclosed\n');
    await expect(build({ input: 'blog', out: 'out', cwd: dir })).rejects.toThrow(BuildIoError);
    const lines: string[] = [];
    const code = await runBuild({ input: 'blog', out: 'out' }, { stdout: () => undefined, stderr: (line) => lines.push(line), cwd: dir });
    expect(code).toBe(2);
    expect(lines[0]).toMatch(/^ruwei feed: blog\/_config\.yml:2:1: invalid YAML: /);
    await writeFile(path.join(dir, 'blog/_config.yml'), 'timezone: Mars/Olympus\n');
    await expect(build({ input: 'blog', out: 'out', cwd: dir })).rejects.toThrow(new UsageError('unknown time zone "Mars/Olympus" in blog/_config.yml (`timezone`) (use an IANA name such as Asia/Shanghai)'));
  });

  it('reads zone-less dates in the machine’s zone when neither flag nor _config.yml names one', async () => {
    const dir = await copySite();
    await writeFile(path.join(dir, 'blog/_config.yml'), 'title: t\n');
    const saved = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo';
    try {
      await build({ input: 'blog', out: 'out', cwd: dir });
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    const feed = await readFeed(path.join(dir, 'out'));
    expect(feed.items.find((item) => item.id === 'quan-mian-li-jie-dns-ji-httpdns')?.date_published).toBe('2024-10-31T22:02:01+09:00');
  });
});
