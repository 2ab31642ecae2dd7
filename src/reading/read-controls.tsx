// "Unread only" (the `?unread=1` parameter, so a shared link keeps it) and
// "Mark all as read" for the view the reader is in.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { markRead } from './read-store';
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
  const [done, setDone] = useState('');

  const markAll = async () => {
    setBusy(true);
    try {
      const slugs = await allSlugs();
      markRead(feedUrl, slugs);
      setDone(t('markedAllRead', { n: slugs.length }));
    } finally {
      setBusy(false);
    }
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
      {done && <span className="visually-hidden" role="status">{done}</span>}
    </div>
  );
}

/** The controls' box while the feed loads, so the list does not move when they appear. */
export function ReadControlsPlaceholder() {
  return <div className="read-controls" aria-hidden="true" />;
}
