// Feeds made to measure for browser tests and benchmarks, written once into
// .cache/e2e/<key>/ (see GENERATED in server.ts) and served under /__gen/.
// Test workers run in parallel and may ask for the same file at once: every
// file and site appears by an atomic rename, so no one ever reads half of one.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GENERATED } from './server';

export function writeGenerated(file: string, data: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
}

const CATEGORIES = ['资讯', '快讯', '新媒体', '科技', '商业', 'Dev', 'Java', '生活', '设计', '读书'];
const DAY = 86_400_000;

export function generatedItem(n: number) {
  const category = CATEGORIES[n % CATEGORIES.length]!;
  return {
    id: `post-${n}`,
    title: `第 ${n} 篇：${category}的细节 Post ${n}`,
    summary: `${'这是一段用于测试的摘要，'.repeat(8)}Summary of post ${n}.`,
    content_text: `Body of post ${n}`,
    date_published: new Date(Date.UTC(2026, 0, 1) - n * DAY / 4).toISOString(),
    tags: [category, n % 3 === 0 ? '精选' : '日常'],
  };
}

/** A plain JSON Feed of `count` items (newest first), path under /__gen/. */
export function plainFeed(count: number): string {
  const name = `plain-${count}.json`;
  const file = join(GENERATED, name);
  if (!existsSync(file)) {
    const items = Array.from({ length: count }, (_, n) => generatedItem(n));
    writeGenerated(file, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: `Generated ${count}`, items }));
  }
  return `/__gen/${name}`;
}

const SECTIONS = ['资讯', '快讯', '深度'];

function hexoPost(n: number, body: string): string {
  const date = new Date(Date.UTC(2026, 0, 1) - n * DAY / 4).toISOString();
  return [
    '---',
    `title: '第 ${n} 篇：大站的文章 Post ${n}'`,
    'categories:',
    '  - 新媒体',
    '  - 36kr',
    `  - ${SECTIONS[n % SECTIONS.length]}`,
    `tags: [tag-${n % 7}]`,
    `date: ${date}`,
    '---',
    body,
  ].join('\n');
}

/**
 * A large site as the builder writes it (paged index, one file per item),
 * from `count` generated Hexo posts; `body` is each post's Markdown/HTML.
 * Returns the feed's path under /__gen/.
 */
export async function builtSite(count: number, name: string, body: (n: number) => string): Promise<string> {
  const out = join(GENERATED, name);
  if (!existsSync(out)) {
    const mine = `${out}.${process.pid}`;
    const input = `${mine}-posts`;
    mkdirSync(input, { recursive: true });
    for (let n = 0; n < count; n++) writeFileSync(join(input, `post-${n}.md`), hexoPost(n, body(n)));
    const { build } = await import('../../src/builder/posts-to-feed');
    await build({ input, out: mine, title: `Site ${count}` });
    rmSync(input, { recursive: true, force: true });
    try {
      renameSync(mine, out);
    } catch {
      // Another worker finished the same site first: it is identical.
      rmSync(mine, { recursive: true, force: true });
    }
  }
  return `/__gen/${name}/feed.json`;
}

/** The large site most specs browse: 240 posts, past the 50 that make a paged index. */
export function site240(): Promise<string> {
  return builtSite(240, 'site-240', (n) => `<p>${'正文内容。'.repeat(200)}</p>\n\n## 小节 ${n}\n\n${'More text. '.repeat(100)}`);
}

/** A syntactically valid JSON Feed of about `megabytes` MB, for the size cap. */
export function hugeFeed(megabytes: number): string {
  const name = `huge-${megabytes}mb.json`;
  const file = join(GENERATED, name);
  if (!existsSync(file)) {
    const filler = 'x'.repeat(1024 * 1024 - 200);
    const items = Array.from({ length: megabytes }, (_, n) => ({ id: `big-${n}`, title: `Big ${n}`, content_text: filler }));
    writeGenerated(file, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Huge', items }));
  }
  return `/__gen/${name}`;
}
