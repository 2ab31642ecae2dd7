import { useQuery } from '@tanstack/react-query';
import { Outlet, useLocation } from 'react-router';
import { feedQueryOptions } from '../feed/feed-query';
import { feedSource } from '../feed/feed-source';
import { t } from '../lib/i18n';
import { SearchBox } from '../search/search-box';
import { FeedNotice } from '../ui/feed-notice';
import { RouteErrorBoundary } from '../ui/route-error';
import { appBaseUrl, FEED_PARAM_ALLOWED } from '../ui/use-feed-url';
import { ViewLink } from '../ui/view-link';
import { useScrollMemory } from '../ui/use-scroll-memory';

/** The feed's title once known; a refused `?feed=` is reported by the route, not here. */
function FeedTitle() {
  const { search } = useLocation();
  let url: string | undefined;
  try {
    url = feedSource(search, appBaseUrl(), FEED_PARAM_ALLOWED).url;
  } catch {
    url = undefined;
  }
  const { data } = useQuery({ ...feedQueryOptions(url ?? ''), enabled: url !== undefined });
  return <>{data?.title || t('appName')}</>;
}

export function Layout() {
  const { pathname } = useLocation();
  useScrollMemory();
  return (
    <>
      <a className="skip-link" href="#main">{t('skipToContent')}</a>
      <header className="site-header">
        <ViewLink className="site-title" to="/">
          <FeedTitle />
        </ViewLink>
        <FeedNotice />
        <SearchBox />
      </header>
      <main id="main" tabIndex={-1}>
        <RouteErrorBoundary resetKey={pathname}>
          <Outlet />
        </RouteErrorBoundary>
      </main>
    </>
  );
}
