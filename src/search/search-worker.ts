// The search worker: builds the index off the main thread, so typing never
// waits for it, and answers queries. One index at a time (the current feed's).
import { searchDoc } from './search-docs';
import { createSearchEngine, type SearchEngine } from './search-engine';
import type { FromWorker, ToWorker } from './search-protocol';

let current: { key: string; engine: SearchEngine } | undefined;

function answer(message: FromWorker): void {
  postMessage(message);
}

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'index') {
    current = { key: message.key, engine: createSearchEngine(message.items.map(searchDoc)) };
    return;
  }
  if (current?.key !== message.key) {
    answer({ id: message.id, error: `no index for ${message.key}` });
    return;
  }
  try {
    answer({ id: message.id, results: current.engine.search(message.query) });
  } catch (error) {
    answer({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
