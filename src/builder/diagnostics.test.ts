import { describe, expect, it } from 'vitest';
import { formatDiagnostic, quote } from './diagnostics';

describe('formatDiagnostic', () => {
  it('writes file:line:col: severity: message, as GCC does', () => {
    expect(formatDiagnostic({ file: 'posts/a.md', line: 4, message: 'bad' }, 'error')).toBe('posts/a.md:4:1: error: bad');
    expect(formatDiagnostic({ file: 'posts/a.md', message: 'no date' }, 'warning')).toBe('posts/a.md: warning: no date');
  });

  it('keeps one diagnostic on one line, escaping controls in names and messages', () => {
    const line = formatDiagnostic({ file: 'nl\nhere.md', message: 'no title; using the file name "nl\nhere\t\u001b[31m\u2028"' }, 'warning');
    expect(line).toBe('nl\\nhere.md: warning: no title; using the file name "nl\\nhere\\t\\u001b[31m\\u2028"');
  });

  it('leaves other text alone', () => {
    expect(formatDiagnostic({ file: '新媒体/😀 e\u0301.md', message: '`date` is "明天"' }, 'error')).toBe('新媒体/😀 e\u0301.md: error: `date` is "明天"');
  });
});

describe('quote', () => {
  it('writes a value as JSON, and numbers JSON has no spelling for as JavaScript does', () => {
    expect([quote('someday'), quote(12), quote(['a', 1]), quote(null)]).toEqual(['"someday"', '12', '["a",1]', 'null']);
    expect([quote(Infinity), quote(-Infinity), quote(NaN)]).toEqual(['Infinity', '-Infinity', 'NaN']);
  });

  it('cuts a long value to 80 characters, never inside a surrogate pair', () => {
    expect(quote('x'.repeat(200_000))).toBe(`"${'x'.repeat(78)}…`);
    expect(quote(`${'x'.repeat(77)}😀😀`)).toBe(`"${'x'.repeat(77)}…`);
  });

  it('names a value that contains itself (YAML aliases can make one)', () => {
    const loop: unknown[] = [];
    loop.push(loop);
    expect(quote(loop)).toBe('a value that contains itself');
  });
});
