// The Content-Security-Policy of index.html (TESTING.md) holds in the built
// app: scripts only from the app's origin, no eval, and Trusted Types: the
// article body is the one HTML written into the page, through its policy.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SEED_PATH } from '../support/article';
import { expect, fixtureFeed, historyStep, test } from './fixtures';
import { DIST } from '../support/server';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
});

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('the policy is in the built page: scripts from self only, no inline script, no eval', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("require-trusted-types-for 'script'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('Trusted Types refuse HTML and script strings that did not come through a policy', async ({ page }) => {
  await page.goto('/');
  const attempt = (code: () => void) => page.evaluate((source) => {
    try {
      new Function(source)();
      return 'accepted';
    } catch (error) {
      return (error as Error).name;
    }
  }, `(${code.toString()})()`);
  expect(await attempt(() => document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.injected=1">'))).toBe('TypeError');
  expect(await attempt(() => { document.body.innerHTML = '<p>x</p>'; })).toBe('TypeError');
  expect(await attempt(() => { document.head.append(Object.assign(document.createElement('script'), { textContent: 'window.injected=1' })); })).toBe('TypeError');
  expect(await attempt(() => { setTimeout('window.injected=1' as unknown as () => void); })).toBe('TypeError');
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
});

test('the built JavaScript calls neither eval nor the Function constructor', () => {
  const assets = join(DIST, 'assets');
  for (const file of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(join(assets, file), 'utf8');
    expect(code, file).not.toMatch(/\beval\(|new Function\(|\bFunction\(\s*["'`]/);
  }
});

test('reading the list and an article raises no policy violation', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && /Content Security Policy|Trusted/i.test(message.text()) && errors.push(message.text()));
  await page.goto(`${SEED_PATH}${fixtureFeed('article/seed-feed.json')}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Table of contents' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Table of contents' }).getByRole('link').nth(2).click();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  // Back within the app: the same document (historyStep waits for popstate, as some engines report no navigation).
  await historyStep(page, -1);
  // Each document keeps its own list: read the article page's before leaving it.
  const seen = await violations(page);
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Categories' })).toBeVisible();
  expect([...seen, ...(await violations(page))]).toEqual([]);
  expect(errors).toEqual([]);
});
