// Posts and folders the builder cannot read, through the real command in a
// child process. chmod 000 does not stop root, so when the tests run as root
// the command runs as `nobody` (test/node-child.ts).
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { solidPng } from '../../test/support/png';
import { outputProblems, readFeedOutput } from '../../test/feed-output';
import { CLI, openToAll, runNode, unprivileged } from '../../test/node-child';
import { tempDirsForEachTest } from '../../test/temp-dirs';

const tempDir = tempDirsForEachTest();
const locked: string[] = [];

afterEach(async () => {
  // Give the owner its way back in, so the temp folders can be removed.
  await Promise.all(locked.splice(0).map((p) => chmod(p, 0o755)));
});

async function lock(target: string): Promise<void> {
  await chmod(target, 0o000);
  locked.push(target);
}

/** A site folder any user may read, with posts/ and a writable out/. */
async function site(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await tempDir();
  await openToAll(dir);
  for (const [name, data] of Object.entries({ 'posts/good.md': '---\ntitle: Good\ndate: 2024-01-01\n---\nok\n', ...files })) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true, mode: 0o755 });
    await writeFile(path.join(dir, name), data, { mode: 0o644 });
  }
  await mkdir(path.join(dir, 'out'), { mode: 0o777 });
  await chmod(path.join(dir, 'out'), 0o777);
  return dir;
}

function feed(dir: string, ...args: string[]) {
  return runNode([CLI, '--input', 'posts', '--out', 'out', ...args], { cwd: dir, ...unprivileged(), timeout: 30_000 });
}

describe('npm run feed with posts it cannot read', () => {
  it('names an unreadable post and an unreadable folder, writes the rest and exits 1', async () => {
    const dir = await site({ 'posts/secret.md': '---\ntitle: Secret\n---\n', 'posts/locked/inner.md': '---\ntitle: Inner\n---\n', 'posts/open/fine.md': '---\ntitle: Fine\n---\n' });
    await lock(path.join(dir, 'posts', 'secret.md'));
    await lock(path.join(dir, 'posts', 'locked'));
    const result = await feed(dir);
    expect(result.stderr.split('\n').filter((line) => line.includes('error:'))).toEqual([
      `${path.join('posts', 'locked')}${path.sep}: error: cannot read the folder (EACCES)`,
      `${path.join('posts', 'secret.md')}: error: cannot read the file (EACCES)`,
    ]);
    expect(result.code).toBe(1);
    expect(await outputProblems(path.join(dir, 'out'))).toEqual([]);
    expect((await readFeedOutput(path.join(dir, 'out'))).items.map((item) => item.id).sort()).toEqual(['fine', 'good']);
  }, 40_000);

  it('exits 2 with a usage hint when the input folder itself cannot be read', async () => {
    const dir = await site({});
    await lock(path.join(dir, 'posts'));
    const result = await feed(dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ruwei feed: cannot read the input folder posts \(EACCES\)$/m);
    expect(result.stderr).toMatch(/^usage: npm run feed/m);
  }, 40_000);

  it('exits 2 and names the folder when the output cannot be written', async () => {
    const dir = await site({});
    await chmod(path.join(dir, 'out'), 0o555);
    const result = await feed(dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ruwei feed: cannot write the feed to out: EACCES/m);
  }, 40_000);

  it('rejects posts in other encodings by name (Latin-1, UTF-16 with BOM, a PNG), exit 1', async () => {
    const dir = await site({
      'posts/latin1.md': Buffer.from('---\ntitle: café\n---\nà la carte\n', 'latin1'),
      'posts/utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\ntitle: wide\n---\n', 'utf16le')]),
      'posts/picture.md': solidPng(8, 8),
    });
    const result = await feed(dir);
    expect(result.stderr.split('\n').filter((line) => line.includes('error:'))).toEqual(['latin1.md', 'picture.md', 'utf16.md'].map((name) => `${path.join('posts', name)}: error: not valid UTF-8 text`));
    expect(result.stdout).toMatch(/1 post → .* \(3 rejected\)/);
    expect(result.code).toBe(1);
  }, 40_000);
});
