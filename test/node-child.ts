// Child Node processes for builder tests. TypeScript runs through tsx's
// loader inside the child itself, not under the `tsx` command, which starts
// the real program as a grandchild: a SIGKILL sent to the child must reach
// the builder. When the tests run as root the child can run as `nobody`,
// because root reads any file whatever its mode (chmod 000 proves nothing).
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { chmod } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const CLI = path.join(ROOT, 'src', 'builder', 'feed-command.ts');
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export type Run = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };
export type User = { uid?: number; gid?: number };

/** The user `nobody` when this process is root, else this process' own user (empty). */
export function unprivileged(): User {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string): number => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Lets any user into `dir` (mkdtemp makes folders only their owner may enter). */
export async function openToAll(dir: string, mode = 0o755): Promise<void> {
  await chmod(dir, mode);
}

/** `node --import tsx <args>`, with stdout and stderr piped. */
export function spawnNode(args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, ['--import', TSX_LOADER, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

/** Runs `node --import tsx <args>` to the end and collects its output. */
export function runNode(args: readonly string[], options: SpawnOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawnNode(args, options);
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
