import { SEED_TITLE, seedUrl } from '../support/article';
import { seriousViolations } from '../support/axe';
import { expect, onDarkSystem, test } from './fixtures';

test('the article page has no serious or critical axe violations', async ({ page }) => {
  await page.goto(seedUrl());
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

onDarkSystem('nor with the table of contents open on a narrow screen, in dark mode', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(seedUrl());
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(22, 24, 27)');
  await page.getByRole('button', { name: 'Table of contents' }).click();
  await expect(page.getByRole('navigation', { name: 'Table of contents' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
