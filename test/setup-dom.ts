import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetScrollMemory } from '../src/ui/scroll-memory';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  // Positions saved by one test must not be restored in the next.
  resetScrollMemory();
});

// jsdom lays nothing out: it has no scrolling and no IntersectionObserver.
window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
Element.prototype.scrollIntoView = vi.fn();
class NoopIntersectionObserver {
  readonly root = null;
  readonly rootMargin = '0px';
  readonly thresholds = [0];
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
window.IntersectionObserver = NoopIntersectionObserver as unknown as typeof IntersectionObserver;
