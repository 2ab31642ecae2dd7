// Search from the header: keyboard, results, Back, the sample's Chinese
// query, `?feed=` kept, accessibility. One page per test, several checks each.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, historyStep, test } from './fixtures';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };

async function seriousViolations(page: Page) {
  // Evaluated through the debugger protocol, so the page's CSP (script-src 'self') does not apply.
  await page.evaluate(AXE);
  const { violations } = await page.evaluate(
    () => (window as unknown as { axe: { run: (d: Document, o: object) => Promise<AxeResult> } }).axe.run(document, { resultTypes: ['violations'] }),
  );
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Page errors, and CSP and Trusted Types violations (the sample's remote images fail offline: not counted). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /trusted|security policy|refused/i.test(message.text())) errors.push(message.text());
  });
  return errors;
}

const WEIXIN = '微信将迎来一大波改版，有哪些新机会？';

test('“视频号激励” typed after `/` finds the 36kr article first, with the words marked, and no axe violation', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await expect(page.getByRole('link', { name: WEIXIN })).toBeVisible();
  await page.keyboard.press('/');
  const box = page.getByRole('search').getByRole('searchbox', { name: 'Search' });
  await expect(box).toBeFocused();
  // Chinese arrives as an input method commits it (and Firefox over BiDi types no CJK key by key).
  await page.keyboard.insertText('视频号激励');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/search\?q=%E8%A7%86%E9%A2%91%E5%8F%B7%E6%BF%80%E5%8A%B1$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Results for “视频号激励”');
  const results = page.getByRole('main').getByRole('listitem');
  await expect(results.first().getByRole('link')).toHaveText(WEIXIN);
  await expect(results.first().getByRole('link')).toHaveAttribute('href', /\/article\/weixin-gongkaike-2022\?q=/);
  await expect(results.first().locator('mark').first()).toHaveText(/视频号|激励/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/\d+ results?/);
  expect(await seriousViolations(page)).toEqual([]);

  // Typing on the results page updates them as it goes; a word no article has says so.
  await box.selectText();
  await box.pressSequentially('zzyzx');
  await expect(page.getByText('No articles match “zzyzx”.', { exact: false })).toBeVisible();
  await expect(page).toHaveURL(/\?q=zzyzx$/);
  expect(errors).toEqual([]);
});

test('Ctrl+K focuses the box; Back from a result returns to the results, query and scroll kept; ?feed= stays', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 420 });
  await page.goto('/?feed=%2Ffeed.json');
  await expect(page.getByRole('link', { name: WEIXIN })).toBeVisible();
  await page.keyboard.press('Control+k');
  const box = page.getByRole('searchbox', { name: 'Search' });
  await expect(box).toBeFocused();
  await page.keyboard.insertText('的');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?feed=%2Ffeed\.json&q=%E7%9A%84$/);

  const links = page.getByRole('main').getByRole('listitem').getByRole('link');
  await expect(links.nth(2)).toBeVisible();
  const last = links.last();
  await last.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);
  const title = await last.textContent();
  await last.click();
  await expect(page).toHaveURL(/\/article\/[^?]+\?feed=%2Ffeed\.json&q=%E7%9A%84$/);
  await expect(page.getByRole('heading', { level: 1, name: title ?? '' })).toBeVisible();

  await historyStep(page, -1);
  await expect(page).toHaveURL(/\/search\?feed=%2Ffeed\.json&q=%E7%9A%84$/);
  await expect(box).toHaveValue('的');
  await expect(links.last()).toHaveText(title ?? '');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);

  // `/` typed into the search box is text, not a shortcut.
  await box.focus();
  await page.keyboard.press('End');
  await page.keyboard.type('/');
  await expect(box).toHaveValue('的/');
});
