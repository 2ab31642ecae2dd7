// A large site (more than 50 posts): the list reads the slim paged index and
// never downloads article bodies; an article fetches its own one-item file.
import { expect, test } from './fixtures';
import { site240 } from '../support/generate';

test('browsing the list of an indexed site never requests an article body', async ({ page, requests }) => {
  const feed = await site240();
  await page.goto(`/?feed=${encodeURIComponent(feed)}`);
  const nav = page.getByRole('navigation', { name: 'Categories' });
  await expect(nav.getByRole('link', { name: 'All 240' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^第 0 篇/ })).toBeVisible();

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.getByRole('link', { name: /^第 239 篇/ })).toBeVisible();
  await nav.getByRole('link', { name: '快讯 80' }).click();
  await expect(page.getByRole('link', { name: /^第 1 篇/ })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.getByRole('link', { name: /^第 238 篇/ })).toBeVisible();
  await nav.getByRole('link', { name: /^tag-3 \d+$/ }).click();
  await expect(page.getByRole('link', { name: /^第 3 篇/ })).toBeVisible();

  const feedRequests = requests.filter((url) => url.includes('/__gen/'));
  expect(feedRequests.filter((url) => url.includes('/feed/items/'))).toEqual([]);
  expect(feedRequests.some((url) => url.includes('/feed/pages/'))).toBe(true);
});

test('an article of an indexed site opens from the list with its one-item file', async ({ page, requests }) => {
  const feed = await site240();
  await page.goto(`/?feed=${encodeURIComponent(feed)}`);
  await expect(page.getByRole('link', { name: /^第 0 篇/ })).toBeVisible();
  // Rows are as tall as their content, and rows never drawn are placed at the estimate, so 100 rows of this
  // height down is only about row 100: the link taken is any of rows 100-109.
  const rowHeight = await page.locator('.article-row').first().evaluate((row) => row.getBoundingClientRect().height);
  await page.evaluate((height) => window.scrollTo(0, 100 * height), rowHeight);
  await page.getByRole('link', { name: /^第 10\d 篇/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^第 10\d 篇/ })).toBeVisible();
  expect(requests.filter((url) => url.includes('/feed/items/'))).toHaveLength(1);
});

test('a cold load of a category of an indexed site fetches that category only', async ({ page, requests }) => {
  const feed = await site240();
  await page.goto(`/category/%E6%B7%B1%E5%BA%A6?feed=${encodeURIComponent(feed)}`);
  await expect(page.getByRole('link', { name: /^第 2 篇/ })).toBeVisible();
  const pages = requests.filter((url) => url.includes('/feed/pages/'));
  expect(pages).toHaveLength(1);
});
