// The output folder: never the posts folder or inside it, never written or
// pruned through a symbolic link, one build at a time. Through build() and
// the command's runBuild().
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, outputProblems } from '../../test/feed-output';
import { tempDirsForEachTest } from '../../test/temp-dirs';
import { BuildIoError, UsageError, build } from './posts-to-feed';
import { LOCK_FILE } from './out-dir';
import { runBuild } from './command-line';

const tempDir = tempDirsForEachTest();

async function postsIn(input: string, count: number): Promise<void> {
  await mkdir(input, { recursive: true });
  for (let i = 0; i < count; i++) await writeFile(path.join(input, `p-${i}.md`), `---\ntitle: P ${i}\ndate: 2024-01-01\n---\nbody ${i}\n`);
}

describe('--out', () => {
  it('is refused when it is the posts folder or lies inside it, and nothing is written', async () => {
    const input = await tempDir();
    await postsIn(input, 2);
    for (const out of [input, path.join(input, 'public'), path.join(input, 'deep', 'er')]) {
      await expect(build({ input, out, cwd: input })).rejects.toThrow(UsageError);
    }
    await expect(build({ input, out: 'public', cwd: input })).rejects.toThrow(`--out public lies inside the posts folder .; choose a folder outside it`);
    await expect(build({ input, out: '.', cwd: input })).rejects.toThrow('--out . is the posts folder; choose a folder outside it');
    expect(await listFiles(input)).toEqual(['p-0.md', 'p-1.md']);
  });

  it('is refused inside the posts folder also when reached through a link', async () => {
    const [input, elsewhere] = [await tempDir(), await tempDir()];
    await postsIn(input, 1);
    await symlink(input, path.join(elsewhere, 'posts-link'));
    await expect(build({ input, out: path.join(elsewhere, 'posts-link', 'out') })).rejects.toThrow(UsageError);
  });

  it('never writes or prunes through a link inside it; the link is named', async () => {
    const [input, out, victim] = [await tempDir(), await tempDir(), await tempDir()];
    await postsIn(input, 60); // the paged layout writes and prunes feed/
    await writeFile(path.join(victim, 'index.0123456789abcdef.json'), 'not the builder’s');
    await symlink(victim, path.join(out, 'feed'));
    await expect(build({ input, out, cwd: out })).rejects.toThrow(new BuildIoError('feed is a symbolic link; the builder never writes through links (remove it)', false));
    expect(await readdir(victim)).toEqual(['index.0123456789abcdef.json']);
    expect(await readFile(path.join(victim, 'index.0123456789abcdef.json'), 'utf8')).toBe('not the builder’s');
  });

  it('may itself be a link (a deploy folder elsewhere)', async () => {
    const [input, place, target] = [await tempDir(), await tempDir(), await tempDir()];
    await postsIn(input, 2);
    await symlink(target, path.join(place, 'public'));
    await build({ input, out: path.join(place, 'public') });
    expect(await outputProblems(target)).toEqual([]);
  });

  it('takes one build at a time: the second stops with "another build is running", exit 2, the first completes', async () => {
    const [input, out] = [await tempDir(), await tempDir()];
    await postsIn(input, 60);
    const lines: string[] = [];
    const io = { stdout: () => undefined, stderr: (line: string) => lines.push(line), cwd: out };
    const codes = await Promise.all([runBuild({ input, out: '.' }, io), runBuild({ input, out: '.' }, io)]);
    expect(codes.sort()).toEqual([0, 2]);
    expect(lines.filter((line) => !line.startsWith('ruwei feed: note: no base URL'))).toEqual([`ruwei feed: another build is running into . (process ${process.pid}); wait for it to finish, or delete ${LOCK_FILE} if no build is running`]);
    expect(await outputProblems(out)).toEqual([]);
    expect((await listFiles(out)).filter((name) => !name.startsWith('feed'))).toEqual(['atom.xml', 'rss.xml']); // the lock is gone
  });

  it('takes over a lock left by a build that was killed', async () => {
    const [input, out] = [await tempDir(), await tempDir()];
    await postsIn(input, 2);
    const gone = spawnSync(process.execPath, ['-e', '0']).pid; // a process id nobody holds now
    await writeFile(path.join(out, LOCK_FILE), `${gone} 0\n`);
    await build({ input, out });
    expect(await outputProblems(out)).toEqual([]);
    expect(await listFiles(out)).toEqual(['atom.xml', 'feed.json', 'rss.xml']);
  });
});
