import { SEED_TITLE, seedUrl } from '../support/article';
import { expect, test } from './fixtures';

test('while the network is down the header says "Offline", and the article stays readable', async ({ page, context }) => {
  await page.goto(seedUrl());
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  const status = page.getByRole('banner').getByRole('status').filter({ hasText: 'Offline' });
  await expect(status).toHaveCount(0);
  await context.setOffline(true);
  await expect(status).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await context.setOffline(false);
  await expect(status).toHaveCount(0);
});
