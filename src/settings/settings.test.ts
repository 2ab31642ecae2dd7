import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseSettings, serializeSettings, settingsAttributes, THEME_COLOR_SCHEMES, themeColorMedia } from './settings';

describe('parseSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(parseSettings(null)).toEqual(DEFAULTS);
  });

  it('reads back what serializeSettings wrote', () => {
    const chosen = { theme: 'dark', size: 'xl', width: 'narrow', font: 'serif' } as const;
    expect(parseSettings(serializeSettings(chosen))).toEqual(chosen);
  });

  it('ignores text that is not JSON, or JSON that is not an object', () => {
    expect(parseSettings('{"v":1,"theme":')).toEqual(DEFAULTS);
    expect(parseSettings('"dark"')).toEqual(DEFAULTS);
    expect(parseSettings('[1]')).toEqual(DEFAULTS);
  });

  it('ignores settings stored by another version', () => {
    expect(parseSettings('{"v":2,"theme":"dark"}')).toEqual(DEFAULTS);
    expect(parseSettings('{"theme":"dark"}')).toEqual(DEFAULTS);
  });

  it('keeps the good fields and drops the corrupt ones, one by one', () => {
    expect(parseSettings('{"v":1,"theme":"dark","size":"huge","width":7,"font":"serif"}'))
      .toEqual({ ...DEFAULTS, theme: 'dark', font: 'serif' });
  });

  it('takes no property from the prototype', () => {
    expect(parseSettings('{"v":1,"__proto__":{"theme":"dark"}}')).toEqual(DEFAULTS);
  });
});

describe('settingsAttributes', () => {
  it('sets an attribute for each setting off its default and removes the others', () => {
    expect(settingsAttributes({ ...DEFAULTS, theme: 'light', width: 'wide' })).toEqual({
      'data-theme': 'light', 'data-size': null, 'data-width': 'wide', 'data-font': null,
    });
  });
});

describe('themeColorMedia', () => {
  it('gives each bar colour of index.html the media it is written with when the theme follows the system', () => {
    const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
    for (const scheme of THEME_COLOR_SCHEMES) {
      const meta = new RegExp(`<meta name="theme-color" data-scheme="${scheme}" content="#\\w+" media="([^"]+)"`).exec(html);
      expect(meta?.[1]).toBe(themeColorMedia('system', scheme));
    }
  });

  it('makes the chosen theme’s colour apply always and the other’s never', () => {
    expect(THEME_COLOR_SCHEMES.map((scheme) => themeColorMedia('dark', scheme))).toEqual(['not all', 'all']);
    expect(THEME_COLOR_SCHEMES.map((scheme) => themeColorMedia('light', scheme))).toEqual(['all', 'not all']);
  });
});
