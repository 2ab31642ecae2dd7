import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, NavLink, useParams } from 'react-router';
import { countTags, itemsWithTag } from '../feed/categories';
import { feedQueryOptions } from '../feed/feed-query';
import { articlePath, categoryPath, type FeedItem } from '../feed/model';
import { formatDate, isoDate } from '../lib/format-date';
import { t } from '../lib/i18n';
import { useDocumentTitle } from '../ui/use-document-title';
import { useFeedSearch, useFeedUrl } from '../ui/use-feed-url';

function ArticleRow({ item, search }: { item: FeedItem; search: string }) {
  return (
    <li className="article-row">
      <h2 className="article-row-title">
        <Link to={{ pathname: articlePath(item.slug), search }}>{item.title || t('untitled')}</Link>
      </h2>
      {item.published !== undefined && <time dateTime={isoDate(item.published)}>{formatDate(item.published)}</time>}
      {item.summary && <p className="article-row-summary">{item.summary}</p>}
    </li>
  );
}

export function LibraryRoute() {
  const { name } = useParams();
  const search = useFeedSearch();
  const { data: feed } = useSuspenseQuery(feedQueryOptions(useFeedUrl()));
  const tags = useMemo(() => countTags(feed.items), [feed.items]);
  const items = useMemo(() => (name === undefined ? feed.items : itemsWithTag(feed.items, name)), [feed.items, name]);
  useDocumentTitle(name ?? t('allArticles'), feed.title);

  return (
    <div className="library">
      <nav aria-label={t('categories')} className="category-nav">
        <ul>
          <li>
            <NavLink end to={{ pathname: '/', search }}>{t('all')} <span className="count">{feed.items.length}</span></NavLink>
          </li>
          {tags.map((tag) => (
            <li key={tag.name}>
              <NavLink to={{ pathname: categoryPath(tag.name), search }}>
                {tag.name} <span className="count">{tag.count}</span>
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {items.length === 0 ? (
        <p className="empty">{name === undefined ? t('emptyFeed') : t('emptyCategory', { name })}</p>
      ) : (
        <ol className="article-list">
          {items.map((item) => <ArticleRow key={item.slug} item={item} search={search} />)}
        </ol>
      )}
    </div>
  );
}
