import { describe, expect, it } from 'vitest';
import { highlight, matcher, snippet, SNIPPET_LENGTH } from './highlight';
import { queryWords } from '../lib/tokenize';

const pattern = (query: string) => matcher(queryWords(query));
const marks = (text: string, query: string) =>
  highlight(text, pattern(query)).filter((segment) => segment.mark).map((segment) => segment.text);

describe('highlight', () => {
  it('marks the original characters of a folded match', () => {
    expect(marks('Ｒｅａｃｔ and react', 'REACT')).toEqual(['Ｒｅａｃｔ', 'react']);
  });

  it('marks a Latin word only where a word starts', () => {
    expect(marks('preact react', 'react')).toEqual(['react']);
  });

  it('marks each CJK word of the query', () => {
    expect(marks('视频号推出了创作者激励计划', '视频号激励')).toEqual(['视频号', '激励']);
  });

  it('keeps every character of the text, in order', () => {
    const text = 'ﬀ İstanbul 😀 视频号 ＡＢＣ';
    expect(highlight(text, pattern('istanbul 视频 abc')).map((segment) => segment.text).join('')).toBe(text);
  });

  it('treats regular-expression characters in the query as text', () => {
    expect(marks('a (b+) c', '(b+)')).toEqual(['b']);
  });
});

describe('snippet', () => {
  it('shows the passage around the first match, with an ellipsis where it was cut', () => {
    const text = `${'填充文字'.repeat(100)}视频号激励${'后文'.repeat(100)}`;
    const segments = snippet(text, pattern('激励'));
    expect(segments[0]).toEqual({ text: '…', mark: false });
    expect(segments.at(-1)).toEqual({ text: '…', mark: false });
    expect(segments.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['激励']);
    expect(segments.map((segment) => segment.text).join('').length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
  });

  it('shows the start of the text when nothing matches', () => {
    expect(snippet('short text', pattern('zzz'))).toEqual([{ text: 'short text', mark: false }]);
  });

  it('never cuts an emoji in half', () => {
    const text = `${'😀'.repeat(200)}x`;
    const joined = snippet(text, pattern('x')).map((segment) => segment.text).join('');
    expect(joined).not.toMatch(/^…?[\uDC00-\uDFFF]|[\uD800-\uDBFF]…?$/);
  });
});
