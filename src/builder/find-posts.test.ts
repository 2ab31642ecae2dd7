import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirsForEachTest } from '../../test/temp-dirs';
import { findPosts } from './find-posts';

const tempDir = tempDirsForEachTest();

async function tree(root: string, files: string[]): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), '---\ntitle: x\n---\n');
  }
}

describe('findPosts', () => {
  it('finds Markdown posts recursively, sorted by relative path', async () => {
    const root = await tempDir();
    await tree(root, ['b.md', 'a/z.markdown', 'a/y.MD', 'notes.txt', 'a/deep/er/x.md']);
    const { files, problems } = await findPosts(root, root);
    expect(files.map((f) => f.relPath)).toEqual(['a/deep/er/x.md', 'a/y.MD', 'a/z.markdown', 'b.md']);
    expect(files[0]?.displayPath).toBe(path.join('a', 'deep', 'er', 'x.md'));
    expect(problems).toEqual([]);
  });

  it('skips what Hexo skips: dot and underscore names, _drafts, node_modules', async () => {
    const root = await tempDir();
    await tree(root, ['.git/x.md', '.hidden.md', '_drafts/d.md', '_partial.md', 'node_modules/pkg/readme.md', 'ok.md']);
    expect((await findPosts(root, root)).files.map((f) => f.relPath)).toEqual(['ok.md']);
  });

  it('notes each skipped file named like a post, but not the files of a skipped folder', async () => {
    const root = await tempDir();
    await tree(root, ['.md', '.hidden.md', '_partial.markdown', '_drafts/d.md', '.git/x.md', '_notes.txt', 'ok.md']);
    const { skipped } = await findPosts(root, root);
    expect(skipped.map((d) => d.file)).toEqual(['.hidden.md', '.md', '_partial.markdown']);
    expect(skipped[0]?.message).toBe("skipped: a name starting with '.' or '_' is not a post (Hexo's rule)");
  });

  it('names files and folders whose names are not UTF-8 instead of failing to open them', async () => {
    const root = await tempDir();
    const latin1 = (name: string): Buffer => Buffer.concat([Buffer.from(`${root}/caf`), Buffer.from([0xe9]), Buffer.from(name)]);
    await writeFile(latin1('.md'), '---\ntitle: café\n---\n');
    await mkdir(latin1(' dir'));
    await writeFile(latin1('.txt'), 'not a post');
    await tree(root, ['ok.md', 'real \uFFFD.md']);
    const { files, problems } = await findPosts(root, root);
    expect(files.map((f) => f.relPath)).toEqual(['ok.md', 'real \uFFFD.md']);
    expect(problems).toEqual([
      { file: `caf\uFFFD dir${path.sep}`, message: 'the name is not valid UTF-8; rename it to read it' },
      { file: 'caf\uFFFD.md', message: 'the name is not valid UTF-8; rename it to read it' },
    ]);
  });

  it('skips README.md, SOURCES.md and LICENSE.md at the top only', async () => {
    const root = await tempDir();
    await tree(root, ['README.md', 'SOURCES.md', 'LICENSE.md', 'sub/README.md']);
    expect((await findPosts(root, root)).files.map((f) => f.relPath)).toEqual(['sub/README.md']);
  });

  it('follows symbolic links and ends a link loop instead of hanging', async () => {
    const root = await tempDir();
    await tree(root, ['real/post.md']);
    await symlink(path.join(root, 'real'), path.join(root, 'real', 'loop'));
    await symlink(root, path.join(root, 'up'));
    await symlink(path.join(root, 'real', 'post.md'), path.join(root, 'linked.md'));
    const { files } = await findPosts(root, root);
    expect(files.map((f) => f.relPath)).toEqual(['linked.md', 'real/post.md']);
  });

  it('keeps a broken link named like a post, to reject it when read', async () => {
    const root = await tempDir();
    await symlink(path.join(root, 'gone.md'), path.join(root, 'broken.md'));
    expect((await findPosts(root, root)).files.map((f) => f.relPath)).toEqual(['broken.md']);
  });

  it('shows paths relative to the working directory', async () => {
    const root = await tempDir();
    await tree(root, ['in/p.md']);
    const { files } = await findPosts('in', root);
    expect(files[0]).toMatchObject({ relPath: 'p.md', displayPath: path.join('in', 'p.md') });
  });

  it('throws when the input folder itself cannot be read', async () => {
    const root = await tempDir();
    await expect(findPosts(path.join(root, 'missing'), root)).rejects.toThrow(/ENOENT/);
  });
});
