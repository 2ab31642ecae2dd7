// The reader side of issue 13, end to end in every engine the suite runs:
// media send no Referer, bidi controls from a feed cannot reorder what the
// page and its title show, `?feed=` is named, a manifest whose numbers its
// pages cannot hold is an error at once, a page served as a feed is refused
// by its type, and ids a path cannot carry still open.
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { writeGenerated } from '../support/generate';
import { GENERATED } from '../support/server';

const VERSION = 'https://jsonfeed.org/version/1.1';

/** Writes `documents` (path → JSON) under /__gen/reader-hardening/ and returns that folder's URL path. */
function generated(name: string, documents: Record<string, unknown>): string {
  for (const [path, document] of Object.entries(documents)) {
    writeGenerated(join(GENERATED, 'reader-hardening', name, path), JSON.stringify(document));
  }
  return `/__gen/reader-hardening/${name}`;
}

function feedOf(items: object[], title = 'Hardening'): Record<string, unknown> {
  return { 'feed.json': { version: VERSION, title, items } };
}

test('article media send no Referer: images, pictures, posters, sources and tracks', async ({ page }, testInfo) => {
  const token = `media-${testInfo.workerIndex}-${Date.now()}`;
  const media = (name: string) => `/__ref/${token}/${name}`;
  const html = `<h2>Media</h2><p><img src="${media('img.png')}" alt="an image"></p>` +
    `<picture><source srcset="${media('source.png')}" type="image/png"><img src="${media('picture.png')}" alt="a picture"></picture>` +
    `<video controls poster="${media('poster.png')}" src="${media('video.mp4')}"><source src="${media('video.webm')}">` +
    `<track default kind="captions" src="${media('track.vtt')}"></video><audio controls src="${media('audio.mp3')}"></audio>`;
  const dir = generated('media', feedOf([{ id: 'media', title: 'Media', content_html: html }]));
  await page.goto(`/article/media?feed=${encodeURIComponent(`${dir}/feed.json`)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Media' })).toBeVisible();
  await expect(page.locator('article video')).toHaveAttribute('preload', 'none');
  await expect(page.locator('article audio')).toHaveAttribute('preload', 'none');

  type Logged = { path: string; referer: string | null };
  let logged: Logged[] = [];
  await expect(async () => {
    logged = (await (await page.request.get(`/__ref/${token}`)).json()) as Logged[];
    // The image, the picture and the poster load without the reader doing anything.
    expect(logged.map((entry) => entry.path)).toEqual(expect.arrayContaining(['/img.png', '/poster.png']));
    expect(logged.some((entry) => entry.path === '/source.png' || entry.path === '/picture.png')).toBe(true);
  }).toPass();
  expect(logged.filter((entry) => entry.referer !== null)).toEqual([]);
  expect(logged.map((entry) => entry.path)).not.toContain('/video.mp4');
  expect(logged.map((entry) => entry.path)).not.toContain('/audio.mp3');
});

test('a right-to-left override in a feed cannot reorder the header, the list, the article or the page title', async ({ page }) => {
  const spoof = 'Invoice \u202Efdp.exe';
  const dir = generated('bidi', feedOf([{ id: 'invoice', title: spoof, tags: ['\u2067tag\u2069'], content_html: '<p>Body</p>' }], spoof));
  await page.goto(`/?feed=${encodeURIComponent(`${dir}/feed.json`)}`);
  await expect(page.locator('.site-title')).toHaveText('Invoice fdp.exe');
  const row = page.getByRole('main').getByRole('link', { name: /^Invoice fdp\.exe/ });
  await expect(row).toBeVisible();
  await expect(page).toHaveTitle('All articles — Invoice fdp.exe');
  await row.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invoice fdp.exe');
  await expect(page).toHaveTitle('Invoice fdp.exe — Invoice fdp.exe');
  const shown = await page.evaluate(() => document.title + document.body.innerText);
  expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);

  await page.goto(`/category/${encodeURIComponent('\u202Egat')}?feed=${encodeURIComponent(`${dir}/feed.json`)}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('gat');
  expect(await page.evaluate(() => document.title + document.body.innerText)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
});

test('a feed chosen by ?feed= is named by its host beside the site title', async ({ page, server }) => {
  const dir = generated('notice', feedOf([{ id: 'one', title: 'One', content_html: '<p>One</p>' }], 'Other site'));
  const host = new URL(server.url).host;
  await page.goto(`/?feed=${encodeURIComponent(`${server.url}${dir}/feed.json`)}`);
  await expect(page.getByRole('banner')).toContainText(`External feed from ${host}`);
  await page.getByRole('main').getByRole('link', { name: /^One/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('One');
  await expect(page.getByRole('banner')).toContainText(`External feed from ${host}`);
});

test('the site\'s own feed carries no external-feed notice', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Categories' })).toBeVisible();
  await expect(page.getByRole('banner')).not.toContainText('External feed');
});

test('a manifest claiming a billion items is an error at once, and nothing more is requested', async ({ page, requests }) => {
  const dir = generated('billion', {
    'feed.json': { version: VERSION, title: 'Huge', items: [], _ruwei: { index: 'index.json' } },
    'index.json': { ruwei_index: 1, page_size: 50, all: { count: 1e9, pages: ['pages/0.json'] }, tags: [], categories: [] },
    'pages/0.json': { items: [] },
  });
  await page.goto(`/?feed=${encodeURIComponent(`${dir}/feed.json`)}`);
  await expect(page.getByRole('alert')).toContainText('"all.count" is 1000000000, more than its 1 pages of 50 items can hold');
  expect(requests.filter((url) => url.includes('/pages/'))).toEqual([]);
});

test('a web page or an image given as the feed is refused, naming its type', async ({ page }) => {
  await page.goto(`/?feed=${encodeURIComponent('/index.html')}`);
  await expect(page.getByRole('alert')).toContainText('is served as text/html, not as JSON');
  await page.goto(`/?feed=${encodeURIComponent('/__img/2x2.png')}`);
  await expect(page.getByRole('alert')).toContainText('is served as image/png, not as JSON');
});

const ODD_IDS = ['..', '.', '%2F', 'a%2Fb'];

for (const [i, id] of ODD_IDS.entries()) {
  test(`an item with the id ${JSON.stringify(id)}, which a path cannot carry, opens from the list and on reload`, async ({ page }) => {
    test.slow(); // three page loads
    const dir = generated('ids', feedOf(ODD_IDS.map((odd, n) => ({
      id: odd, title: `Item ${n}`, content_html: `<p>Body of item ${n}</p>`, date_published: `2024-01-0${n + 1}T00:00:00Z`,
    }))));
    await page.goto(`/?feed=${encodeURIComponent(`${dir}/feed.json`)}`);
    await page.getByRole('main').getByRole('link', { name: new RegExp(`^Item ${i}`) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Item ${i}`);
    await expect(page.getByText(`Body of item ${i}`)).toBeVisible();
    const url = page.url();
    await page.reload();
    await expect(page.getByText(`Body of item ${i}`)).toBeVisible();
    expect(page.url()).toBe(url);
  });
}
