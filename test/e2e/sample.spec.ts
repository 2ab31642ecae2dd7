// The embedded default: a new user's `npm start` shows real articles at once.
import { expect, test } from './fixtures';

test('/ shows the sample articles from content/', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner')).toContainText('ruwei 入微');
  for (const title of ['微信将迎来一大波改版，有哪些新机会？', '全面理解DNS及HTTPDNS', 'Markdown extended-syntax']) {
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  }
  await expect(page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: /^新媒体 \d+$/ })).toBeVisible();
});

test('an article opens from the sample list', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: '微信将迎来一大波改版，有哪些新机会？' }).click();
  await expect(page).toHaveURL(/\/article\/weixin-gongkaike-2022$/);
  await expect(page.getByRole('heading', { level: 1, name: '微信将迎来一大波改版，有哪些新机会？' })).toBeVisible();
});

test('the built app ships its feed beside index.html and announces it', async ({ page, request }) => {
  const response = await request.get('/feed.json');
  expect(response.ok()).toBe(true);
  expect((await response.json()).version).toBe('https://jsonfeed.org/version/1.1');
  await page.goto('/category/%E8%B5%84%E8%AE%AF');
  await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute('href', '/feed.json');
});
