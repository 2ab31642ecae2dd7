// The reader's settings as React state: read once from storage, saved and
// applied to <html> on each change, and followed across tabs.
import { useCallback, useEffect, useState } from 'react';
import { parseSettings, serializeSettings, settingsAttributes, STORAGE_KEY, THEME_COLOR_SCHEMES, themeColorMedia, type Settings } from './settings';

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function apply(settings: Settings): void {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(settingsAttributes(settings))) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
}

/** The browser's bar follows the chosen theme, not only the system's (settings-boot.js sets the same before the first paint). */
function applyThemeColor(theme: Settings['theme']): void {
  for (const scheme of THEME_COLOR_SCHEMES) {
    document.querySelector(`meta[name="theme-color"][data-scheme="${scheme}"]`)?.setAttribute('media', themeColorMedia(theme, scheme));
  }
}

export function useReaderSettings(): [Settings, (change: Partial<Settings>) => void] {
  const [settings, setSettings] = useState(() => parseSettings(readStored()));
  useEffect(() => applyThemeColor(settings.theme), [settings.theme]);
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== STORAGE_KEY) return;
      const next = parseSettings(event.newValue);
      setSettings(next);
      apply(next);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  const update = useCallback((change: Partial<Settings>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    apply(next);
    try {
      localStorage.setItem(STORAGE_KEY, serializeSettings(next));
    } catch {
      // Storage full or blocked: the choice holds for this page only.
    }
  }, [settings]);
  return [settings, update];
}
