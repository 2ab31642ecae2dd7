// "Unread only" (the `?unread=1` parameter, so a shared link keeps it) and
// "Mark all as read" for the view the reader is in, which a status then
// offers to undo: "Undo" takes back the marks it added, and only those.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { markRead, unmarkRead } from './read-store';
import './reading.css';
import { t } from '../lib/i18n';

export const UNREAD_PARAM = 'unread';

type Props = {
  feedUrl: string;
  /** Every article of the view, however many rows are rendered. */
  allSlugs: () => Promise<readonly string[]>;
};

export function ReadControls({ feedUrl, allSlugs }: Props) {
  const [params, setParams] = useSearchParams();
  const unread = params.get(UNREAD_PARAM) === '1';
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ message: string; added?: string[] }>({ message: '' });

  const markAll = async () => {
    setBusy(true);
    try {
      const slugs = await allSlugs();
      const added = markRead(feedUrl, slugs);
      setDone({ message: t('markedAllRead', { n: slugs.length }), added });
    } finally {
      setBusy(false);
    }
  };

  const undo = (added: string[]) => {
    unmarkRead(feedUrl, added);
    setDone({ message: t('markAllReadUndone') });
  };

  return (
    <div className="read-controls">
      <label className="unread-toggle">
        <input
          type="checkbox"
          checked={unread}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            setParams((current) => {
              const next = new URLSearchParams(current);
              if (checked) next.set(UNREAD_PARAM, '1');
              else next.delete(UNREAD_PARAM);
              return next;
            });
          }}
        />
        {t('unreadOnly')}
      </label>
      <button type="button" className="mark-all-read" disabled={busy} onClick={() => void markAll()}>
        {t('markAllRead')}
      </button>
      {done.message && <span role="status">{done.message}</span>}
      {done.added && (
        <button type="button" className="mark-all-read" onClick={() => undo(done.added!)}>
          {t('undo')}
        </button>
      )}
    </div>
  );
}

/** The controls' box while the feed loads, so the list does not move when they appear. */
export function ReadControlsPlaceholder() {
  return <div className="read-controls" aria-hidden="true" />;
}
