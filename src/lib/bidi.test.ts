import { describe, expect, it } from 'vitest';
import { stripBidiControls, stripBidiControlsFromJson } from './bidi';

const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

describe('stripBidiControls', () => {
  it('removes every embedding, override and isolate, so "Invoice \\u202Efdp.exe" reads as written', () => {
    expect(stripBidiControls('Invoice \u202Efdp.exe')).toBe('Invoice fdp.exe');
    expect(stripBidiControls(`a${CONTROLS.join('')}b`)).toBe('ab');
  });

  it('keeps right-to-left text and the left-to-right and right-to-left marks', () => {
    expect(stripBidiControls('שלום \u200Fعالم\u200E 入微')).toBe('שלום \u200Fعالم\u200E 入微');
  });
});

describe('stripBidiControlsFromJson', () => {
  it('removes controls written raw or escaped from every string of a document', () => {
    const json = JSON.stringify({ title: 'Invoice \u202Efdp.exe', tags: ['\u2067x'] }).replace('\u2067', '\\u2067');
    expect(json).toContain('\\u2067');
    expect(JSON.parse(stripBidiControlsFromJson(json))).toEqual({ title: 'Invoice fdp.exe', tags: ['x'] });
  });

  it('leaves an escaped backslash followed by the letters u202e alone', () => {
    const json = JSON.stringify({ path: 'C:\\u202e', n: 1 });
    expect(JSON.parse(stripBidiControlsFromJson(json))).toEqual({ path: 'C:\\u202e', n: 1 });
  });

  it('keeps every other escape', () => {
    const json = '{"a":"\\u0041\\n\\"\\\\\\u202E\\u2028"}';
    expect(JSON.parse(stripBidiControlsFromJson(json))).toEqual({ a: 'A\n"\\\u2028' });
  });
});
