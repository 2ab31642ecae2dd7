// A large site's prebuilt search index (docs/feed-format.md, "Search index"):
// the first part answers at once, the view says while the body shards are
// still loading, and a word that only the body of an old article holds (not
// in feed.json, not in the first shard) is found once its shard has loaded,
// and its passage quotes the body with the word marked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtSite } from '../support/generate';
import { GENERATED } from '../support/server';
import { expect, test } from './fixtures';

const COUNT = 260;
const OLD = 237; // the 238th newest: in the second body shard (200 items each)

test('a word only in an old article’s body is found once its body shard has loaded; the view says it is still searching', async ({ page, server }) => {
  const feed = await builtSite(COUNT, 'search-index-260', (n) => `<p>${'正文内容。'.repeat(20)}</p>\n\n${n === OLD ? 'The quetzalcoatl appears here only.' : 'Nothing special.'}`);
  const written = JSON.parse(readFileSync(join(GENERATED, 'search-index-260', 'feed.json'), 'utf8')) as { _ruwei: { search_index: string } };
  const head = written._ruwei.search_index.split('/').pop()!;
  // Every body shard waits until the test lets it through; the first part does not.
  const release = server.hold(new RegExp(`/feed/search/(?!${head.replace('.', '\\.')})`));

  await page.goto(`/search?feed=${encodeURIComponent(feed)}&q=quetzalc`);
  await expect(page.getByRole('status').filter({ hasText: 'Still searching the full text… (0 of 2 parts)' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('0 results');
  await expect(page.getByText('No articles match', { exact: false })).toHaveCount(0); // not before the full text is searched

  release();
  const result = page.getByRole('main').getByRole('listitem');
  await expect(result.getByRole('link')).toHaveText(`第 ${OLD} 篇：大站的文章 Post ${OLD}`);
  await expect(result.getByRole('link')).toHaveAttribute('href', new RegExp(`/article/post-${OLD}\\?`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('1 result');
  // The passage quotes the body (fetched from the article's file), the word marked.
  await expect(result.locator('mark')).toHaveText(['quetzalc']);
  await expect(page.getByText(/Still searching/)).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
