// Single-key shortcuts must never steal what the reader types: not in a
// field, not with Ctrl/Alt/Meta (the browser's and the system's), not while
// an input method composes (the key then belongs to the composition), and
// not inside a dialog (it has its own keys; the page behind is inert).

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'> & { isComposing?: boolean; keyCode?: number };

function isTypingOrInDialog(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  return element.isContentEditable || element.closest('input, textarea, select, dialog, [contenteditable=""], [contenteditable="true"]') !== null;
}

/** The key a plain shortcut press stands for, or null when the press is not one. Shift is allowed (`?`). */
export function shortcutKey(event: KeyEventLike): string | null {
  // keyCode 229: the key went to an input method (Safari reports isComposing late).
  if (event.isComposing || event.keyCode === 229) return null;
  if (event.altKey || event.ctrlKey || event.metaKey || isTypingOrInDialog(event.target)) return null;
  return event.key;
}
