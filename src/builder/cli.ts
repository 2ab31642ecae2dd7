// `npm run feed -- --input <dir> --out <dir> ...` (see run-feed.ts).
import { runCli } from './run-feed';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
});
