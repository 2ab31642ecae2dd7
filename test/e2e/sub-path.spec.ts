// Deploying under a sub-path (docs/urls.md): built with RUWEI_BASE=/blog/, the
// app reads /blog/feed.json and every link and cold load stays under /blog/.
import { expect, test } from './fixtures';

test('an app built for /blog/ lists, opens and deep-links under /blog/', async ({ page, requests }) => {
  await page.goto('/blog/');
  const title = '微信将迎来一大波改版，有哪些新机会？';
  await page.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(/\/blog\/article\/weixin-gongkaike-2022$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  expect(requests.some((url) => new URL(url).pathname === '/blog/feed.json')).toBe(true);
  expect(requests.filter((url) => new URL(url).pathname === '/feed.json')).toEqual([]);

  await page.getByRole('navigation', { name: 'Table of contents' }).getByRole('link', { name: /结语/ }).click();
  await expect(page).toHaveURL(/\/blog\/article\/weixin-gongkaike-2022#/);
  await page.reload();
  const heading = page.getByRole('heading', { name: /结语/ });
  await expect(heading).toBeInViewport();

  await page.goto('/blog/category/%E8%B5%84%E8%AE%AF');
  const nav = page.getByRole('navigation', { name: 'Categories' });
  await expect(nav.getByRole('link', { name: /^资讯 \d+$/ })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: /^All \d+$/ })).toHaveAttribute('href', '/blog/');
  await page.getByRole('banner').getByRole('link').click();
  await expect(page).toHaveURL(/\/blog\/$/);
});
