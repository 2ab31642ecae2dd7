import { describe, expect, it } from 'vitest';
import { formatDate, formatRecentDate } from './format-date';

const NOW = Date.UTC(2026, 10, 26, 12);

describe('formatRecentDate', () => {
  it('is relative within a week', () => {
    expect(formatRecentDate(NOW - 5 * 60_000, NOW)).toBe('5 minutes ago');
    expect(formatRecentDate(NOW - 3 * 3_600_000, NOW)).toBe('3 hours ago');
    expect(formatRecentDate(NOW - 86_400_000, NOW)).toBe('yesterday');
  });

  it('is absolute for older dates and for dates in the future', () => {
    const old = Date.UTC(2022, 0, 7, 10, 8, 21);
    expect(formatRecentDate(old, NOW)).toBe(formatDate(old));
    expect(formatRecentDate(NOW + 60_000, NOW)).toBe(formatDate(NOW + 60_000));
    expect(formatDate(old)).toBe('Jan 7, 2022');
  });
});
