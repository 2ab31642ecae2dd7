import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, openToAll, runNode, unprivileged } from '../../test/node-child';
import { tempDirsForEachTest } from '../../test/temp-dirs';
import { createTimeZone } from './dates';
import { convertPost, readPost } from './read-post';
import type { Post, PostContext, PostResult, SourceFile } from './read-post';

const context: PostContext = { zone: createTimeZone('Asia/Shanghai') };
const file = (relPath = 'posts/hello-world.md'): SourceFile => ({ absPath: `/nowhere/${relPath}`, relPath, displayPath: relPath });

function post(result: PostResult): Post {
  if (result.kind !== 'post') throw new Error(`expected a post, got ${result.kind}`);
  return result.post;
}

describe('convertPost', () => {
  it('maps the front matter of a Hexo post', () => {
    const result = convertPost(file(), [
      '---',
      'title: Hello',
      'date: 2023-07-28 14:29:14',
      'updated: 2023-08-01T09:00:00Z',
      'categories: [Dev, Java]',
      'tags: [Java, JUC]',
      'author: { name: 张三 }',
      'description: A short <b>description</b>',
      '---',
      'Body',
    ].join('\n'), context);
    expect(result.warnings).toEqual([]);
    expect(post(result)).toMatchObject({
      title: 'Hello',
      published: { iso: '2023-07-28T14:29:14+08:00' },
      modified: { iso: '2023-08-01T09:00:00Z' },
      categories: [['Dev', 'Java']],
      tags: ['Dev', 'Java', 'JUC'],
      authors: ['张三'],
      description: 'A short <b>description</b>',
      body: 'Body',
    });
  });

  it('skips drafts marked published: false, also as a string', () => {
    expect(convertPost(file(), '---\npublished: false\n---\n', context).kind).toBe('draft');
    expect(convertPost(file(), '---\npublished: "false"\n---\n', context).kind).toBe('draft');
    expect(convertPost(file(), '---\npublished: true\ntitle: t\ndate: 2020-01-01\n---\n', context).kind).toBe('post');
  });

  // Hexo keeps `published` as a Boolean of its database (warehouse), which casts the strings
  // "false" and "0" to false and anything else as JavaScript's Boolean() does; its YAML reads
  // `False` as false but `no` as the string "no" (YAML 1.2). An empty `published:` is null: the default, published.
  it.each([
    ['false', 'draft'], ['False', 'draft'], ['FALSE', 'draft'], ['"false"', 'draft'], ['0', 'draft'], ['"0"', 'draft'],
    ['no', 'post'], ['off', 'post'], ['null', 'post'], ['', 'post'], ['true', 'post'], ['1', 'post'], ['yes', 'post'],
  ])('reads published: %s as Hexo does: a %s', (value, kind) => {
    expect(convertPost(file(), `---\npublished: ${value}\ntitle: t\ndate: 2020-01-01\n---\n`, context).kind).toBe(kind);
  });

  it('uses the file name as the title when there is none, with a warning', () => {
    const result = convertPost(file('a/My First Post.md'), '---\ndate: 2020-01-01\n---\nbody', context);
    expect(post(result).title).toBe('My First Post');
    expect(result.warnings).toEqual([{ file: 'a/My First Post.md', message: 'no title; using the file name "My First Post"' }]);
  });

  it('reads a file without front matter as an undated post named after the file', () => {
    const result = convertPost(file('notes/plain.md'), '# Plain\n\ntext', context);
    expect(post(result)).toMatchObject({ title: 'plain', body: '# Plain\n\ntext' });
    expect(post(result).published).toBeUndefined();
    expect(result.warnings.map((w) => w.message)).toEqual(['no date; the post is listed after the dated ones', 'no title; using the file name "plain"']);
  });

  it('rejects a date a feed cannot write (Unix seconds in the year 33658), naming the line', () => {
    const result = convertPost(file(), '---\ntitle: t\nupdated: 1e15\n---\n', context);
    expect(result).toMatchObject({ kind: 'rejected', error: { line: 3, message: '`updated` is outside the years 0000-9999 a feed date can have: 1000000000000000 is 33658-09-27T09:46:40+08:00' } });
  });

  it('rejects a date that contains itself (YAML aliases) with a reason, not an internal error', () => {
    const result = convertPost(file(), '---\ntitle: t\ndate: &d {at: *d}\n---\n', context);
    expect(result).toMatchObject({ kind: 'rejected', error: { line: 3, message: '`date` is not a date Hexo accepts: a value that contains itself' } });
  });

  it('drops an image that contains itself with a warning', () => {
    const result = convertPost(file(), '---\ntitle: t\ndate: 2020-01-01\ncover: &c [*c]\n---\n', context);
    expect(result.warnings.map((w) => w.message)).toContain('`cover` dropped: not a URL: a value that contains itself');
  });

  it('rejects an unparseable date, naming the line of the date key', () => {
    const result = convertPost(file(), '\n---\ntitle: t\ndate: someday soon\n---\n', context);
    expect(result.kind).toBe('rejected');
    if (result.kind === 'rejected') expect(result.error).toEqual({ file: 'posts/hello-world.md', line: 4, col: 1, message: '`date` is not a date Hexo accepts: "someday soon"' });
  });

  it('rejects bad YAML, naming the file line', () => {
    const result = convertPost(file(), '---\ntitle: t\ntags: [a\n---\n', context);
    expect(result.kind).toBe('rejected');
    if (result.kind === 'rejected') {
      expect(result.error.file).toBe('posts/hello-world.md');
      expect(result.error.line).toBeGreaterThanOrEqual(3);
      expect(result.error.message).toMatch(/^invalid YAML front matter/);
    }
  });

  it('picks image and banner in Hexo order and drops unsafe URLs with a warning', () => {
    const result = convertPost(file(), [
      '---', 'title: t', 'date: 2020-01-01',
      'thumbnail: "javascript:alert(1)"', 'cover: https://img.example/cover.png', 'banner_img: /img/banner.png', 'headimg: "data:image/png;base64,AAAA"',
      '---',
    ].join('\n'), context);
    expect(post(result)).toMatchObject({ image: 'https://img.example/cover.png', bannerImage: '/img/banner.png' });
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [4, '`thumbnail` dropped: javascript: URLs are not allowed'],
      [7, '`headimg` dropped: data: URLs are not allowed'],
    ]);
  });

  it('resolves relative image paths against the base URL', () => {
    const result = convertPost(file(), '---\ntitle: t\ndate: 2020-01-01\ncover: img/c.png\nbanner_img: /b.png\n---\n', { ...context, baseUrl: 'https://example.com/blog/' });
    expect(post(result)).toMatchObject({ image: 'https://example.com/blog/img/c.png', bannerImage: 'https://example.com/b.png' });
  });

  it('reads authors as strings, objects with a name, or lists', () => {
    expect(post(convertPost(file(), '---\nauthor: [a, {name: b}, a, 7]\n---\n', context)).authors).toEqual(['a', 'b', '7']);
  });
});

describe('readPost', () => {
  const tempDir = tempDirsForEachTest();

  it('rejects a file that is not UTF-8, naming it', async () => {
    const dir = await tempDir();
    const absPath = path.join(dir, 'latin1.md');
    await writeFile(absPath, Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x3a, 0xe9, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]));
    const result = readPost({ absPath, relPath: 'latin1.md', displayPath: 'in/latin1.md' }, context);
    expect(result).toMatchObject({ kind: 'rejected', error: { file: 'in/latin1.md', message: 'not valid UTF-8 text' } });
  });

  it('rejects a file it cannot read, naming it', async () => {
    const dir = await tempDir();
    const result = readPost({ absPath: path.join(dir, 'missing.md'), relPath: 'missing.md', displayPath: 'missing.md' }, context);
    expect(result).toMatchObject({ kind: 'rejected', error: { file: 'missing.md', message: 'cannot read the file (ENOENT)' } });
  });

  // Root reads any file whatever its mode, so readPost runs in a child process
  // as `nobody` when the tests run as root.
  it('rejects a file without read permission', async () => {
    const dir = await tempDir();
    await openToAll(dir);
    const absPath = path.join(dir, 'secret.md');
    await writeFile(absPath, '---\ntitle: t\n---\n');
    await chmod(absPath, 0o000);
    const moduleUrl = (name: string): string => JSON.stringify(pathToFileURL(path.join(ROOT, 'src', 'builder', name)).href);
    const script = `import { readPost } from ${moduleUrl('read-post.ts')}; import { createTimeZone } from ${moduleUrl('dates.ts')};
      const file = { absPath: ${JSON.stringify(absPath)}, relPath: 'secret.md', displayPath: 'secret.md' };
      process.stdout.write(JSON.stringify(readPost(file, { zone: createTimeZone('UTC') })));`;
    const run = await runNode(['--input-type=module', '--eval', script], unprivileged());
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'rejected', error: { message: 'cannot read the file (EACCES)' } });
  }, 30_000); // a Node child loading TypeScript: over 5 s on a loaded machine
});
