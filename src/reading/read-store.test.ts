import { afterEach, describe, expect, it, vi } from 'vitest';
import { markOpened, markRead, openedThisVisit, readMarks, resetReadMarks, subscribeReadMarks } from './read-store';
import { readKey } from './read-state';

const feed = 'https://example.org/feed.json';

afterEach(() => {
  vi.restoreAllMocks();
  resetReadMarks();
});

describe('read store', () => {
  it('stores marks in localStorage and tells its listeners', () => {
    const listener = vi.fn();
    const stop = subscribeReadMarks(listener);
    markRead(feed, ['a', 'b']);
    stop();
    expect(listener).toHaveBeenCalled();
    expect(JSON.parse(localStorage.getItem('ruwei:read')!)).toMatchObject({ v: 1, read: [[readKey(feed, 'a'), expect.any(Number)], [readKey(feed, 'b'), expect.any(Number)]] });
  });

  it('keeps working in memory when storage refuses to write (quota, private mode)', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => markRead(feed, ['a'])).not.toThrow();
    expect(readMarks().has(readKey(feed, 'a'))).toBe(true);
  });

  it('remembers which articles were opened in this visit', () => {
    markOpened(feed, 'a');
    expect(openedThisVisit(feed, 'a')).toBe(true);
    expect(openedThisVisit(feed, 'b')).toBe(false);
    expect(readMarks().has(readKey(feed, 'a'))).toBe(true);
  });
});
