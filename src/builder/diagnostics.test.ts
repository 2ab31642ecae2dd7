import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostics';

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
