// The message of the status region and a way to announce one; it clears
// itself after a few seconds.
import { useCallback, useEffect, useState } from 'react';

export type Status = { text: string; n: number } | null;

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
