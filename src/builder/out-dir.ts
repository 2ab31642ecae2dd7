// The output folder before anything is written to it:
// - it must not be the posts folder or lie inside it (the feed would be read
//   back as posts on the next run, and the prune would work among the posts);
// - the builder's own names in it (feed.json, feed/, feed/items/,
//   feed/pages/) must not be symbolic links: writes and the prune stay in
//   the folder, never in a link's target. --out itself may be a link (a
//   deploy folder elsewhere): it is resolved once;
// - one build at a time: a lock file holds the builder's process id, so a
//   second build into the same folder stops with "another build is running"
//   instead of pruning the first one's temp files. A lock left by a process
//   that is gone (killed) is taken over.
import { lstat, mkdir, open, readFile, realpath, unlink } from 'node:fs/promises';
import path from 'node:path';

export const LOCK_FILE = '.ruwei-build.lock';
const OWN_NAMES = ['feed.json', 'feed', 'feed/items', 'feed/pages'];
let lockCounter = 0;

/** Why the output folder cannot be used; the message names it. */
export class OutDirError extends Error {
  override name = 'OutDirError';
  /** 'usage': the command names a wrong folder; 'busy': another build holds it; 'link': a link inside it. */
  readonly kind: 'usage' | 'busy' | 'link';

  constructor(message: string, kind: OutDirError['kind']) {
    super(message);
    this.kind = kind;
  }
}

export type OutLock = { release: () => Promise<void> };

/**
 * Checks `outDir` against `inputDir` (both absolute), creates it, checks the
 * builder's names in it and takes the lock. `shown` names a path for messages.
 */
export async function prepareOutDir(inputDir: string, outDir: string, shown: (target: string) => string): Promise<OutLock> {
  const [realInput, realOut] = await Promise.all([realpath(inputDir), realPathOf(outDir)]);
  if (realOut === realInput) throw new OutDirError(`--out ${shown(outDir)} is the posts folder; choose a folder outside it`, 'usage');
  if (realOut.startsWith(realInput + path.sep) || (realInput === path.sep && realOut !== path.sep)) {
    throw new OutDirError(`--out ${shown(outDir)} lies inside the posts folder ${shown(inputDir)}; choose a folder outside it`, 'usage');
  }
  await mkdir(outDir, { recursive: true });
  for (const name of OWN_NAMES) {
    const target = path.join(outDir, ...name.split('/'));
    const stats = await lstat(target).catch(() => undefined);
    if (stats?.isSymbolicLink()) throw new OutDirError(`${shown(target)} is a symbolic link; the builder never writes through links (remove it)`, 'link');
  }
  return lock(path.join(outDir, LOCK_FILE), shown);
}

/** The real path of `target`, which may not exist yet (its nearest existing parent resolved). */
async function realPathOf(target: string): Promise<string> {
  const rest: string[] = [];
  for (let at = target; ; at = path.dirname(at)) {
    try {
      return path.join(await realpath(at), ...rest.reverse());
    } catch (error) {
      if (path.dirname(at) === at || (error as { code?: unknown }).code !== 'ENOENT') throw error;
      rest.push(path.basename(at));
    }
  }
}

async function lock(file: string, shown: (target: string) => string): Promise<OutLock> {
  const token = `${process.pid} ${lockCounter++}\n`;
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(token);
      await handle.close();
      break;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST' || attempt > 0) throw error;
      const holder = await readFile(file, 'utf8').catch(() => '');
      const pid = Number.parseInt(holder, 10);
      if (holder === '' || isRunning(pid)) {
        throw new OutDirError(`another build is running into ${shown(path.dirname(file))}${Number.isInteger(pid) ? ` (process ${pid})` : ''}; wait for it to finish, or delete ${shown(file)} if no build is running`, 'busy');
      }
      await unlink(file).catch(() => undefined); // left by a build that was killed
    }
  }
  return {
    release: async () => {
      // Only our own lock: never one a later build took over.
      if ((await readFile(file, 'utf8').catch(() => '')) === token) await unlink(file).catch(() => undefined);
    },
  };
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true; // another build in this process
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === 'EPERM'; // alive, another user's
  }
}
