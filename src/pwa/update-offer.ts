// A new version is waiting: the one thing the header's "Reload" prompt needs
// to know, set by register.ts (loaded later, on idle). Kept out of register.ts
// so the list's first load carries only this.
type Apply = () => void;

let apply: Apply | null = null;
const listeners = new Set<() => void>();

export function offerUpdate(next: Apply): void {
  apply = next;
  for (const listener of listeners) listener();
}

export function subscribeUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const pendingUpdate = (): Apply | null => apply;
