// Feeds made to measure for browser tests and benchmarks, written once into
// .cache/e2e/ and served under /__gen/.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED } from './server';

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
    mkdirSync(GENERATED, { recursive: true });
    const items = Array.from({ length: count }, (_, n) => generatedItem(n));
    writeFileSync(file, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: `Generated ${count}`, items }));
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
  if (!existsSync(join(out, 'feed.json'))) {
    const input = join(GENERATED, `${name}-posts`);
    mkdirSync(input, { recursive: true });
    for (let n = 0; n < count; n++) writeFileSync(join(input, `post-${n}.md`), hexoPost(n, body(n)));
    const { build } = await import('../../src/builder/build');
    await build({ input, out, title: `Site ${count}` });
  }
  return `/__gen/${name}/feed.json`;
}

/** A syntactically valid JSON Feed of about `megabytes` MB, for the size cap. */
export function hugeFeed(megabytes: number): string {
  const name = `huge-${megabytes}mb.json`;
  const file = join(GENERATED, name);
  if (!existsSync(file)) {
    mkdirSync(GENERATED, { recursive: true });
    const filler = 'x'.repeat(1024 * 1024 - 200);
    const items = Array.from({ length: megabytes }, (_, n) => ({ id: `big-${n}`, title: `Big ${n}`, content_text: filler }));
    writeFileSync(file, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Huge', items }));
  }
  return `/__gen/${name}`;
}
