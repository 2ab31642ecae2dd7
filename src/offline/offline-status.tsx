// "Offline" in the header while the network is down. The region exists only
// then: the article's and the list's own status messages stay the page's
// one status region the rest of the time.
import { useSyncExternalStore } from 'react';
import { t } from '../lib/i18n';
import { isOffline, subscribeConnection } from './connection';
import './offline-status.css';

export function OfflineStatus() {
  // The server (prerendering) knows of no network: online, as the first paint should be.
  const offline = useSyncExternalStore(subscribeConnection, isOffline, () => false);
  return offline ? <p className="offline-status" role="status">{t('offline')}</p> : null;
}
