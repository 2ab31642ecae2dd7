import { useEffect } from 'react';
import { stripBidiControls } from '../lib/bidi';

export function useDocumentTitle(...parts: (string | undefined)[]): void {
  // Parts come from the feed and the URL: none may reorder the rest (lib/bidi.ts).
  const title = stripBidiControls(parts.filter(Boolean).join(' — '));
  useEffect(() => {
    document.title = title;
  }, [title]);
}
