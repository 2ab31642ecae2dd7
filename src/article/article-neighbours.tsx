import { useLocation } from 'react-router';
import { articlePath } from '../feed/model';
import type { Neighbours } from '../feed/neighbours';
import { t } from '../lib/i18n';
import { ViewLink } from '../ui/view-link';

/** Newer and older article of the list the reader came from; the links keep that list in their state. */
export function ArticleNeighbours({ newer, older }: Neighbours) {
  const { state } = useLocation();
  if (!newer && !older) return null;
  return (
    <nav className="article-neighbours" aria-label={t('moreArticles')}>
      {newer && (
        <ViewLink className="neighbour neighbour-newer" rel="prev" to={articlePath(newer.slug)} state={state}>
          <span className="neighbour-label">{t('newer')}</span>
          <span className="neighbour-title">{newer.title || t('untitled')}</span>
        </ViewLink>
      )}
      {older && (
        <ViewLink className="neighbour neighbour-older" rel="next" to={articlePath(older.slug)} state={state}>
          <span className="neighbour-label">{t('older')}</span>
          <span className="neighbour-title">{older.title || t('untitled')}</span>
        </ViewLink>
      )}
    </nav>
  );
}
