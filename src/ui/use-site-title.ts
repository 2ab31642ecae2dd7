import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { feedQueryOptions } from '../feed/feed-query';
import { feedSource } from '../feed/feed-source';
import { t } from '../lib/i18n';
import { appBaseUrl, FEED_PARAM_ALLOWED } from './use-feed-url';

/** The feed's title once known, else the app's name; a refused `?feed=` is reported by the route, not here. */
export function useSiteTitle(): string {
  const { search } = useLocation();
  let url: string | undefined;
  try {
    url = feedSource(search, appBaseUrl(), FEED_PARAM_ALLOWED).url;
  } catch {
    url = undefined;
  }
  const { data } = useQuery({ ...feedQueryOptions(url ?? ''), enabled: url !== undefined });
  return data?.title || t('appName');
}
