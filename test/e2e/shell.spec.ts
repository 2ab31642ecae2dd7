import { expect, fixtureFeed, test } from './fixtures';

test('a fixture feed lists its articles and an article opens from the list', async ({ page }) => {
  await page.goto(`/${fixtureFeed('feeds/json-feed-1.1.json')}`);
  await expect(page.getByRole('banner')).toContainText('入微 示例');
  await page.getByRole('link', { name: 'Older' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Older' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/article/older');
});

test('an unknown path shows the not-found view with a way home', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to all articles' }).click();
  await expect(page).toHaveURL(/\/$/);
});
