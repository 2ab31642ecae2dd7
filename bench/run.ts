// `npm run bench`: every benchmark, one JSON object per line (README, "Tests and benchmarks").
import { benchArticle } from './article';
import { benchBuilder } from './builder';
import { benchList } from './list';
import type { BenchResult } from './result';

const suites: (() => Promise<BenchResult[]>)[] = [benchBuilder, benchList, benchArticle];

for (const suite of suites) {
  for (const result of await suite()) process.stdout.write(`${JSON.stringify(result)}\n`);
}
