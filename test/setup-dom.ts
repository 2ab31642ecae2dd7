import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetReadMarks } from '../src/reading/read-store';
import { resetPlaces } from '../src/reading/resume-store';
import { resetScrollMemory } from '../src/ui/scroll-memory';
import { resetRowSizes } from '../src/list/row-sizes';

// findBy*/waitFor wait for what the user would see; 1 s (the default) is not
// enough for the first lazy route chunk to be transformed on a loaded machine.
// A longer wait asserts no time: a passing test returns as soon as it can.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  // Positions and row sizes saved by one test must not be restored in the next; their pending
  // copies to sessionStorage are dropped too (one firing after the file's DOM is gone is an error).
  resetScrollMemory();
  resetRowSizes();
  resetReadMarks();
  resetPlaces();
  // The stand-ins below are set once: their calls must not carry over into the next test.
  vi.mocked(window.scrollTo).mockClear();
  vi.mocked(Element.prototype.scrollIntoView).mockClear();
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
