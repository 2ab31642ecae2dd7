import { Outlet, useLocation } from 'react-router';
import { ShortcutsSheet } from '../keys/shortcuts-sheet';
import { t } from '../lib/i18n';
import { OfflineStatus } from '../offline/offline-status';
import { UpdatePrompt } from '../pwa/update-prompt';
import { ReaderSettings } from '../settings/reader-settings';
import { SearchBox } from '../search/search-box';
import { FeedNotice } from '../ui/feed-notice';
import { RouteErrorBoundary } from '../ui/route-error';
import { ViewLink } from '../ui/view-link';
import { useScrollMemory } from '../ui/use-scroll-memory';
import { focusViewHeading } from '../ui/focus-memory';
import { useViewFocus } from '../ui/use-view-focus';
import { useSiteTitle } from '../ui/use-site-title';

function FeedTitle() {
  return <>{useSiteTitle()}</>;
}

export function Layout() {
  const { pathname } = useLocation();
  useScrollMemory();
  useViewFocus();
  return (
    <>
      <a className="skip-link" href="#main" onClick={(event) => focusViewHeading() && event.preventDefault()}>{t('skipToContent')}</a>
      <header className="site-header">
        <ViewLink className="site-title" to="/">
          <FeedTitle />
        </ViewLink>
        <FeedNotice />
        <OfflineStatus />
        <UpdatePrompt />
        <SearchBox />
        <ReaderSettings />
        <ShortcutsSheet />
      </header>
      <main id="main" tabIndex={-1}>
        <RouteErrorBoundary resetKey={pathname}>
          <Outlet />
        </RouteErrorBoundary>
      </main>
    </>
  );
}
