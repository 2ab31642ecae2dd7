import { afterEach, describe, expect, it, vi } from 'vitest';
import { anchorSection, endGlide, persistScrollMemory, releaseSection, resetScrollMemory, saveScroll, savedScroll, savedSection, startGlide } from './scroll-memory';

afterEach(() => vi.useRealTimers());

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

  it('writes positions to sessionStorage when asked (the page is hidden), so the reloaded page finds them', async () => {
    saveScroll('a /', 321);
    persistScrollMemory();
    vi.resetModules();
    const reloaded = await import('./scroll-memory');
    expect(reloaded.savedScroll('a /')).toBe(321);
    resetScrollMemory();
    expect(savedScroll('a /')).toBeUndefined();
  });

  it('keeps the section the app put an entry at, through scrolls, until the reader scrolls', async () => {
    anchorSection('a /#s', 's', 0);
    saveScroll('a /#s', 4926);
    expect(savedSection('a /#s')).toBe('s');
    persistScrollMemory();
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
