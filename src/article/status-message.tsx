// A polite live region for short confirmations ("Link copied"), shown as a
// toast for a few seconds. Each message is a new node, so the same words
// twice are announced twice.
import { useCallback, useEffect, useState } from 'react';

type Status = { text: string; n: number } | null;

const SHOWN_MS = 3000;

export function useStatus(): [Status, (text: string) => void] {
  const [status, setStatus] = useState<Status>(null);
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [status]);
  const announce = useCallback((text: string) => setStatus((previous) => ({ text, n: (previous?.n ?? 0) + 1 })), []);
  return [status, announce];
}

export function StatusMessage({ status }: { status: Status }) {
  return (
    <div className="article-status" role="status" aria-live="polite">
      {status && <span key={status.n} className="toast">{status.text}</span>}
    </div>
  );
}
