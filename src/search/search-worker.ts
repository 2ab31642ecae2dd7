// The search worker: loads or builds the index off the main thread, so typing
// never waits for it, and answers queries. One feed at a time (the current one).
import { fetchJson } from '../lib/fetch-json';
import type { FromWorker, ToWorker } from './search-protocol';
import { SearchSession } from './search-session';

let current: { key: string; session: SearchSession } | undefined;

function answer(message: FromWorker): void {
  postMessage(message);
}

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'index') {
    current?.session.stop();
    const { key } = message;
    const session = new SearchSession(message.items, message.indexUrl, (url) => fetchJson(url), () => answer({ progress: key }), message.itemUrlTemplate);
    current = { key, session };
    return;
  }
  if (current?.key !== message.key) {
    answer({ id: message.id, error: `no index for ${message.key}` });
    return;
  }
  current.session.search(message.query).then(
    (results) => answer({ id: message.id, results }),
    (error: unknown) => answer({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
