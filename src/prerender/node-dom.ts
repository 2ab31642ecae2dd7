// The browser globals the app's modules use, in Node, from a jsdom window:
// DOMPurify sanitizes over it (it needs a real DOM; happy-dom's is not one it
// trusts), and the pipeline builds its nodes in it. Globals Node already has
// (URL, TextEncoder, Event, ...) stay Node's own. The interface language is
// fixed to English before any module of the app reads it (lib/i18n.ts).
import { JSDOM } from 'jsdom';

type Listener = Parameters<Window['addEventListener']>;

// Listeners added to the window while a page renders (see withoutNewListeners).
let added: Listener[] | undefined;

export function installDom(url: string): void {
  const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url });
  const scope = globalThis as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(window)) {
    if (/^[A-Z]/.test(name) && !(name in scope)) scope[name] = (window as unknown as Record<string, unknown>)[name];
  }
  Object.assign(scope, { window, document: window.document, location: window.location });
  Object.defineProperty(globalThis, 'navigator', { value: { languages: ['en'], language: 'en', userAgent: 'ruwei-prerender' }, configurable: true });
  const addEventListener = window.addEventListener.bind(window);
  window.addEventListener = (...listener: Listener) => {
    added?.push(listener);
    addEventListener(...listener);
  };
}

/**
 * Runs `render` and then takes off the window every listener added meanwhile.
 * jsdom's selector engine adds nine (focus, keys, mouse) for each document a
 * selector is run in, here every article's inert sanitizer document, and
 * never takes them off: they kept each article's whole DOM alive, and the
 * worker's time went more and more into garbage collection. A page rendered
 * on the server receives no event, so nothing they would do is lost.
 */
export function withoutNewListeners<T>(render: () => T): T {
  const outer = added;
  added = [];
  try {
    return render();
  } finally {
    for (const listener of added) window.removeEventListener(...listener);
    added = outer;
  }
}
