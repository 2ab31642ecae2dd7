import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { feedQueryOptions } from '../feed/feed-query';
import { feedSource } from '../feed/feed-source';
import { t } from '../lib/i18n';
import { appBaseUrl, FEED_PARAM_ALLOWED } from './use-feed-url';

/**
 * The feed's title once known; until then, for the site's own feed, its title
 * as of the build (no flash of the app's name), else the app's name. A refused
 * `?feed=` is reported by the route, not here.
 */
export function useSiteTitle(): string {
  const { search } = useLocation();
  let source: ReturnType<typeof feedSource> | undefined;
  try {
    source = feedSource(search, appBaseUrl(), FEED_PARAM_ALLOWED);
  } catch {
    source = undefined;
  }
  const { data } = useQuery({ ...feedQueryOptions(source?.url ?? ''), enabled: source !== undefined });
  const built = source && !source.externalHost ? import.meta.env.RUWEI_SITE_TITLE : undefined;
  return data?.title || built || t('appName');
}
