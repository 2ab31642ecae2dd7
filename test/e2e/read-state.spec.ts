// Read marks, "Unread only" and resume: kept in the browser, so they survive
// a reload and a new visit.
import type { Page } from '@playwright/test';
import { SEED_TITLE, seedUrl, topOf } from '../support/article';
import { plainFeed, site240 } from '../support/generate';
import { expect, historyStep, test } from './fixtures';

const feedParam = (path: string) => `feed=${encodeURIComponent(path)}`;
const row = (page: Page, title: RegExp) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
const unreadOnly = (page: Page) => page.getByRole('checkbox', { name: 'Unread only' });

test('an opened article says "Read" in its row, and "Unread only" hides it after a reload', async ({ page }) => {
  await page.goto(`/?${feedParam(plainFeed(60))}`);
  await expect(row(page, /^第 1 篇/)).not.toContainText('Read');
  await page.getByRole('link', { name: /^第 1 篇/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^第 1 篇/ })).toBeVisible();
  await historyStep(page, -1);
  await expect(row(page, /^第 1 篇/)).toContainText('Read');
  await expect(row(page, /^第 2 篇/)).not.toContainText('Read');

  // click, not check(): the box follows the URL, which changes a moment later.
  await unreadOnly(page).click();
  await expect(unreadOnly(page)).toBeChecked();
  await expect(page).toHaveURL(/[?&]unread=1/);
  // Opened in this visit: it stays, so Back from it lands on its row.
  await expect(page.getByRole('link', { name: /^第 1 篇/ })).toBeVisible();
  await page.reload();
  await expect(unreadOnly(page)).toBeChecked();
  await expect(page.getByRole('link', { name: /^第 2 篇/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^第 1 篇/ })).toHaveCount(0);
  // Moving to a category keeps the filter.
  await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: /^快讯/ }).click();
  await expect(page).toHaveURL(/\/category\/.*[?&]unread=1/);
  await expect(page.getByRole('link', { name: /^第 11 篇/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^第 1 篇/ })).toHaveCount(0);

  await unreadOnly(page).click();
  await expect(unreadOnly(page)).not.toBeChecked();
  await expect(row(page, /^第 1 篇/)).toContainText('Read');
});

test('"Mark all as read" marks every article of a category of a large site, not only the rendered rows', async ({ page }) => {
  const feed = await site240();
  await page.goto(`/category/${encodeURIComponent('快讯')}?${feedParam(feed)}`);
  await expect(page.getByRole('link', { name: /^第 1 篇/ })).toBeVisible();
  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(row(page, /^第 1 篇/)).toContainText('Read');
  await unreadOnly(page).click();
  await expect(page.getByText('No unread articles here.')).toBeVisible();

  await page.reload();
  await expect(page.getByText('No unread articles here.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: /^All/ }).click();
  await expect(page.getByRole('link', { name: /^第 0 篇/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^第 1 篇/ })).toHaveCount(0);
  // The last of 快讯 (第 238 篇) is on the last page of the index: marked too.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.getByRole('link', { name: /^第 239 篇/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^第 238 篇/ })).toHaveCount(0);
});

const SECTION = '2微信支付成为微信用户的生活习惯';

test('reopening an article returns to where the reader stopped, in the same tab and in a new one; a hash wins', async ({ page, context }) => {
  await page.goto(seedUrl());
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await page.evaluate((id) => {
    document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' });
    window.scrollBy({ top: 300, behavior: 'instant' });
  }, SECTION);
  const stoppedAt = await topOf(page, SECTION);
  expect(stoppedAt).toBeLessThan(0);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ruwei:resume') ?? '')).toContain(SECTION);

  // To the list and back into the article: a new history entry, not Back.
  // A DOM click: Firefox over BiDi scrolls even a sticky header's link "into view" first, moving the article.
  await page.getByRole('banner').getByRole('link', { name: '入微 示例' }).evaluate((link: HTMLElement) => link.click());
  await page.getByRole('link', { name: SEED_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await expect.poll(async () => Math.abs(await topOf(page, SECTION) - stoppedAt)).toBeLessThanOrEqual(20);

  const other = await context.newPage();
  await other.goto(seedUrl());
  await expect(other.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await expect.poll(async () => Math.abs(await topOf(other, SECTION) - stoppedAt)).toBeLessThanOrEqual(20);

  await other.goto(seedUrl({ hash: '-推出创作者激励计划' }));
  await expect(other.locator('[id="-推出创作者激励计划"]')).toBeFocused();
  const top = await topOf(other, '-推出创作者激励计划');
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThanOrEqual(120);
});
