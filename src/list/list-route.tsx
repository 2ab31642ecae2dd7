// `/` and `/category/<name>`: the category nav and the article list. The URL
// is the state: the category comes from the route, nothing else.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { useParams } from 'react-router';
import { feedQueryOptions, indexQueryOptions } from '../feed/feed-query';
import type { FeedIndex, FeedItem, FeedModel } from '../feed/model';
import { stripBidiControls } from '../lib/bidi';
import { t } from '../lib/i18n';
import { throwWithoutData } from '../ui/query-errors';
import { useDocumentTitle } from '../ui/use-document-title';
import { useFeedUrl } from '../ui/use-feed-url';
import { useViewArrived } from '../ui/use-view-focus';
import { ViewLink } from '../ui/view-link';
import { ArticleList } from './article-list';
import { CategoryNav, type CategoryNavHandle } from './category-nav';
import { useIndexedListPage, usePlainListPage, type ListPageData } from './use-list-page';
import './list.css';

type Props = {
  /** The reader may open this article soon: warm what it needs. */
  onArticleIntent: (item: FeedItem, feedUrl: string) => void;
};

function SkippedNote({ feed }: { feed: FeedModel }) {
  if (feed.skipped.count === 0) return null;
  return (
    <p className="skipped-note" role="status">
      {t('itemsSkipped', { n: feed.skipped.count, reasons: feed.skipped.reasons.join('; ') })}
    </p>
  );
}

function ListPage({ view, feed, category, onArticleIntent }: Props & { view: ListPageData; feed: FeedModel; category: string | undefined }) {
  const nav = useRef<CategoryNavHandle>(null);
  const onCategoriesKey = useCallback(() => nav.current?.focus(), []);
  const onIntent = useCallback((item: FeedItem) => onArticleIntent(item, feed.url), [onArticleIntent, feed.url]);
  useDocumentTitle(category ?? t('allArticles'), feed.title);
  useViewArrived();

  let body;
  if (!view.list) {
    body = (
      <div className="empty-state">
        <p>{t('categoryMissing', { name: category ?? '' })}</p>
        <ViewLink to="/">{t('backHome')}</ViewLink>
      </div>
    );
  } else if (view.list.count === 0) {
    body = <p className="empty-state">{category === undefined ? t('emptyFeed') : t('emptyCategory', { name: category })}</p>;
  } else {
    body = <ArticleList key={category ?? ''} view={view.list} list={category ?? null} onIntent={onIntent} onCategoriesKey={onCategoriesKey} />;
  }
  return (
    <div className="library">
      <CategoryNav total={view.total} tags={view.tags} tree={view.tree} current={category} handleRef={nav} />
      <section className="library-main" aria-labelledby="library-title">
        <h1 id="library-title" className="library-title">
          {category ?? t('allArticles')}
          {view.list && <span className="library-count">{t('allArticlesCount', { n: view.list.count })}</span>}
        </h1>
        <SkippedNote feed={feed} />
        {body}
      </section>
    </div>
  );
}

function PlainListPage(props: Props & { feed: FeedModel; category: string | undefined }) {
  return <ListPage {...props} view={usePlainListPage(props.feed, props.category)} />;
}

function IndexedListPage(props: Props & { feed: FeedModel; category: string | undefined; index: FeedIndex }) {
  return <ListPage {...props} view={useIndexedListPage(props.index, props.category)} />;
}

function IndexedListLoader(props: Props & { feed: FeedModel; category: string | undefined; indexUrl: string }) {
  const { data: index } = useQuery({ ...indexQueryOptions(props.indexUrl), throwOnError: throwWithoutData });
  return index ? <IndexedListPage {...props} index={index} /> : <ListSkeleton />;
}

export function ListRoute({ onArticleIntent }: Props) {
  // A category named in the URL is shown: no bidi control in it (lib/bidi.ts), as in the feed's tags.
  const given = useParams().name;
  const name = given === undefined ? undefined : stripBidiControls(given);
  const { data: feed } = useQuery({ ...feedQueryOptions(useFeedUrl()), throwOnError: throwWithoutData });
  if (!feed) return <ListSkeleton />;
  return feed.indexUrl ? (
    <IndexedListLoader feed={feed} category={name} indexUrl={feed.indexUrl} onArticleIntent={onArticleIntent} />
  ) : (
    <PlainListPage feed={feed} category={name} onArticleIntent={onArticleIntent} />
  );
}

/** What the list looks like before the feed arrives: same boxes, no shift. */
function ListSkeleton() {
  return (
    <div className="library" aria-busy="true">
      <div className="category-nav">
        <button type="button" className="category-toggle" disabled>{t('all')}</button>
      </div>
      <section className="library-main">
        <p className="library-title loading">{t('loadingFeed')}</p>
        <ol className="article-list">
          {Array.from({ length: 6 }, (_, i) => (
            <li key={i} className="article-row is-loading static">
              <span className="skeleton-line wide" />
              <span className="skeleton-line" />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
