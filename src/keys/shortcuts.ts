// Every keyboard shortcut of the app, for the "Keyboard shortcuts" sheet (and
// README.md's list). The handlers live with their views: the list's j/k and
// g c (src/list/list-keys.ts), the article's n/p/t, the search box's / and Ctrl+K.
import type { MessageKey } from '../lib/i18n';

/** One way to press a shortcut: keys pressed one after another. */
export type KeySequence = readonly string[];
export type Shortcut = { keys: readonly KeySequence[]; label: MessageKey };
export type ShortcutGroup = { title: MessageKey; shortcuts: readonly Shortcut[] };

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'keysEverywhere',
    shortcuts: [
      { keys: [['?']], label: 'keyShowShortcuts' },
      { keys: [['/'], ['Ctrl+K']], label: 'keySearch' },
      { keys: [['Esc']], label: 'keyClose' },
    ],
  },
  {
    title: 'keysList',
    shortcuts: [
      { keys: [['j']], label: 'keyNextRow' },
      { keys: [['k']], label: 'keyPreviousRow' },
      { keys: [['g', 'c']], label: 'keyCategories' },
    ],
  },
  {
    title: 'keysArticle',
    shortcuts: [
      { keys: [['n']], label: 'keyNextArticle' },
      { keys: [['p']], label: 'keyPreviousArticle' },
      { keys: [['t']], label: 'keyToc' },
    ],
  },
];
