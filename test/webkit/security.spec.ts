// WebKit: the policy and the sanitizer hold. The Content-Security-Policy and
// Trusted Types (WebKit has them since 2.50; where an engine has none, the
// policy's absence leaves the sanitizer as the guard, tested here as well),
// every hostile-HTML payload and DOM-clobbering vector rendering inert, and
// the error view with Retry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clobbers, clobberVectors, writeClobberFeeds } from '../support/clobbering';
import { writeGenerated } from '../support/generate';
import { fixtureFeed, GENERATED, ROOT } from '../support/server';
import { seedUrl } from '../support/article';
import { articleTitle, dialogs, expect, pageErrors, test, type Browser } from './webkit';

type Vector = { title: string; payload: string };
const read = (name: string): Vector[] => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/xss', name), 'utf8')) as Vector[];
const VECTORS = [
  ...read('dompurify-vectors.json').map((v, i) => ({ ...v, title: `DOMPurify #${i}: ${v.title}` })),
  ...read('ruwei-vectors.json').map((v) => ({ ...v, title: `ruwei: ${v.title}` })),
];

function writeXssFeed(i: number): string {
  const item = { id: `w${i}`, title: `Vector ${i}`, content_html: `<h2>Before ${i}</h2>${VECTORS[i]!.payload}<h2>After ${i}</h2>` };
  writeGenerated(join(GENERATED, 'xss-webkit', `w${i}.json`), JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'XSS', items: [item] }));
  return `/article/w${i}?feed=${encodeURIComponent(`/__gen/xss-webkit/w${i}.json`)}`;
}

/** What must not be in the article's DOM, and requests that left for another host. */
function leftovers(webkit: Browser): Promise<string[]> {
  return webkit.execute(() => {
    const body = document.querySelector('.article-body');
    if (!body) return ['no article body'];
    const found: string[] = [];
    const banned = 'script, iframe, frame, frameset, object, embed, applet, base, meta, link, style, form, input, textarea, select, option, svg, math, template, noscript';
    for (const el of body.querySelectorAll(banned)) found.push(`<${el.localName}>`);
    for (const el of body.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        // eslint-disable-next-line no-control-regex -- browsers ignore these inside a URL's scheme
        const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (name.startsWith('on') || name === 'style' || name === 'srcdoc' || name.includes(':')) found.push(`${el.localName}[${name}]`);
        if (/^(href|src|poster|action|data|background)$/.test(name) && /^(javascript|vbscript|data:text)/.test(value)) found.push(`${el.localName}[${name}]`);
      }
    }
    for (const entry of performance.getEntriesByType('resource')) {
      if (new URL(entry.name).origin !== location.origin) found.push(`request to ${entry.name}`);
    }
    return found;
  });
}

test('the policy holds: no inline script, Trusted Types (or the sanitizer) refuse raw HTML, reading raises no violation', async ({ webkit, open }) => {
  await open(seedUrl());
  await articleTitle(webkit);
  const csp = await webkit.$('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("require-trusted-types-for 'script'");
  const outcome = await webkit.execute(() => {
    const tried = (run: () => void) => {
      try {
        run();
        return 'accepted';
      } catch (error) {
        return (error as Error).name;
      }
    };
    return {
      trustedTypes: 'trustedTypes' in window,
      html: tried(() => document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.injected=1">')),
      timer: tried(() => setTimeout('window.injected=1' as unknown as () => void)),
    };
  });
  // With Trusted Types the strings are refused; without, script-src 'self' still keeps the handler and the string timer from running.
  const refused = outcome.trustedTypes ? 'TypeError' : 'accepted';
  expect(outcome).toEqual({ trustedTypes: outcome.trustedTypes, html: refused, timer: refused });
  // Reading on (a TOC jump, to the end, back) raises no violation.
  await webkit.execute(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await webkit.$('nav.toc-panel').$('a*=结语').click();
  await webkit.execute(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await webkit.back();
  await expect.poll(() => webkit.execute(() => location.hash)).toBe('');
  expect(await webkit.execute(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(await webkit.execute(() => 'injected' in window)).toBe(false);
  expect(await pageErrors(webkit)).toEqual([]);
});

const BATCH = 50;
for (let start = 0; start < VECTORS.length; start += BATCH) {
  const end = Math.min(start + BATCH, VECTORS.length) - 1;
  test(`hostile article HTML is inert: vectors ${start}–${end}`, async ({ webkit, open }) => {
    test.setTimeout(BATCH * 6_000);
    for (let i = start; i <= end; i++) {
      await open(writeXssFeed(i));
      const what = `${VECTORS[i]!.title}\n${VECTORS[i]!.payload.slice(0, 300)}`;
      await expect.poll(() => webkit.execute(() => document.querySelector('h1')?.textContent), { message: what }).toBe(`Vector ${i}`);
      await webkit.execute(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await leftovers(webkit), what).toEqual([]);
      expect(await dialogs(webkit), what).toEqual([]);
      expect(await pageErrors(webkit), what).toEqual([]);
      expect(await webkit.execute(() => document.querySelectorAll('[role="alert"]').length), what).toBe(0);
      expect(new URL(await webkit.getUrl()).pathname, what).toBe(`/article/w${i}`);
    }
  });
}

test('every DOM-clobbering vector renders its article, and nothing runs', async ({ webkit, open }) => {
  const vectors = clobberVectors();
  test.setTimeout(vectors.length * 6_000);
  const paths = writeClobberFeeds(vectors);
  let tried = 0;
  for (const vector of vectors) {
    await open(paths.get(vector.index)!);
    const named = await webkit.execute(clobbers, vector.names);
    if (named.length === 0) continue;
    tried++;
    const what = `${vector.title} (${named.join(', ')})`;
    await expect.poll(() => webkit.execute(() => document.querySelector('h1')?.textContent), { message: what }).toBe(`Clobber ${vector.index}`);
    expect(await webkit.execute(() => [...document.querySelectorAll('h2')].map((h) => h.textContent)), what).toContain(`Before ${vector.index}`);
    expect(await webkit.execute(() => document.querySelectorAll('[role="alert"]').length), what).toBe(0);
    expect(await pageErrors(webkit), what).toEqual([]);
    expect(await dialogs(webkit), what).toEqual([]);
  }
  expect(tried).toBeGreaterThanOrEqual(20);
});

test('a feed that fails shows the error view; Retry loads it once the server answers', async ({ webkit, open, server }) => {
  await open(`/${fixtureFeed('feeds/json-feed-1.1.json', 'fail=3')}`);
  const alert = webkit.$('[role="alert"]');
  await expect.poll(() => alert.getText(), { timeout: 20_000 }).toContain('The server answered 503');
  expect(server.requests.filter((url) => url.startsWith('/__t/fail=3/'))).toHaveLength(3);
  await alert.$('button=Retry').click();
  await webkit.$('a=Older').waitForDisplayed();
  expect(await webkit.execute(() => document.querySelectorAll('[role="alert"]').length)).toBe(0);
});
