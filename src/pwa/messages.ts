// What the page tells its service worker (register.ts → sw.ts).

/** Take over now: the reader clicked "Reload". */
export const SKIP_WAITING = 'ruwei:skip-waiting';

/**
 * Keep what this page loaded before the worker controlled it (the first
 * visit): its own address and the feed files it fetched, so that the visit
 * that installed the worker is readable offline too.
 */
export type KeepMessage = { type: 'ruwei:keep'; page: string; files: string[] };

export function isKeepMessage(data: unknown): data is KeepMessage {
  const message = data as Partial<KeepMessage> | null;
  return message?.type === 'ruwei:keep' && typeof message.page === 'string' && Array.isArray(message.files) && message.files.every((file) => typeof file === 'string');
}
