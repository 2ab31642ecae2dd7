// Symbolic links and special files in the input folder, through the real
// build(): no hang, no crash; each link is followed once or named. Links are
// followed inside the input folder only, unless the publisher opts in with
// followExternalLinks; /proc, /sys and /dev are never read (see find-posts.ts).
// The number of cases is stated in TESTING.md.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputProblems, readFeedOutput } from '../../test/feed-output';
import { tempDirsForEachTest } from '../../test/temp-dirs';
import { build } from './posts-to-feed';
import type { BuildReport } from './posts-to-feed';

const tempDir = tempDirsForEachTest();

async function post(file: string, title = path.basename(file, '.md')): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `---\ntitle: ${title}\ndate: 2024-01-01\n---\nbody\n`);
}

/** Builds `input` with a time limit (a hang fails the test instead of stalling it), paths shown relative to it. */
async function buildWithin(input: string, followExternalLinks = false): Promise<{ report: BuildReport; ids: string[]; problems: string[]; out: string }> {
  const out = await tempDir();
  const timeout = new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error('build did not finish in 10 s')), 10_000).unref());
  const report = await Promise.race([build({ input, out, cwd: input, followExternalLinks }), timeout]);
  const { items } = await readFeedOutput(out);
  return { report, ids: items.map((item) => item.id).sort(), problems: await outputProblems(out), out };
}

/** Every byte the build wrote, as text. */
async function everythingWritten(out: string): Promise<string> {
  const names = await readdir(out, { recursive: true, withFileTypes: true });
  const files = names.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return (await Promise.all(files.map((file) => readFile(file, 'utf8')))).join('\n');
}

const diagnostics = (list: BuildReport['notes']) => list.map((d) => [d.file, d.message]);

describe('build() with symbolic links', () => {
  it('walks a folder linked to its own parent once', async () => {
    const input = await tempDir();
    await post(path.join(input, 'sub', 'a.md'));
    await symlink('..', path.join(input, 'sub', 'up'));
    const { report, ids } = await buildWithin(input);
    expect(ids).toEqual(['a']);
    expect([report.rejected, report.notes]).toEqual([[], []]);
  });

  it('walks two folders that link to each other once each', async () => {
    const input = await tempDir();
    await post(path.join(input, 'a', 'x.md'));
    await post(path.join(input, 'b', 'y.md'));
    await symlink(path.join(input, 'b'), path.join(input, 'a', 'to-b'));
    await symlink(path.join(input, 'a'), path.join(input, 'b', 'to-a'));
    const { report, ids } = await buildWithin(input);
    expect(ids).toEqual(['x', 'y']);
    expect(report.rejected).toEqual([]);
  });

  it('rejects a post linked to itself and notes a folder-like link to itself', async () => {
    const input = await tempDir();
    await post(path.join(input, 'ok.md'));
    await symlink('self.md', path.join(input, 'self.md'));
    await symlink('loop', path.join(input, 'loop'));
    await symlink('pong', path.join(input, 'ping'));
    await symlink('ping', path.join(input, 'pong'));
    const { report, ids } = await buildWithin(input);
    expect(ids).toEqual(['ok']);
    expect(diagnostics(report.rejected)).toEqual([['self.md', 'cannot read the file (ELOOP)']]);
    expect(diagnostics(report.notes)).toEqual([
      ['loop', 'skipped: a broken symbolic link (ELOOP)'],
      ['ping', 'skipped: a broken symbolic link (ELOOP)'],
      ['pong', 'skipped: a broken symbolic link (ELOOP)'],
    ]);
  });

  it('rejects a dangling link named like a post and notes any other dangling link', async () => {
    const input = await tempDir();
    await post(path.join(input, 'ok.md'));
    await symlink('missing.md', path.join(input, 'gone.md'));
    await symlink(path.join(input, 'moved-away'), path.join(input, 'old-folder'));
    const { report, ids, problems } = await buildWithin(input);
    expect(ids).toEqual(['ok']);
    expect(problems).toEqual([]);
    expect(diagnostics(report.rejected)).toEqual([['gone.md', 'cannot read the file (ENOENT)']]);
    expect(diagnostics(report.notes)).toEqual([['old-folder', 'skipped: a broken symbolic link (ENOENT)']]);
  });

  it('skips links to a file and to a folder outside the input folder, naming each', async () => {
    const [input, elsewhere] = [await tempDir(), await tempDir()];
    await post(path.join(input, 'ok.md'));
    await post(path.join(elsewhere, 'far-away.md'), 'Far');
    await post(path.join(elsewhere, 'shared', 'common.md'), 'Common');
    await symlink(path.join(elsewhere, 'far-away.md'), path.join(input, 'near.md'));
    await symlink(path.join(elsewhere, 'shared'), path.join(input, 'linked-folder'));
    await symlink(path.join(elsewhere, 'far-away.md'), path.join(input, 'picture.png')); // not a post: nothing to say
    const { report, ids } = await buildWithin(input);
    expect(ids).toEqual(['ok']);
    expect(report.rejected).toEqual([]);
    const leaves = (target: string) => `skipped: the link leads out of the input folder (to ${target}); pass --follow-external-links to publish what it points at`;
    expect(diagnostics(report.notes)).toEqual([
      ['linked-folder', leaves(path.join(elsewhere, 'shared'))],
      ['near.md', leaves(path.join(elsewhere, 'far-away.md'))],
    ]);
  });

  it('follows links out of the input folder when asked to, slugged by the link name', async () => {
    const [input, elsewhere] = [await tempDir(), await tempDir()];
    await post(path.join(elsewhere, 'far-away.md'), 'Far');
    await post(path.join(elsewhere, 'shared', 'common.md'), 'Common');
    await symlink(path.join(elsewhere, 'far-away.md'), path.join(input, 'near.md'));
    await symlink(path.join(elsewhere, 'shared'), path.join(input, 'linked-folder'));
    const { report, ids } = await buildWithin(input, true);
    expect(ids).toEqual(['common', 'near']);
    expect([report.rejected, report.notes]).toEqual([[], []]);
  });

  it('follows a link that stays inside the input folder, also through another link', async () => {
    const input = await tempDir();
    await post(path.join(input, 'real', 'a.md'), 'A');
    await symlink(path.join(input, 'real'), path.join(input, 'alias'));
    await symlink(path.join('alias', 'a.md'), path.join(input, 'b.md'));
    const { report, ids } = await buildWithin(input);
    expect(ids).toEqual(['a', 'b']);
    expect([report.rejected, report.notes]).toEqual([[], []]);
  });

  it('publishes nothing of /proc/self/environ, /etc/passwd or / and names each link', async () => {
    const passwd = await readFile('/etc/passwd', 'utf8');
    const secret = `RUWEI_TEST_SECRET_${process.pid}`;
    process.env[secret] = 'do-not-publish-me';
    try {
      const input = await tempDir();
      await post(path.join(input, 'ok.md'));
      await symlink('/proc/self/environ', path.join(input, 'environ.md'));
      await symlink('/etc/passwd', path.join(input, 'passwd.md'));
      await symlink('/', path.join(input, 'root'));
      const { report, ids, out } = await buildWithin(input);
      const written = await everythingWritten(out);
      expect(written).not.toContain('do-not-publish-me');
      expect(written).not.toContain(passwd.split('\n')[0]);
      expect(ids).toEqual(['ok']);
      expect(report.rejected).toEqual([]);
      expect(report.notes.map((note) => note.file)).toEqual(['environ.md', 'passwd.md', 'root']);
      expect(report.notes[0]?.message).toMatch(/^skipped: the link leads to \/proc\/\d+\/environ, a system file, which is never read$/);
      expect(report.notes[1]?.message).toBe('skipped: the link leads out of the input folder (to /etc/passwd); pass --follow-external-links to publish what it points at');
      expect(report.notes[2]?.message).toBe('skipped: the link leads out of the input folder (to /); pass --follow-external-links to publish what it points at');
    } finally {
      delete process.env[secret];
    }
  });

  it('never follows a link into /proc, also with links out of the folder allowed', async () => {
    const input = await tempDir();
    await post(path.join(input, 'ok.md'));
    await symlink('/proc/self/environ', path.join(input, 'environ.md'));
    await symlink('/proc', path.join(input, 'proc'));
    const { report, ids } = await buildWithin(input, true);
    expect(ids).toEqual(['ok']);
    expect(diagnostics(report.notes)).toEqual([
      ['environ.md', expect.stringMatching(/^skipped: the link leads to \/proc\/\d+\/environ, a system file, which is never read$/)],
      ['proc', 'skipped: the link leads to /proc, a system file, which is never read'],
    ]);
  });

  it('notes a FIFO and a device named like posts without opening them', async () => {
    const input = await tempDir();
    await post(path.join(input, 'ok.md'));
    execFileSync('mkfifo', [path.join(input, 'pipe.md')]); // opening it for reading would block forever
    await symlink('/dev/zero', path.join(input, 'zero.md')); // reading it would never end
    for (const followExternalLinks of [false, true]) {
      const { report, ids } = await buildWithin(input, followExternalLinks);
      expect(ids).toEqual(['ok']);
      expect(diagnostics(report.notes)).toEqual([
        ['pipe.md', 'skipped: not a regular file'],
        ['zero.md', 'skipped: the link leads to /dev/zero, a system file, which is never read'],
      ]);
    }
  });
});
