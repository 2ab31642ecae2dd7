import type { Page } from '@playwright/test';
import { expect, historyStep, test } from './fixtures';
import { plainFeed } from '../support/generate';

const feedParam = (path: string) => `feed=${encodeURIComponent(path)}`;
const nav = (page: Page) => page.getByRole('navigation', { name: 'Categories' });

test('a cold load of an encoded Chinese category URL shows that category', async ({ page }) => {
  await page.goto(`/category/%E8%B5%84%E8%AE%AF?${feedParam(plainFeed(60))}`);
  await expect(nav(page).getByRole('link', { name: '资讯 6' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('资讯');
  await expect(page.getByRole('link', { name: /^第 0 篇/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^第 1 篇/ })).toHaveCount(0);
  await expect(page).toHaveTitle('资讯 — Generated 60');
});

test('back and forward move between filters', async ({ page }) => {
  await page.goto(`/?${feedParam(plainFeed(60))}`);
  await nav(page).getByRole('link', { name: '快讯 6' }).click();
  await expect(page).toHaveURL(/\/category\/%E5%BF%AB%E8%AE%AF\?feed=/);
  await nav(page).getByRole('link', { name: '科技 6' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('科技');

  await historyStep(page, -1);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('快讯');
  await expect(nav(page).getByRole('link', { name: '快讯 6' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('link', { name: /^第 1 篇/ })).toBeVisible();
  await historyStep(page, -1);
  await expect(nav(page).getByRole('link', { name: 'All 60' })).toHaveAttribute('aria-current', 'page');
  await historyStep(page, 1);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('快讯');
});

test('back from an article returns to the same scroll position and row', async ({ page }) => {
  await page.goto(`/?${feedParam(plainFeed(1000))}`);
  await expect(page.getByRole('link', { name: /^第 0 篇/ })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 20_000));
  await page.waitForFunction(() => window.scrollY === 20_000);
  const topRow = () => page.evaluate(() => {
    const rows = [...document.querySelectorAll<HTMLElement>('.article-row')];
    const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
    return rows.find((row) => row.getBoundingClientRect().bottom > header + 1)?.querySelector('h2')?.textContent;
  });
  // The virtual list renders the rows of the new place after the scroll event, not with it.
  await expect.poll(topRow).toMatch(/^第 \d+ 篇/);
  const before = await topRow();
  // A real click would first scroll the row out from under the sticky header.
  await page.getByRole('link', { name: before! }).evaluate((link: HTMLElement) => link.click());
  await expect(page).toHaveURL(/\/article\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(before!);
  await historyStep(page, -1);
  await expect(page.getByRole('link', { name: before! })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(20_000);
  expect(await topRow()).toBe(before);
});

test('10,000 articles render, scroll to the end and keep the DOM small', async ({ page }) => {
  await page.goto(`/?${feedParam(plainFeed(10_000))}`);
  // A hang guard, not a speed check (npm run bench measures it): parsing 10,000 items takes seconds on a busy 2-core machine.
  await expect(page.getByRole('link', { name: /^第 0 篇/ })).toBeVisible({ timeout: 30_000 });
  await expect(nav(page).getByRole('link', { name: 'All 10000' })).toBeVisible();
  const domSize = () => page.evaluate(() => document.getElementsByTagName('*').length);
  expect(await domSize()).toBeLessThan(1500);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.getByRole('link', { name: /^第 9999 篇/ })).toBeVisible();
  expect(await domSize()).toBeLessThan(1500);
  await page.keyboard.press('k');
  await expect(page.getByRole('link', { name: /^第 99\d\d 篇/ }).first()).toBeVisible();
});

test('j and k move between rows, Enter opens, g c goes to the categories', async ({ page }) => {
  await page.goto(`/?${feedParam(plainFeed(60))}`);
  await expect(page.getByRole('link', { name: /^第 0 篇/ })).toBeVisible();
  await page.keyboard.press('j');
  await expect(page.getByRole('link', { name: /^第 0 篇/ })).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(page.getByRole('link', { name: /^第 2 篇/ })).toBeFocused();
  await page.keyboard.press('k');
  await expect(page.getByRole('link', { name: /^第 1 篇/ })).toBeFocused();
  await page.keyboard.press('g');
  await page.keyboard.press('c');
  await expect(nav(page).getByRole('link', { name: 'All 60' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/category\//);
});

test('on a phone the categories fold behind a button', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/?${feedParam(plainFeed(60))}`);
  const toggle = nav(page).getByRole('button', { name: 'All' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(nav(page).getByRole('link', { name: '资讯 6' })).toBeHidden();
  await toggle.click();
  await nav(page).getByRole('link', { name: '资讯 6' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('资讯');
  await expect(nav(page).getByRole('link', { name: '资讯 6' })).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
