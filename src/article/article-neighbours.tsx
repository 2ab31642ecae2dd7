import { Link, useLocation } from 'react-router';
import { articlePath } from '../feed/model';
import type { Neighbours } from '../feed/neighbours';
import { t } from '../lib/i18n';
import { useFeedSearch } from '../ui/use-feed-url';

/** Newer and older article of the list the reader came from; the links keep that list in their state. */
export function ArticleNeighbours({ newer, older }: Neighbours) {
  const search = useFeedSearch();
  const { state } = useLocation();
  if (!newer && !older) return null;
  return (
    <nav className="article-neighbours" aria-label={t('moreArticles')}>
      {newer && (
        <Link className="neighbour neighbour-newer" rel="prev" to={{ pathname: articlePath(newer.slug), search }} state={state}>
          <span className="neighbour-label">{t('newer')}</span>
          <span className="neighbour-title">{newer.title || t('untitled')}</span>
        </Link>
      )}
      {older && (
        <Link className="neighbour neighbour-older" rel="next" to={{ pathname: articlePath(older.slug), search }} state={state}>
          <span className="neighbour-label">{t('older')}</span>
          <span className="neighbour-title">{older.title || t('untitled')}</span>
        </Link>
      )}
    </nav>
  );
}
