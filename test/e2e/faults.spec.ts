// Broken feeds and a flaky network: each fault shows a message naming what is
// wrong, in role="alert", with a Retry that works once the server recovers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, fixtureFeed, historyStep, test } from './fixtures';
import { hugeFeed, site240 } from '../support/generate';
import { DIST } from '../support/server';

const GOOD = 'feeds/json-feed-1.1.json';

test('a missing feed (404) is named, and not retried', async ({ page, requests }) => {
  await page.goto(`/${fixtureFeed('feeds/nope.json')}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/Nothing was found at http:\/\/127\.0\.0\.1:\d+\/__fixtures\/feeds\/nope\.json \(404\)/);
  await page.waitForTimeout(1500);
  expect(requests.filter((url) => url.endsWith('/feeds/nope.json'))).toHaveLength(1);
});

test('a server error is retried with backoff, then Retry works once the server recovers', async ({ page, requests }) => {
  await page.goto(`/${fixtureFeed(GOOD, 'fail=3')}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The server answered 503', { timeout: 15_000 });
  expect(requests.filter((url) => url.includes('fail=3'))).toHaveLength(3);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('link', { name: 'Older' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a feed that never answers times out with a message', async ({ page }) => {
  await page.clock.install();
  await page.goto(`/${fixtureFeed(GOOD, 'delay=120000')}`);
  await expect(page.getByText('Loading articles…')).toBeVisible();
  for (let step = 0; step < 8 && (await page.getByRole('alert').count()) === 0; step++) {
    await page.clock.runFor(20_000);
  }
  await expect(page.getByRole('alert')).toContainText('did not answer in time');
});

test('a document that is not JSON is named as such', async ({ page }) => {
  await page.goto(`/${fixtureFeed('faults/not-json.json')}`);
  await expect(page.getByRole('alert')).toContainText(/The feed is not valid JSON \(http:.*not-json\.json\)/);
});

test('truncated JSON is named as not valid JSON', async ({ page }) => {
  await page.goto(`/${fixtureFeed(GOOD, 'truncate=300')}`);
  await expect(page.getByRole('alert')).toContainText('The feed is not valid JSON');
});

test('a wrong version names the field', async ({ page }) => {
  await page.goto(`/${fixtureFeed('faults/wrong-version.json')}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The feed is not a valid JSON Feed.');
  await expect(alert).toContainText('"version" must be "https://jsonfeed.org/version/1.1" or "https://jsonfeed.org/version/1"');
});

test('bad items are left out and counted, the rest are shown', async ({ page }) => {
  await page.goto(`/${fixtureFeed('faults/some-bad-items.json')}`);
  await expect(page.getByRole('link', { name: 'Good one' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Good two' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('3 items could not be read and are not shown: "items[1].title" must be string');
});

test('a 50 MB feed sent without a length is cut off at 32 MB while downloading, and the tab stays responsive', async ({ page, server, browserName }, testInfo) => {
  test.slow(); // 32 MB through the browser on a loaded machine
  // Chunked, so no Content-Length lets the app refuse before reading: only the cut-off while reading can stop it.
  const feed = hugeFeed(50);
  await page.goto(`/?feed=${encodeURIComponent(`/__t/chunked${feed}`)}`);
  await expect(page.getByRole('alert')).toContainText('The feed is too large to open safely', { timeout: 20_000 });
  // The server saw the app stop reading: past 32 MB (it did read), well short of 50 MB, the body never finished.
  await expect.poll(() => server.streamed(feed), { timeout: 20_000 }).toBeDefined();
  const streamed = server.streamed(feed)!;
  expect(streamed.bytes).toBeGreaterThan(32 * 1024 * 1024);
  testInfo.annotations.push({ type: 'bytes sent before the app stopped reading', description: `${streamed.bytes} (body complete: ${streamed.complete})` });
  // Chromium reads the body only as fast as the page does, so the cut-off stops the download itself. Firefox's
  // network layer reads ahead on loopback whatever the page's reader does (seen: all 50 MB sent some runs, not others).
  if (browserName === 'chromium') {
    expect(streamed.complete).toBe(false);
    expect(streamed.bytes).toBeLessThan(48 * 1024 * 1024);
  }
  // The tab still answers: the next animation frame comes (its delay is reported, not asserted: speed is the bench's).
  const frameMs = await page.evaluate(() => new Promise<number>((done) => {
    const start = performance.now();
    requestAnimationFrame(() => done(performance.now() - start));
  }));
  testInfo.annotations.push({ type: 'next frame after the refusal', description: `${frameMs.toFixed(1)} ms` });
});

test('a ?feed= that is not http(s) is refused with a message and no request', async ({ page, requests }) => {
  await page.goto(`/?feed=${encodeURIComponent('javascript:alert(1)')}`);
  await expect(page.getByRole('alert')).toContainText('This feed address cannot be used.');
  // Only the page and its own scripts, styles and icons (Firefox fetches the touch icon): no feed request at all
  // (and no page-boot.js: only article pages need it). The page is index.html, the site's own list, hidden:
  // Firefox lays it out before its stylesheet is in, and may fetch its first (lazy) thumbnail then.
  const thumbnails = [...readFileSync(join(DIST, 'index.html'), 'utf8').matchAll(/<img [^>]*src="([^"]+)"/g)].map(([, src]) => src!.replace(/&amp;/g, '&'));
  const mine = (url: string) => /^\/(?:$|assets\/|settings-boot\.js$|apple-touch-icon\.png$|manifest\.webmanifest$)/.test(new URL(url).pathname);
  expect(requests.filter((url) => !mine(url) && !thumbnails.includes(url))).toEqual([]);
});

test('feed fields with markup and javascript: URLs are shown as text, never run', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, '__xss', { set: () => { throw new Error('xss'); }, configurable: false }));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`/${fixtureFeed('feeds/hostile-fields.json')}`);
  await expect(page.getByRole('link', { name: '<img src=x onerror="window.__xss=1">Title' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('<img src=x onerror="window.__xss=1">Hostile');
  expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i], img[src^="javascript:" i]').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('a missing article file is an error in the article view only, and Retry works once it is back', async ({ page }) => {
  const feed = await site240();
  // Post 20 is not among the newest ten that feed.json carries: it has a file of its own.
  await page.route('**/feed/items/post-20.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(`/category/tag-6?feed=${encodeURIComponent(feed)}`);
  await page.getByRole('link', { name: /^第 20 篇/ }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/Nothing was found at .*\/feed\/items\/post-20\.json \(404\)/);
  await expect(page.getByRole('banner')).toContainText('Site 240');
  await page.unroute('**/feed/items/post-20.json');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^第 20 篇/ })).toBeVisible();
  await historyStep(page, -1);
  await expect(page.getByRole('link', { name: /^第 20 篇/ })).toBeVisible();
});
