// Reader-app shortcuts: j/k move between rows, g then c goes to the
// categories. `/` and Ctrl+K belong to the search box.
import { shortcutKey } from '../lib/shortcut-key';

export type ListKeyAction = { type: 'move'; delta: 1 | -1 } | { type: 'categories' };

const SEQUENCE_MS = 1000;

/** A stateful reader of keydown events: returns the action a key completes, if any. */
export function createListKeyReader() {
  let pendingG = 0;
  return (event: Parameters<typeof shortcutKey>[0] & Pick<KeyboardEvent, 'timeStamp'>): ListKeyAction | null => {
    const key = shortcutKey(event);
    if (key === null) return null;
    const afterG = pendingG > 0 && event.timeStamp - pendingG < SEQUENCE_MS;
    pendingG = 0;
    if (key === 'j') return { type: 'move', delta: 1 };
    if (key === 'k') return { type: 'move', delta: -1 };
    if (key === 'g') pendingG = event.timeStamp || 1;
    if (key === 'c' && afterG) return { type: 'categories' };
    return null;
  };
}
