import { describe, expect, it } from 'vitest';
import { fold, indexTerms, MAX_QUERY_WORDS, MAX_TERM_LENGTH, queryWords } from './tokenize';

describe('indexTerms', () => {
  it('indexes CJK text as overlapping bigrams and Latin text by words', () => {
    expect(indexTerms('视频号激励 React-Router')).toEqual(['视频', '频号', '号激', '激励', 'react', 'router']);
  });

  it('folds width and case', () => {
    expect(indexTerms('ＡＢＣ１２３')).toEqual(['abc123']);
    expect(fold('ＡＢＣ１２３')).toBe(fold('abc123'));
  });

  it('cuts a very long word', () => {
    expect(indexTerms('x'.repeat(10_000))).toEqual(['x'.repeat(MAX_TERM_LENGTH)]);
  });

  it('replaces lone surrogates instead of failing', () => {
    expect(indexTerms('a\uD800b')).toEqual(['a', 'b']);
  });
});

describe('queryWords', () => {
  it('cuts a CJK run into words with Intl.Segmenter', () => {
    expect(queryWords('视频号激励').map((word) => word.text)).toEqual(['视频', '号', '激励']);
  });

  it('gives a one-character word the bigrams around it', () => {
    expect(queryWords('视频号激励')[1]).toEqual({ kind: 'cjk', text: '号', around: ['频号', '号激'] });
  });

  it('splits mixed Chinese and English', () => {
    const words = queryWords('SpringBoot扫码登录').map((word) => word.text);
    expect(words[0]).toBe('springboot');
    expect(words.slice(1).join('')).toBe('扫码登录');
  });

  it('reads at most a bounded number of words', () => {
    expect(queryWords('ab '.repeat(3_334))).toHaveLength(1);
    expect(queryWords(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '))).toHaveLength(MAX_QUERY_WORDS);
  });
});
