// "Offline" in the header while the network is down. The status region is
// always in the page, empty when online, so that screen readers announce
// the change when it comes.
import { useSyncExternalStore } from 'react';
import { t } from '../lib/i18n';
import { isOffline, subscribeConnection } from './connection';
import './offline-status.css';

export function OfflineStatus() {
  // The server (prerendering) knows of no network: online, as the first paint should be.
  const offline = useSyncExternalStore(subscribeConnection, isOffline, () => false);
  return (
    <p className="offline-status" role="status">
      {offline && <span className="offline-badge">{t('offline')}</span>}
    </p>
  );
}
