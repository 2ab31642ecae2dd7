import { afterEach, describe, expect, it, vi } from 'vitest';
import { anchorSection, endGlide, releaseSection, resetScrollMemory, saveScroll, savedScroll, savedSection, startGlide } from './scroll-memory';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('scroll memory', () => {
  it('keeps one position per history entry', () => {
    saveScroll('a /', 120);
    saveScroll('b /article/x', 900);
    saveScroll('a /', 150);
    expect(savedScroll('a /')).toBe(150);
    expect(savedScroll('b /article/x')).toBe(900);
    expect(savedScroll('c /')).toBeUndefined();
  });

  it('records nothing while the app glides, until the glide ends', () => {
    saveScroll('a /', 10);
    startGlide();
    saveScroll('a /', 500);
    expect(savedScroll('a /')).toBe(10);
    endGlide();
    saveScroll('a /', 2000);
    expect(savedScroll('a /')).toBe(2000);
  });

  it('ends a glide by time where the browser never says it ended', () => {
    vi.useFakeTimers();
    startGlide();
    vi.advanceTimersByTime(2000);
    saveScroll('a /', 700);
    expect(savedScroll('a /')).toBe(700);
  });

  const hidePage = () => window.dispatchEvent(new Event('pagehide'));

  it('writes positions to sessionStorage when the page is hidden, so the reloaded page finds them', async () => {
    saveScroll('a /', 321);
    hidePage();
    vi.resetModules();
    const reloaded = await import('./scroll-memory');
    expect(reloaded.savedScroll('a /')).toBe(321);
    resetScrollMemory();
    expect(savedScroll('a /')).toBeUndefined();
  });

  it('keeps the 100 entries saved last: the one saved longest ago goes first', () => {
    for (let n = 0; n < 100; n++) saveScroll(`e${n} /`, n);
    saveScroll('e0 /', 5); // saved again: now the newest
    saveScroll('e100 /', 100);
    expect(savedScroll('e1 /')).toBeUndefined();
    expect([savedScroll('e0 /'), savedScroll('e2 /'), savedScroll('e100 /')]).toEqual([5, 2, 100]);
  });

  it('keeps positions for the page when sessionStorage refuses to store them', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    saveScroll('a /', 42);
    expect(hidePage).not.toThrow();
    expect(savedScroll('a /')).toBe(42);
  });

  it.each([
    ['storage that cannot be read', () => vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => { throw new DOMException('denied', 'SecurityError'); })],
    ['stored text that is not JSON', () => sessionStorage.setItem('ruwei:scroll', '{not json')],
    ['stored JSON that is not a list', () => sessionStorage.setItem('ruwei:scroll', '{"a /": 3}')],
  ])('starts empty, without an error, from %s', async (_name, spoil) => {
    vi.resetModules();
    spoil();
    const fresh = await import('./scroll-memory');
    expect(fresh.savedScroll('a /')).toBeUndefined();
    fresh.saveScroll('a /', 7);
    expect(fresh.savedScroll('a /')).toBe(7);
  });

  it('keeps the section the app put an entry at, through scrolls, until the reader scrolls', async () => {
    anchorSection('a /#s', 's', 0);
    saveScroll('a /#s', 4926);
    expect(savedSection('a /#s')).toBe('s');
    hidePage();
    vi.resetModules();
    const reloaded = await import('./scroll-memory');
    expect(reloaded.savedSection('a /#s')).toBe('s');
    reloaded.releaseSection('a /#s');
    expect(reloaded.savedSection('a /#s')).toBeUndefined();
    expect(reloaded.savedScroll('a /#s')).toBe(4926);
    releaseSection('b /');
    expect(savedSection('b /')).toBeUndefined();
  });
});
