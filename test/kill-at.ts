// A builder run that kills itself with SIGKILL at one chosen step of writing,
// for src/builder/feed-command.sigkill.test.ts:
//   node --import tsx test/kill-at.ts <step> <n> <input> <out>
// The step is seen through the output file system build() is given (its `fs`
// option), so the kill lands at exactly that step on every run, however
// loaded the machine: no watcher, no timer. Before dying it writes
// `killed at <step> <n>` to stderr, so the test knows the kill happened there.
import { writeSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { runBuild } from '../src/builder/command-line';
import type { OutputFs } from '../src/builder/write-output';

const KILL_STEPS = {
  /** the nth item file renamed into feed/items/ */
  'item-renamed': (op: string, target: string) => op === 'rename' && path.basename(path.dirname(target)) === 'items',
  /** the nth index page renamed into feed/pages/ */
  'page-renamed': (op: string, target: string) => op === 'rename' && path.basename(path.dirname(target)) === 'pages',
  /** the manifest renamed into feed/ */
  'manifest-renamed': (op: string, target: string) => op === 'rename' && path.basename(target).startsWith('index.'),
  /** feed.json's temp file written, not yet renamed */
  'feed-temp-written': (op: string, target: string) => op === 'writeFile' && path.basename(target).startsWith('.feed.json.'),
  /** feed.json renamed (the commit point), nothing pruned yet */
  'feed-renamed': (op: string, target: string) => op === 'rename' && path.basename(target) === 'feed.json',
  /** the nth stale file deleted after the commit */
  'pruned': (op: string) => op === 'unlink',
} as const;

export type KillStep = keyof typeof KILL_STEPS;

function killingFs(step: KillStep, nth: number): OutputFs {
  const matches = KILL_STEPS[step];
  let seen = 0;
  const after = (op: string, target: string): void => {
    if (!matches(op, target) || ++seen !== nth) return;
    writeSync(2, `killed at ${step} ${nth}\n`);
    process.kill(process.pid, 'SIGKILL');
  };
  return {
    ...nodeFs,
    writeFile: async (file, data) => {
      await nodeFs.writeFile(file, data);
      after('writeFile', String(file));
    },
    rename: async (from, to) => {
      await nodeFs.rename(from, to);
      after('rename', String(to));
    },
    unlink: async (file) => {
      await nodeFs.unlink(file);
      after('unlink', String(file));
    },
  };
}

const [step, nth, input, out] = process.argv.slice(2);
if (!step || !(step in KILL_STEPS) || !input || !out) throw new Error('usage: kill-at.ts <step> <n> <input> <out>');
process.exitCode = await runBuild(
  { input, out, fs: killingFs(step as KillStep, Number(nth)) },
  { stdout: (line) => process.stdout.write(`${line}\n`), stderr: (line) => process.stderr.write(`${line}\n`), cwd: process.cwd() },
);
