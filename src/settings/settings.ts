// The reader's settings: what they are, how they are stored and how they
// reach the page. Pure: the component saves and applies what this returns.
// Stored in localStorage as versioned JSON; a value this version does not
// know (a corrupt field, another version, no JSON at all) is ignored and its
// default taken, field by field. public/settings-boot.js applies the same
// attributes before the first paint and must accept exactly what this does
// (settings-boot.test.ts runs both on the same inputs).

export const STORAGE_KEY = 'ruwei.settings';
export const VERSION = 1;

export const CHOICES = {
  theme: ['system', 'light', 'dark'],
  size: ['s', 'm', 'l', 'xl'],
  width: ['narrow', 'medium', 'wide'],
  font: ['sans', 'serif'],
} as const;

export type SettingName = keyof typeof CHOICES;
export type Settings = { [Name in SettingName]: (typeof CHOICES)[Name][number] };

export const DEFAULTS: Settings = { theme: 'system', size: 'm', width: 'medium', font: 'sans' };

const NAMES = Object.keys(CHOICES) as SettingName[];

function isChoice<Name extends SettingName>(name: Name, value: unknown): value is Settings[Name] {
  return (CHOICES[name] as readonly unknown[]).includes(value);
}

export function parseSettings(stored: string | null): Settings {
  let data: unknown;
  try {
    data = JSON.parse(stored ?? 'null');
  } catch {
    return { ...DEFAULTS };
  }
  if (typeof data !== 'object' || data === null || (data as { v?: unknown }).v !== VERSION) return { ...DEFAULTS };
  const record = data as Record<string, unknown>;
  const settings = { ...DEFAULTS };
  for (const name of NAMES) {
    const value = record[name];
    if (isChoice(name, value)) (settings as Record<SettingName, string>)[name] = value;
  }
  return settings;
}

export function serializeSettings(settings: Settings): string {
  return JSON.stringify({ v: VERSION, ...settings });
}

/**
 * The `data-*` attributes of `<html>` that carry the settings to CSS: one per
 * setting that differs from its default, `null` for one to remove.
 */
export function settingsAttributes(settings: Settings): Record<`data-${SettingName}`, string | null> {
  const attributes = {} as Record<`data-${SettingName}`, string | null>;
  for (const name of NAMES) attributes[`data-${name}`] = settings[name] === DEFAULTS[name] ? null : settings[name];
  return attributes;
}

/** The scheme each of index.html's two `theme-color` metas (the colour of the browser's bar) stands for. */
export const THEME_COLOR_SCHEMES = ['light', 'dark'] as const;

/**
 * The `media` of the `theme-color` meta for `scheme`: a chosen theme's bar
 * colour always applies and the other's never; System leaves it to the system.
 */
export function themeColorMedia(theme: Settings['theme'], scheme: (typeof THEME_COLOR_SCHEMES)[number]): string {
  if (theme === 'system') return `(prefers-color-scheme: ${scheme})`;
  return theme === scheme ? 'all' : 'not all';
}
