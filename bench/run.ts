// `npm run bench`: every benchmark, one JSON object per line (contract §6).
import { benchArticle } from './article';
import type { BenchResult } from './result';

const suites: (() => Promise<BenchResult[]>)[] = [benchArticle];

for (const suite of suites) {
  for (const result of await suite()) process.stdout.write(`${JSON.stringify(result)}\n`);
}
