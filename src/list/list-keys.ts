// Reader-app shortcuts: j/k move between rows, g then c goes to the
// categories. `/` is left free for a future search.

export type ListKeyAction = { type: 'move'; delta: 1 | -1 } | { type: 'categories' };

const SEQUENCE_MS = 1000;

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** A stateful reader of keydown events: returns the action a key completes, if any. */
export function createListKeyReader() {
  let pendingG = 0;
  return (event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target' | 'timeStamp'>): ListKeyAction | null => {
    if (event.altKey || event.ctrlKey || event.metaKey || isEditable(event.target)) return null;
    const afterG = pendingG > 0 && event.timeStamp - pendingG < SEQUENCE_MS;
    pendingG = 0;
    if (event.key === 'j') return { type: 'move', delta: 1 };
    if (event.key === 'k') return { type: 'move', delta: -1 };
    if (event.key === 'g') pendingG = event.timeStamp || 1;
    if (event.key === 'c' && afterG) return { type: 'categories' };
    return null;
  };
}
