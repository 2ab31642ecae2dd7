// A polite live region for short confirmations ("Link copied"), shown as a
// toast for a few seconds. Each message is a new node, so the same words
// twice are announced twice.
import type { Status } from './use-status';

export function StatusMessage({ status }: { status: Status }) {
  return (
    <div className="article-status" role="status" aria-live="polite">
      {status && <span key={status.n} className="toast">{status.text}</span>}
    </div>
  );
}
