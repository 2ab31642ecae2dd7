// Search over 10,000 posts, measured in Node with the modules the search
// worker runs (src/search/search-engine.ts), on the seed post's text:
//   search.index_10k_ms      building the index of 10,000 items (text extraction included)
//   search.query_10k_ms      median of 20 Chinese and English queries on it
//   search.index_gz_kb_10k   the index as JSON (MiniSearch's format), gzip -9
//   search.index_titles_gz_kb_10k  the same over titles and summaries only (the
//                            first shard a prebuilt index for large sites would be)
// Baselines, in the same run: extracting the items' text alone; one query
// through the 9-post sample-size index.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { searchDoc, type SearchSource } from '../src/search/search-docs';
import { createSearchEngine } from '../src/search/search-engine';
import { benchResult, median, type BenchResult } from './result';
import { SEED_FILE } from './seed-posts';

const COUNT = 10_000;
const WORDS = ['React', 'Hexo', 'TypeScript', 'DNS', 'Alpine', 'SpringBoot', '入微', '票房', '勒索', '服装'];
export const QUERIES = [
  '视频号激励', '视频号 激励', '微信支付', '小程序', '搜一搜', '企业微信', '创作者激励计划', '公开课', '张小龙', '付费直播',
  'react', 'typescript', 'hexo', 'dns', 'alpine', 'springboot', 'rea', 'type', 'PRO', 'zzyzx',
];

function items(): SearchSource[] {
  const seed = readFileSync(SEED_FILE, 'utf8');
  const html = seed.slice(seed.indexOf('\n---\n', seed.indexOf('---') + 3) + 5);
  return Array.from({ length: COUNT }, (_, i) => ({
    slug: `post-${i}`,
    title: `微信将迎来一大波改版，有哪些新机会？（第 ${i + 1} 篇）${WORDS[i % WORDS.length]}`,
    summary: `${WORDS[(i * 7) % WORDS.length]} 1 月 6 日，微信公开课 PRO 在广州举行。`,
    contentHtml: `<p>${WORDS[(i * 3) % WORDS.length]} post ${i}</p>${html}`,
    tags: ['新媒体'],
    published: Date.UTC(2022, 0, 7) - i * 3_600_000,
  }));
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

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
  const gzKb = gzipSync(JSON.stringify(engine.toJSON()), { level: 9 }).length / 1024;
  const titles = createSearchEngine(sources.map((source) => searchDoc({ ...source, contentHtml: '' })));
  const titlesGzKb = gzipSync(JSON.stringify(titles.toJSON()), { level: 9 }).length / 1024;
  return [
    benchResult('search.index_10k_ms', indexMs, 'ms', textMs, 0),
    benchResult('search.query_10k_ms', queryMs, 'ms', smallMs, 2),
    benchResult('search.index_gz_kb_10k', gzKb, 'KB', null, 0),
    benchResult('search.index_titles_gz_kb_10k', titlesGzKb, 'KB', null, 0),
  ];
}
