import { useEffect } from 'react';
import { stripBidiControls } from '../lib/bidi';
import { useSiteTitle } from './use-site-title';

/** The page title: the view's own parts, always ending with the site's title. */
export function useDocumentTitle(...parts: (string | undefined)[]): void {
  const site = useSiteTitle();
  const given = parts.filter(Boolean);
  if (given.at(-1) !== site) given.push(site);
  // Parts come from the feed and the URL: none may reorder the rest (lib/bidi.ts).
  const title = stripBidiControls(given.join(' — '));
  useEffect(() => {
    document.title = title;
  }, [title]);
}
