import { expect, test } from 'vitest';
import { keptRequests, routeFor } from './routes';

const SCOPE = 'https://example.org/blog/';
const get = (url: string, mode = 'cors') => ({ method: 'GET', mode, url });

test('navigations in scope are pages, whatever their path', () => {
  for (const path of ['', 'article/weixin', 'category/%E8%B5%84%E8%AE%AF', 'search?q=x', 'feed.json']) {
    expect(routeFor(get(`${SCOPE}${path}`, 'navigate'), SCOPE), path).toBe('pages');
  }
});

test('JSON files of the app (feed, index pages, one-item files) are feed', () => {
  for (const path of ['feed.json', 'feed.json?v=2', 'feed/index.3f2a.json', 'feed/pages/1.json', 'feed/items/%E5%85%A5.json']) {
    expect(routeFor(get(`${SCOPE}${path}`), SCOPE), path).toBe('feed');
  }
});

test('hashed files under assets/ are assets', () => {
  expect(routeFor(get(`${SCOPE}assets/index-CHVL4MvB.js`, 'no-cors'), SCOPE)).toBe('assets');
  expect(routeFor(get(`${SCOPE}assets/data-x.json`), SCOPE)).toBe('assets');
});

test('other origins, other paths, other methods and other files are left to the network', () => {
  expect(routeFor(get('https://feeds.example.com/feed.json'), SCOPE)).toBeNull();
  expect(routeFor(get('https://example.org/feed.json'), SCOPE)).toBeNull();
  expect(routeFor(get('https://example.org/blogger/feed.json'), SCOPE)).toBeNull();
  expect(routeFor(get('https://example.org/', 'navigate'), SCOPE)).toBeNull();
  expect(routeFor({ method: 'POST', mode: 'cors', url: `${SCOPE}feed.json` }, SCOPE)).toBeNull();
  expect(routeFor({ method: 'HEAD', mode: 'navigate', url: SCOPE }, SCOPE)).toBeNull();
  for (const path of ['rss.xml', 'icon.svg', 'sw.js', 'article/x.json.html']) expect(routeFor(get(`${SCOPE}${path}`), SCOPE), path).toBeNull();
});

test("a keep message caches the visit's page as a page and its feed files as feed, and drops the rest", () => {
  const files = [`${SCOPE}feed.json`, 'https://feeds.example.com/feed.json', `${SCOPE}feed/items/a.json`, `${SCOPE}rss.xml`];
  expect(keptRequests(`${SCOPE}article/a`, files, SCOPE)).toEqual([
    { url: `${SCOPE}article/a`, kind: 'pages' },
    { url: `${SCOPE}feed.json`, kind: 'feed' },
    { url: `${SCOPE}feed/items/a.json`, kind: 'feed' },
  ]);
  expect(keptRequests('https://elsewhere.example/', [], SCOPE)).toEqual([]);
});
