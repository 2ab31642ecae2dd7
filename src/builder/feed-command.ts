// `npm run feed -- --input <dir> --out <dir> ...` (see command-line.ts).
import { runCli } from './command-line';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
});
