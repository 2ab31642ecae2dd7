// `npm run bench`: every benchmark, one JSON object per line (README, "Tests and benchmarks").
import { benchArticle } from './article';
import { benchBuilder } from './builder';
import { benchBuilderBounds } from './builder-bounds';
import { benchBuilderCode } from './builder-code';
import { benchBundle } from './bundle';
import { benchList } from './list';
import { benchNestedHeadings } from './nested-headings';
import { benchPrerender } from './prerender';
import { benchPrerenderLcp } from './prerender-lcp';
import type { BenchResult } from './result';
import { benchSearch } from './search';

const suites: (() => Promise<BenchResult[]>)[] = [benchBuilder, benchBuilderBounds, benchBuilderCode, benchBundle, benchList, benchArticle, benchNestedHeadings, benchPrerender, benchPrerenderLcp, benchSearch];

for (const suite of suites) {
  for (const result of await suite()) process.stdout.write(`${JSON.stringify(result)}\n`);
}
