// public/settings-boot.js runs before the app and sets the same attributes
// settings.ts would: both read the same stored values here.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseSettings, serializeSettings, settingsAttributes } from './settings';

const BOOT = readFileSync(new URL('../../public/settings-boot.js', import.meta.url), 'utf8');

function boot(stored: string | null, storageThrows = false): Record<string, string> {
  const attributes: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('SecurityError');
      return key === 'ruwei.settings' ? stored : null;
    },
  };
  const documentElement = { setAttribute: (name: string, value: string) => void (attributes[name] = value) };
  runInNewContext(BOOT, { localStorage, document: { documentElement } });
  return attributes;
}

function expected(stored: string | null): Record<string, string> {
  return Object.fromEntries(Object.entries(settingsAttributes(parseSettings(stored))).filter((entry): entry is [string, string] => entry[1] !== null));
}

const STORED = [
  null,
  '',
  'not json',
  '"dark"',
  'null',
  '{"v":2,"theme":"dark"}',
  '{"theme":"dark"}',
  '{"v":1,"theme":"dark","size":"huge","width":7,"font":"serif"}',
  '{"v":1,"theme":"system","size":"m","width":"medium","font":"sans"}',
  '{"v":1,"theme":"constructor","size":"toString","width":"__proto__"}',
  serializeSettings({ theme: 'light', size: 's', width: 'wide', font: 'serif' }),
  serializeSettings({ theme: 'dark', size: 'xl', width: 'narrow', font: 'sans' }),
  serializeSettings({ theme: 'system', size: 'l', width: 'medium', font: 'serif' }),
];

describe('public/settings-boot.js', () => {
  it.each(STORED.map((stored) => [String(stored), stored]))('sets what the app would for %s', (_name, stored) => {
    expect(boot(stored)).toEqual(expected(stored));
  });

  it('leaves the defaults when storage cannot be read', () => {
    expect(boot(null, true)).toEqual({});
  });

  it('stays a few hundred bytes', () => {
    expect(Buffer.byteLength(BOOT)).toBeLessThan(1024);
  });
});
