// The browser globals the app's modules use, in Node, from a jsdom window:
// DOMPurify sanitizes over it (it needs a real DOM; happy-dom's is not one it
// trusts), and the pipeline builds its nodes in it. Globals Node already has
// (URL, TextEncoder, Event, ...) stay Node's own. The interface language is
// fixed to English before any module of the app reads it (lib/i18n.ts).
import { JSDOM } from 'jsdom';

export function installDom(url: string): void {
  const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url });
  const scope = globalThis as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(window)) {
    if (/^[A-Z]/.test(name) && !(name in scope)) scope[name] = (window as unknown as Record<string, unknown>)[name];
  }
  Object.assign(scope, { window, document: window.document, location: window.location });
  Object.defineProperty(globalThis, 'navigator', { value: { languages: ['en'], language: 'en', userAgent: 'ruwei-prerender' }, configurable: true });
}
