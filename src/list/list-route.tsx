// `/` and `/category/<name>`: the category nav and the article list. The URL
// is the state: the category comes from the route, nothing else.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { feedQueryOptions, indexQueryOptions } from '../feed/feed-query';
import type { FeedIndex, FeedItem, FeedModel } from '../feed/model';
import { stripBidiControls } from '../lib/bidi';
import { t } from '../lib/i18n';
import { ReadControls, ReadControlsPlaceholder, UNREAD_PARAM } from '../reading/read-controls';
import { readKey } from '../reading/read-state';
import { openedThisVisit } from '../reading/read-store';
import { useReadMarks } from '../reading/use-read-marks';
import { throwWithoutData } from '../ui/query-errors';
import { useDocumentTitle } from '../ui/use-document-title';
import { useFeedUrl } from '../ui/use-feed-url';
import { useViewArrived } from '../ui/use-view-focus';
import { ViewLink } from '../ui/view-link';
import { ArticleList } from './article-list';
import { RowSkeleton } from './article-row';
import { CategoryNav, type CategoryNavHandle } from './category-nav';
import { useIndexedListPage, usePlainListPage, type ItemFilter, type ListPageData } from './use-list-page';
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

type PageProps = Props & { feed: FeedModel; category: string | undefined; filter: ItemFilter };

function ListPage({ view, feed, category, filter, onArticleIntent }: Omit<PageProps, 'filter'> & { view: ListPageData; filter: ItemFilter }) {
  const filtered = filter !== undefined;
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
  } else if (view.list.pending) {
    body = <p className="loading">{t('loadingUnread')}</p>;
  } else if (view.list.count === 0 && !view.list.pageError) {
    body = <p className="empty-state">{filtered ? t('noUnread') : category === undefined ? t('emptyFeed') : t('emptyCategory', { name: category })}</p>;
  } else {
    body = <ArticleList key={category ?? ''} view={view.list} list={category ?? null} feedUrl={feed.url} onIntent={onIntent} onCategoriesKey={onCategoriesKey} />;
  }
  const allItems = view.list?.allItems;
  return (
    <div className="library">
      <CategoryNav total={view.total} tags={view.tags} tree={view.tree} current={category} handleRef={nav} />
      <section className="library-main" aria-labelledby="library-title">
        <h1 id="library-title" className="library-title">
          {category ?? t('allArticles')}
          {view.list && <span className="library-count">{t('allArticlesCount', { n: view.list.count })}</span>}
        </h1>
        <SkippedNote feed={feed} />
        {allItems && <ReadControls feedUrl={feed.url} allSlugs={async () => (await allItems()).map((item) => item.slug)} />}
        {body}
      </section>
    </div>
  );
}

function PlainListPage(props: PageProps) {
  return <ListPage {...props} view={usePlainListPage(props.feed, props.category, props.filter)} />;
}

function IndexedListPage(props: PageProps & { index: FeedIndex }) {
  return <ListPage {...props} view={useIndexedListPage(props.index, props.category, props.filter)} />;
}

function IndexedListLoader(props: PageProps & { indexUrl: string }) {
  const { data: index } = useQuery({ ...indexQueryOptions(props.indexUrl), throwOnError: throwWithoutData });
  return index ? <IndexedListPage {...props} index={index} /> : <ListSkeleton />;
}

export function ListRoute({ onArticleIntent }: Props) {
  // A category named in the URL is shown: no bidi control in it (lib/bidi.ts), as in the feed's tags.
  const given = useParams().name;
  const name = given === undefined ? undefined : stripBidiControls(given);
  const { data: feed } = useQuery({ ...feedQueryOptions(useFeedUrl()), throwOnError: throwWithoutData });
  const filter = useUnreadFilter(feed?.url);
  if (!feed) return <ListSkeleton />;
  return feed.indexUrl ? (
    <IndexedListLoader feed={feed} category={name} filter={filter} indexUrl={feed.indexUrl} onArticleIntent={onArticleIntent} />
  ) : (
    <PlainListPage feed={feed} category={name} filter={filter} onArticleIntent={onArticleIntent} />
  );
}

/** `?unread=1`: articles not read, and those opened since the page loaded (Back lands on the row the reader left). */
function useUnreadFilter(feedUrl: string | undefined): ItemFilter {
  const unread = useSearchParams()[0].get(UNREAD_PARAM) === '1';
  const marks = useReadMarks();
  return useMemo(
    () => (unread && feedUrl !== undefined
      ? (item) => !marks.has(readKey(feedUrl, item.slug)) || openedThisVisit(feedUrl, item.slug)
      : undefined),
    [unread, feedUrl, marks],
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
        <ReadControlsPlaceholder />
        <ol className="article-list">
          {Array.from({ length: 6 }, (_, i) => (
            <li key={i} className="article-row is-loading static">
              <RowSkeleton />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
