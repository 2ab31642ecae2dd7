import { describe, expect, it } from 'vitest';
import { pickLocale, translator } from './i18n';

describe('pickLocale', () => {
  it('follows the first language the interface knows', () => {
    expect(pickLocale(['zh-CN', 'en'])).toBe('zh');
    expect(pickLocale(['fr-FR', 'en-GB', 'zh'])).toBe('en');
    expect(pickLocale(['zh-Hant-TW'])).toBe('zh');
  });

  it('falls back to English', () => {
    expect(pickLocale(['fr'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});

describe('translator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('en')('emptyCategory', { name: '资讯' })).toBe('No articles in “资讯”.');
    expect(translator('zh')('minutesRead', { n: 3 })).toBe('阅读约 3 分钟');
    expect(translator('en')('minutesRead')).toBe('{n} min read');
  });
});
