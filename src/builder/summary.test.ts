import { describe, expect, it } from 'vitest';
import { summarize, summaryText } from './summary';

describe('summarize', () => {
  it('takes the first source with text and converts it to plain text', () => {
    expect(summarize([undefined, '  ', '<p>From the <em>excerpt</em> &amp; more</p>', '<p>body</p>'])).toBe('From the excerpt & more');
  });

  it('has no summary when no source has text', () => {
    expect(summarize([undefined, '<img src="a.png">'])).toBeUndefined();
  });
});

describe('summaryText', () => {
  it('reads past emoji-heavy text until it has enough characters', () => {
    const html = `<p>${'😀'.repeat(300)}</p>`;
    expect(summaryText(html)).toBe(`${'😀'.repeat(199)}…`);
  });

  it('does not cut text that fits', () => {
    expect(summaryText('<p>短文</p><p>两段</p>')).toBe('短文 两段');
  });
});
