// "A new version is ready" with a "Reload" button, in the header, once a new
// service worker waits. Nothing changes under the reader until they click it.
import { useSyncExternalStore } from 'react';
import { t } from '../lib/i18n';
import { pendingUpdate, subscribeUpdate } from './update-offer';
import './update-prompt.css';

export function UpdatePrompt() {
  const apply = useSyncExternalStore(subscribeUpdate, pendingUpdate, () => null);
  if (!apply) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{t('updateReady')}</span>
      <button type="button" onClick={apply}>{t('reload')}</button>
    </div>
  );
}
