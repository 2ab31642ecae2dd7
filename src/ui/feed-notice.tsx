// Beside the site's title: whose feed this page shows, whenever `?feed=`
// chose it (another site's articles under this site's address must not pass
// for the site's own), or that this site ignored a `?feed=`.
import { useLocation } from 'react-router';
import { feedSource } from '../feed/feed-source';
import { t } from '../lib/i18n';
import { appBaseUrl, FEED_PARAM_ALLOWED } from './use-feed-url';

export function FeedNotice() {
  const { search } = useLocation();
  let source;
  try {
    source = feedSource(search, appBaseUrl(), FEED_PARAM_ALLOWED);
  } catch {
    return null; // a refused `?feed=` is reported by the route
  }
  if (source.paramIgnored) return <p className="feed-notice">{t('feedParamIgnored')}</p>;
  if (!source.externalHost) return null;
  return <p className="feed-notice">{t('externalFeed', { host: source.externalHost })}</p>;
}
