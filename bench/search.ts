// Search over 10,000 posts, measured in Node with the modules the search
// worker runs (src/search/search-engine.ts) and the builder's prebuilt index
// (src/builder/search-index.ts):
//   search.index_10k_ms            building the index of 10,000 items in the worker (a plain feed; text extraction included)
//   search.query_10k_ms            median of 20 Chinese and English queries on it
//   search.index_gz_kb_10k         what a large site's reader downloads before the first result:
//                                  the prebuilt index's first part, gzip -9 (budget 1.5 MB)
//   search.body_shards_gz_kb_10k   the body shards loaded after the first results, gzip -9, all together
//   search.prebuild_10k_ms         the builder writing the first part and the shards
//   search.query_prebuilt_10k_ms   the 20 queries on the prebuilt index with every shard loaded
// The posts are made of sentences of real posts (the seed and the fixture
// corpus) drawn in a fixed pseudo-random order: each post has text of its
// own, so gzip cannot reuse one post's text for the next (identical posts
// would compress to almost nothing and flatter the sizes), while the
// vocabulary stays that of real Chinese and English posts. Summaries are as
// long as the builder's (about 190 characters), titles as real ones.
// Baselines, in the same run: extracting the items' text alone; one query
// through the 9-post sample-size index; the worker's own index and queries.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SearchIndexAssembler } from '../src/builder/search-index';
import type { WireItem } from '../src/feed/wire';
import { htmlWordText } from '../src/lib/html-text';
import { searchDoc } from '../src/lib/search-index-format';
import type { SearchSource } from '../src/search/search-docs';
import { createSearchEngine, PrebuiltSearchEngine } from '../src/search/search-engine';
import { benchResult, budgetResult, median, type BenchResult } from './result';
import { SEED_FILE } from './seed-posts';

const COUNT = 10_000;
const WORDS = ['React', 'Hexo', 'TypeScript', 'DNS', 'Alpine', 'SpringBoot', '入微', '票房', '勒索', '服装'];
export const QUERIES = [
  '视频号激励', '视频号 激励', '微信支付', '小程序', '搜一搜', '企业微信', '创作者激励计划', '公开课', '张小龙', '付费直播',
  'react', 'typescript', 'hexo', 'dns', 'alpine', 'springboot', 'rea', 'type', 'PRO', 'zzyzx',
];
/** The first download's budget (issue: at most 1.5 MB gzip for 10,000 posts). */
const FIRST_PART_BUDGET_KB = 1536;

function sentences(): string[] {
  const corpus = path.dirname(SEED_FILE);
  const texts = readdirSync(corpus).filter((name) => name.endsWith('.md')).map((name) => readFileSync(path.join(corpus, name), 'utf8'));
  return texts
    .flatMap((text) => htmlWordText(text.slice(text.indexOf('\n---', 4) + 4)).split(/(?<=[。！？.!?])\s*/))
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.length > 4);
}

function items(): SearchSource[] {
  const pool = sentences();
  let state = 1;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const text = (length: number) => {
    let out = '';
    while (out.length < length) out += pool[Math.floor(next() * pool.length)];
    return out.slice(0, length);
  };
  return Array.from({ length: COUNT }, (_, i) => ({
    slug: `post-${i}`,
    title: `${text(24)} ${WORDS[i % WORDS.length]}`,
    summary: `${WORDS[(i * 7) % WORDS.length]} ${text(185)}`,
    contentHtml: `<p>${WORDS[(i * 3) % WORDS.length]} post ${i}</p><p>${text(2_600)}</p><h2>${text(12)}</h2><p>${text(2_600)}</p>`,
    tags: ['新媒体', `tag-${i % 13}`],
    published: Date.UTC(2022, 0, 7) - i * 3_600_000,
  }));
}

function wireItem(source: SearchSource): WireItem {
  return {
    id: source.slug,
    title: source.title,
    summary: source.summary,
    content_html: source.contentHtml,
    date_published: new Date(source.published!).toISOString(),
    tags: source.tags,
    _ruwei: { slug: source.slug },
  };
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const gzKb = (data: string) => gzipSync(data, { level: 9 }).length / 1024;

export async function benchSearch(): Promise<BenchResult[]> {
  const sources = items();
  const textMs = time(() => sources.map(searchDoc));
  let engine = createSearchEngine([]);
  const indexMs = time(() => {
    engine = createSearchEngine(sources.map(searchDoc));
  });
  const small = createSearchEngine(sources.slice(0, 9).map(searchDoc));
  const smallMs = median(QUERIES.map((query) => time(() => small.search(query))));
  const queryMs = median(QUERIES.map((query) => time(() => engine.search(query))));
  engine = createSearchEngine([]); // let the worker's index go before the builder's is made

  const wire = sources.map(wireItem);
  let files = new SearchIndexAssembler().finish();
  const prebuildMs = time(() => {
    const assembler = new SearchIndexAssembler();
    for (const item of wire) assembler.add(item);
    files = assembler.finish();
  });
  const prebuilt = new PrebuiltSearchEngine(JSON.parse(files.head.data));
  for (const shard of files.shards) prebuilt.addShard(JSON.parse(shard.data), shard.path);
  const prebuiltMs = median(QUERIES.map((query) => time(() => prebuilt.search(query))));
  const shardsKb = files.shards.reduce((sum, shard) => sum + gzKb(shard.data), 0);
  return [
    benchResult('search.index_10k_ms', indexMs, 'ms', textMs, 0),
    benchResult('search.query_10k_ms', queryMs, 'ms', smallMs, 2),
    budgetResult('search.index_gz_kb_10k', gzKb(files.head.data), 'KB', FIRST_PART_BUDGET_KB, 0),
    benchResult('search.body_shards_gz_kb_10k', shardsKb, 'KB', null, 0),
    benchResult('search.prebuild_10k_ms', prebuildMs, 'ms', indexMs, 0),
    benchResult('search.query_prebuilt_10k_ms', prebuiltMs, 'ms', queryMs, 2),
  ];
}
