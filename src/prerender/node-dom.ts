// The browser globals the app's modules use, in Node, from a jsdom window:
// DOMPurify sanitizes over it (it needs a real DOM; happy-dom's is not one it
// trusts), and the pipeline builds its nodes in it. Globals Node already has
// (URL, TextEncoder, Event, ...) stay Node's own. The interface language is
// fixed to English before any module of the app reads it (lib/i18n.ts).
// jsdom is loaded only when a page is to be rendered (loading it takes about
// a second): a build whose pages all come from the cache never loads it.

type Listener = Parameters<Window['addEventListener']>;

// Listeners added to the window while a page renders (see withoutNewListeners).
let added: Listener[] | undefined;

/** Before the app's modules are imported: they read the interface language at once. */
export function installNavigator(): void {
  Object.defineProperty(globalThis, 'navigator', { value: { languages: ['en'], language: 'en', userAgent: 'ruwei-prerender' }, configurable: true });
}

/** Before the first render, and before the article chunk (DOMPurify) is imported: it takes the window it finds then. */
export async function installDom(url: string): Promise<void> {
  if ('window' in globalThis) return;
  const { JSDOM } = await import('jsdom');
  const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url });
  const scope = globalThis as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(window)) {
    if (/^[A-Z]/.test(name) && !(name in scope)) scope[name] = (window as unknown as Record<string, unknown>)[name];
  }
  // getComputedStyle: the list's row height is read from the root's font size (16 px in jsdom, as a browser's default).
  Object.assign(scope, { window, document: window.document, location: window.location, getComputedStyle: window.getComputedStyle.bind(window) });
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
