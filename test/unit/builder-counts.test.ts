// TESTING.md states how many cases the builder's hostile-input
// tests run; the tests take those numbers from test/builder-counts.ts. This
// keeps the document and the tests saying the same thing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASES, FUZZ } from '../builder-counts';

const doc = readFileSync(new URL('../../TESTING.md', import.meta.url), 'utf8');

/** The cells of the table row whose first cell is `key` in backticks. */
function row(key: string): string[] | undefined {
  const line = doc.split('\n').find((l) => l.startsWith(`| \`${key}\` |`));
  return line?.split('|').slice(1, -1).map((cell) => cell.trim());
}

describe('TESTING.md', () => {
  it.each(Object.entries(FUZZ))('states the runs and seed of the property test %s', (key, { numRuns, seed }) => {
    const cells = row(key);
    expect(cells).toBeDefined();
    expect(cells?.slice(-2)).toEqual([String(numRuns), String(seed)]);
  });

  it.each(Object.entries(CASES))('states the count %s', (key, count) => {
    expect(row(key)?.[1]).toBe(String(count));
  });

  it('states the total number of property runs', () => {
    const total = Object.values(FUZZ).reduce((sum, { numRuns }) => sum + numRuns, 0);
    expect(doc).toContain(`${total} runs in all`);
  });
});
