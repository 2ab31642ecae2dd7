// WebKit: a reader browses from the list to a category and into an article.
import { plainFeed } from '../support/generate';
import { dialogs, expect, pageErrors, test, textOf } from './webkit';

test('list → category → article, and back', async ({ webkit, open }) => {
  await open(`/?feed=${encodeURIComponent(plainFeed(60))}`);
  const categories = webkit.$('nav[aria-label="Categories"]');
  const category = categories.$('a=快讯 6');
  await category.waitForDisplayed();
  await category.click();
  await expect.poll(() => webkit.getUrl()).toMatch(/\/category\/%E5%BF%AB%E8%AE%AF\?feed=/);
  await expect.poll(() => textOf(webkit, 'h1')).toContain('快讯');
  expect(await categories.$('a=快讯 6').getAttribute('aria-current')).toBe('page');

  await webkit.$('h2=第 1 篇：快讯的细节 Post 1').click();
  await expect.poll(() => webkit.getUrl()).toMatch(/\/article\/post-1\?feed=/);
  await expect.poll(() => textOf(webkit, 'h1')).toBe('第 1 篇：快讯的细节 Post 1');

  await webkit.back();
  await expect.poll(() => textOf(webkit, 'h1')).toContain('快讯');
  expect(await pageErrors(webkit)).toEqual([]);
  expect(await dialogs(webkit)).toEqual([]);
});
