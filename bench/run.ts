// `npm run bench`: every benchmark, one JSON object per line (README, "Tests and benchmarks").
import { benchArticle } from './article';
import { benchBuilder } from './builder';
import { benchBuilderBounds } from './builder-bounds';
import { benchList } from './list';
import { benchNestedHeadings } from './nested-headings';
import type { BenchResult } from './result';
import { benchSearch } from './search';

const suites: (() => Promise<BenchResult[]>)[] = [benchBuilder, benchBuilderBounds, benchList, benchArticle, benchNestedHeadings, benchSearch];

for (const suite of suites) {
  for (const result of await suite()) process.stdout.write(`${JSON.stringify(result)}\n`);
}
