// Offline and installable (README, "Offline and install"): the service worker
// (src/pwa/sw.ts) keeps the app shell and what the reader opened, so both
// start with the network off; a new version waits for the reader's "Reload".
// The only spec with service workers allowed (playwright.config.ts blocks them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST } from '../support/server';
import { expect, test } from './fixtures';

test.use({ serviceWorkers: 'allow' });

const TITLE = '微信将迎来一大波改版，有哪些新机会？';
const ARTICLE = '/article/weixin-gongkaike-2022';

const controlled = (page: Page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

test('installable, and with the network off the app starts and an article opened before renders, saying "Offline"', async ({ page, context, server }) => {
  await page.goto('/');
  const manifest = (await (await page.request.get((await page.locator('link[rel="manifest"]').getAttribute('href'))!)).json()) as { start_url: string; scope: string; display: string; icons: { src: string; purpose: string }[] };
  expect(manifest).toMatchObject({ start_url: './', scope: './', display: 'standalone' });
  expect(manifest.icons.map((icon) => icon.purpose)).toContain('maskable');
  for (const icon of manifest.icons) expect((await page.request.get(icon.src)).ok(), icon.src).toBe(true);

  await page.getByRole('link', { name: TITLE }).click();
  const heading = page.getByRole('heading', { level: 1, name: TITLE });
  await expect(heading).toBeVisible();
  await controlled(page);
  // The worker took over after this first visit had loaded its feed: it keeps it (register.ts), which takes a moment.
  await expect.poll(() => page.evaluate(async () => (await caches.match(new URL('/feed.json', location.href).href)) !== undefined)).toBe(true);

  // Offline as the page sees it ("Offline", failed requests) and as its worker sees it (no server to answer).
  await context.setOffline(true);
  server.cut();
  await page.goto('/');
  const link = page.getByRole('link', { name: TITLE });
  await expect(link).toBeVisible();
  await link.click();
  await expect(heading).toBeVisible();
  const offline = page.getByRole('banner').getByRole('status').filter({ hasText: 'Offline' });
  await expect(offline).toBeVisible();
  // A cold load of the article's own address, never fetched as a page: the app shell renders it from the kept feed.
  await page.reload();
  await expect(heading).toBeVisible();
  await expect(offline).toBeVisible();
  await context.setOffline(false);
});

// A new deploy of sw.js alone: the same worker plus an answer at /__sw-version that only it gives.
const NEXT_VERSION = `\nself.addEventListener('fetch', (event) => { if (new URL(event.request.url).pathname === '/__sw-version') event.respondWith(new Response('next')); });\n`;
const swVersion = (page: Page) => page.evaluate(() => fetch('/__sw-version').then((response) => (response.ok ? response.text() : `status ${response.status}`)));

test('a new version waits for the reader: "Reload" is offered, the article stays until it is clicked, then the new version runs', async ({ page, server }) => {
  await page.goto(ARTICLE);
  const heading = page.getByRole('heading', { level: 1, name: TITLE });
  await expect(heading).toBeVisible();
  await controlled(page);
  await page.evaluate(() => Object.assign(window, { ruweiSameDocument: true }));

  server.replace('/sw.js', `${readFileSync(join(DIST, 'sw.js'), 'utf8')}${NEXT_VERSION}`);
  await page.evaluate(async () => void (await (await navigator.serviceWorker.getRegistration())?.update()));
  const reload = page.getByRole('banner').getByRole('button', { name: 'Reload' });
  await expect(reload).toBeVisible();
  // Installed and waiting: the reader's page is the same document, still under the old worker.
  expect(await page.evaluate(() => 'ruweiSameDocument' in window)).toBe(true);
  await expect(heading).toBeVisible();
  expect(await swVersion(page)).toBe('status 404');

  await Promise.all([page.waitForEvent('load'), reload.click()]);
  await expect(heading).toBeVisible();
  expect(await page.evaluate(() => 'ruweiSameDocument' in window)).toBe(false);
  expect(await swVersion(page)).toBe('next');
  await expect(reload).toHaveCount(0);
});
