// Hostile article HTML, rendered as an article body in the built app in
// Chromium and Firefox: DOMPurify's 223 test vectors and ruwei's own cases. For each one:
// no dialog opens, no script runs, no request leaves for another host, and no
// dangerous element or attribute reaches the article's DOM; the page stays
// usable.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { writeGenerated } from '../support/generate';
import { GENERATED } from '../support/server';

type Vector = { title: string; payload: string };
const read = (name: string): Vector[] => JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/xss', name), 'utf8')) as Vector[];

const VECTORS: Vector[] = [
  ...read('dompurify-vectors.json').map((v, i) => ({ title: `DOMPurify #${i}: ${v.title}`, payload: v.payload })),
  ...read('ruwei-vectors.json').map((v) => ({ title: `ruwei: ${v.title}`, payload: v.payload })),
  { title: 'ruwei: 10,000-deep nesting', payload: `${'<div>'.repeat(10_000)}deepest text${'</div>'.repeat(10_000)}` },
];
export const VECTOR_COUNT = VECTORS.length;

// One small feed per vector: each page load reads only its own payload.
const feedOf = (i: number) => `/__gen/xss/v${i}.json`;
function writeFeeds(): void {
  VECTORS.forEach((vector, i) => {
    const item = { id: `v${i}`, title: `Vector ${i}`, content_html: `<h2>Before ${i}</h2>${vector.payload}<h2>After ${i}</h2><p>end of vector ${i}</p>` };
    writeGenerated(join(GENERATED, 'xss', `v${i}.json`), JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'XSS', items: [item] }));
  });
}

// Opens the vector's article inside the app (`open`) or waits for the page just loaded to show it, then,
// after a moment for lazy images, refreshes and timers to misbehave (the page scrolled to the end): whether
// the article's heading was shown, everything a payload could have left in the article's DOM that must not
// be there, whether a script ran, where the page is and whether it shows an error. One round trip: over
// BiDi each one costs Firefox a tenth of a second, and an expect() that polls waits longer between tries.
function aftermath(page: Page, vector: { path: string; heading: string; open: boolean }) {
  return page.evaluate(async ({ path, heading, open }) => {
    if (open) {
      history.pushState(null, '', path);
      dispatchEvent(new PopStateEvent('popstate'));
    }
    const shownAt = () => [...document.querySelectorAll('h1')].some((h1) => h1.textContent === heading && h1.checkVisibility({ visibilityProperty: true }));
    const deadline = performance.now() + 10_000;
    while (!shownAt() && performance.now() < deadline) await new Promise((done) => setTimeout(done, 20));
    const shown = shownAt();
    window.scrollTo(0, document.documentElement.scrollHeight);
    await new Promise((done) => setTimeout(done, 100));
    const state = {
      shown,
      path: location.pathname,
      ran: (window as unknown as { xssSentinel: boolean }).xssSentinel,
      alerts: document.querySelectorAll('[role="alert"]').length,
      leftovers: [] as string[],
    };
    const body = document.querySelector('.article-body');
    if (!body) return { ...state, leftovers: ['no article body'] };
    const found = state.leftovers;
    const described = [...body.querySelectorAll('button.copy-link')].map((button) => button.getAttribute('aria-describedby'));
    const ownIds = new Set([...body.querySelectorAll('h1[id], h2[id], h3[id], h4[id], p[id]')]
      .map((el) => el.id)
      .filter((id) => described.filter((d) => d === id).length === 1 && document.querySelectorAll(`[id="${CSS.escape(id)}"]`).length === 1));
    const banned = 'script, iframe, frame, frameset, object, embed, applet, base, meta, link, style, form, input, textarea, select, option, svg, math, template, noscript';
    for (const el of body.querySelectorAll(banned)) found.push(`<${el.localName}>`);
    // The app's own buttons: copy a section's link, copy a code block, open a picture (feed buttons are dropped).
    for (const el of body.querySelectorAll('button:not(.copy-link, .copy-code, .image-open)')) found.push(`<button> ${el.outerHTML.slice(0, 60)}`);
    for (const el of body.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        // eslint-disable-next-line no-control-regex -- browsers ignore these inside a URL's scheme
        const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (name.startsWith('on')) found.push(`${el.localName}[${name}]`);
        if (name === 'style' || name === 'srcdoc' || name === 'formaction' || name === 'ping' || name.includes(':')) found.push(`${el.localName}[${name}]`);
        const isUrl = /^(href|src|poster|action|data|background|cite|lowsrc|dynsrc|longdesc)$/.test(name);
        if (isUrl && /^(javascript|vbscript|data:text)/.test(value)) found.push(`${el.localName}[${name}=${attr.value.slice(0, 40)}]`);
        if (name === 'srcset' && /javascript:|vbscript:|data:/.test(value)) found.push(`${el.localName}[srcset]`);
        // The pipeline sets ids only on the section starts it finds (h1-h4, bold-only p), each with its own
        // copy-link button pointing at it; it never sets a name.
        if (name === 'name' || (name === 'id' && !ownIds.has(attr.value))) found.push(`${el.localName}[${name}=${attr.value}]`);
      }
      if (el.localName === 'a' && el.getAttribute('target') === '_blank' && el.getAttribute('rel') !== 'noopener noreferrer') found.push('a[target=_blank] without rel');
    }
    return state;
  }, vector);
}

test.describe.configure({ mode: 'parallel' });
test.beforeAll(writeFeeds);

// Small enough for each batch to end well inside the test timeout on a busy machine; large enough that a
// new page per batch (seconds in Firefox) is not most of the run.
const BATCH = 20;
for (let start = 0; start < VECTORS.length; start += BATCH) {
  const batch = VECTORS.slice(start, start + BATCH).map((vector, i) => ({ ...vector, index: start + i }));
  test(`hostile article HTML is inert: vectors ${start}–${start + batch.length - 1}`, async ({ page, server }) => {
    const dialogs: string[] = [];
    const errors: string[] = [];
    let requests: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.addInitScript(() => {
      const ran = () => Object.assign(window, { xssSentinel: true });
      Object.assign(window, { xssSentinel: false, alert: ran, confirm: ran, prompt: ran, print: ran });
    });
    const origin = new URL(server.url).host;
    for (const [n, vector] of batch.entries()) {
      requests = [];
      const path = `/article/v${vector.index}?feed=${encodeURIComponent(feedOf(vector.index))}`;
      // The batch's first vector opens cold, the others inside the app as a reader's next article does
      // (a page load costs Firefox over BiDi about a second). Every check below runs for every vector.
      if (n === 0) await page.goto(path);
      const what = `${vector.title}\n${vector.payload.slice(0, 300)}`;
      // (The closing paragraph is not checked: an unclosed <textarea>, <title> or comment in a payload swallows it.)
      const after = await aftermath(page, { path, heading: `Vector ${vector.index}`, open: n > 0 });
      expect(after.shown, `${what}\n(its article's heading was never shown)`).toBe(true);
      expect(after.leftovers, what).toEqual([]);
      expect(after.ran, what).toBe(false);
      expect(after.path, what).toBe(`/article/v${vector.index}`);
      expect(after.alerts, what).toBe(0);
      expect(dialogs, what).toEqual([]);
      expect(errors, what).toEqual([]);
      const away = requests.filter((url) => !url.startsWith('data:') && new URL(url).host !== origin);
      expect(away, what).toEqual([]);
    }
  });
}
