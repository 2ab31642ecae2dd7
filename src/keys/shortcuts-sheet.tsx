// The header's "Keyboard shortcuts" button and the sheet it opens (also on
// `?`): a native modal <dialog>, so focus stays inside, Escape closes it and
// the page behind is inert; focus returns to where it was.
import { Fragment, useCallback, useEffect, useId, useRef } from 'react';
import { t } from '../lib/i18n';
import { shortcutKey } from '../lib/shortcut-key';
import { SHORTCUT_GROUPS, type KeySequence } from './shortcuts';
import './shortcuts-sheet.css';

function Keys({ sequence }: { sequence: KeySequence }) {
  return sequence.map((key, i) => (
    <Fragment key={key}>
      {i > 0 && ` ${t('keyThen')} `}
      <kbd>{key}</kbd>
    </Fragment>
  ));
}

export function ShortcutsSheet() {
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  const open = useCallback(() => {
    const sheet = dialog.current;
    if (!sheet || sheet.open) return;
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    sheet.showModal();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (shortcutKey(event) !== '?' || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      open();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <button type="button" className="shortcuts-open" aria-haspopup="dialog" aria-label={t('keyboardShortcuts')} title={t('keyboardShortcuts')} onClick={open}>
        <kbd aria-hidden="true">?</kbd>
      </button>
      <dialog
        ref={dialog}
        className="shortcuts-sheet"
        aria-labelledby={titleId}
        onClose={() => {
          if (returnTo.current?.isConnected) returnTo.current.focus();
        }}
        // A click on the backdrop lands on the dialog itself: close, as a tap outside should.
        onClick={(event) => event.target === event.currentTarget && event.currentTarget.close()}
      >
        <div className="shortcuts-head">
          <h2 id={titleId}>{t('keyboardShortcuts')}</h2>
          <button type="button" onClick={() => dialog.current?.close()}>{t('close')}</button>
        </div>
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title}>
            <h3>{t(group.title)}</h3>
            <dl>
              {group.shortcuts.map((shortcut) => (
                <div key={shortcut.label}>
                  <dt>
                    {shortcut.keys.map((sequence, i) => (
                      <Fragment key={sequence.join()}>
                        {i > 0 && ' / '}
                        <Keys sequence={sequence} />
                      </Fragment>
                    ))}
                  </dt>
                  <dd>{t(shortcut.label)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </dialog>
    </>
  );
}
