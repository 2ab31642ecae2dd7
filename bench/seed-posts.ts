// Generates N posts the size of the seed post (a 19 KB 36kr article with raw
// HTML), each with its own title, date and categories, for the builder bench.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEED_FILE = fileURLToPath(new URL('../test/fixtures/hexo/corpus/seed__RSSHUB-PAGE__weixin-gongkaike-2022.md', import.meta.url));
const SECTIONS = ['资讯', '快讯', '深度', '科技', '商业'];

export async function writeSeedPosts(dir: string, count: number): Promise<void> {
  const seed = readFileSync(SEED_FILE, 'utf8');
  const body = seed.slice(seed.indexOf('\n---\n', seed.indexOf('---') + 3) + 5);
  await mkdir(dir, { recursive: true });
  const writes: Promise<void>[] = [];
  for (let i = 0; i < count; i++) writes.push(writeFile(path.join(dir, `post-${String(i).padStart(4, '0')}.md`), post(i, body)));
  await Promise.all(writes);
}

function post(i: number, body: string): string {
  const date = new Date(Date.UTC(2022, 0, 7, 10, 8, 21) - i * 3_600_000 * 7).toUTCString();
  return [
    '',
    '---',
    `title: '微信将迎来一大波改版，有哪些新机会？（第 ${i + 1} 篇）'`,
    'categories: ',
    ' - 新媒体',
    ' - 36kr',
    ` - ${SECTIONS[i % SECTIONS.length] ?? '资讯'}`,
    "headimg: 'https://img.36krcdn.com/20220107/v2_1ed27a4a930f44a1ba03cb484683d5b2_img_000'",
    'author: 36kr',
    'comments: false',
    `date: ${date}`,
    `tags: [tag-${i % 7}, tag-${i % 13}]`,
    "thumbnail: 'https://img.36krcdn.com/20220107/v2_1ed27a4a930f44a1ba03cb484683d5b2_img_000'",
    '---',
    body,
  ].join('\n');
}
