import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { shortcutKey } from '../lib/shortcut-key';
import { articlePath } from '../feed/model';
import type { Neighbours } from '../feed/neighbours';
import { useViewSearch } from '../ui/use-view-search';

/** `n` and `p`: the next (older) and previous (newer) article of the reader's list, as the links at the end go. */
export function useArticleKeys({ newer, older }: Neighbours): void {
  const navigate = useNavigate();
  const { state } = useLocation();
  const search = useViewSearch();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const key = shortcutKey(event);
      const to = key === 'n' ? older : key === 'p' ? newer : undefined;
      if (!to) return;
      event.preventDefault();
      void navigate({ pathname: articlePath(to.slug), search }, { state });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navigate, newer, older, search, state]);
}
