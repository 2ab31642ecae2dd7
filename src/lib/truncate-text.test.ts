import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemeEnds, truncate } from './truncate-text';

const MAX = 200;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (text: string): string[] => [...segmenter.segment(text)].map((s) => s.segment);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const wellFormed = (text: string): boolean => !LONE_SURROGATE.test(text);

describe('truncate', () => {
  it('leaves text of at most 200 characters alone', () => {
    const text = '字'.repeat(200);
    expect(truncate(text, MAX)).toBe(text);
  });

  it('cuts CJK text to 199 characters and adds an ellipsis', () => {
    const cut = truncate('字'.repeat(300), MAX);
    expect(cut).toBe(`${'字'.repeat(199)}…`);
    expect(graphemes(cut)).toHaveLength(MAX);
  });

  it('never splits a surrogate pair', () => {
    const cut = truncate('😀'.repeat(300), MAX);
    expect(cut).toBe(`${'😀'.repeat(199)}…`);
    expect(wellFormed(cut)).toBe(true);
  });

  it('never separates a letter from its combining marks', () => {
    const e = 'e\u0301\u0323';
    const cut = truncate(e.repeat(300), MAX);
    expect(cut).toBe(`${e.repeat(199)}…`);
  });

  it('keeps an emoji ZWJ sequence whole', () => {
    const family = '👨‍👩‍👧‍👦';
    const cut = truncate(`${'字'.repeat(198)}${family}${'字'.repeat(10)}`, MAX);
    expect(cut).toBe(`${'字'.repeat(198)}${family}…`);
  });

  it('ends text with spaces on a word boundary', () => {
    const words = 'lorem ipsum dolor sit amet '.repeat(20);
    const cut = truncate(words, MAX);
    expect(cut.endsWith('…')).toBe(true);
    const kept = cut.slice(0, -1);
    expect(words.startsWith(kept)).toBe(true);
    expect(words[kept.length]).toBe(' ');
    expect(graphemes(cut).length).toBeLessThanOrEqual(MAX);
  });

  it('cuts one very long word on a grapheme boundary', () => {
    expect(truncate(`see ${'x'.repeat(400)}`, MAX)).toBe(`see ${'x'.repeat(195)}…`);
  });

  it('stays within the limit for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const cut = truncate(text, 50);
        expect(graphemes(cut).length).toBeLessThanOrEqual(50);
        expect(wellFormed(cut)).toBe(true);
        if (cut !== text) expect(text.startsWith(cut.slice(0, -1))).toBe(true);
      }),
      { numRuns: 100, seed: 20_240_631 },
    );
  });
});

describe('graphemeEnds', () => {
  it('agrees with Intl.Segmenter, with or without the fast path', () => {
    const alphabet = ['a', ' ', '字', '，', 'ー', 'é', 'e\u0301', '😀', '🇨🇳', '\u200d', '\ufe0f', '한', '\u1100\u1161', 'ｶ\uff9e', '\u3099'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        let end = 0;
        const expected = graphemes(text).map((g) => (end += g.length));
        expect(graphemeEnds(text, 1000)).toEqual(expected);
      }),
      { numRuns: 1000, seed: 20_240_632 },
    );
  });
});
