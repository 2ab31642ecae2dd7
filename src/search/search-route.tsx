// `/search?q=<query>`: the feed's articles matching the query, best first.
// The URL is the state; results are cached per query, so Back shows them at
// once and the scroll position comes back with them. A large site's index
// loads in parts: each part loaded asks again (the progress count is in the
// query key), and the view says while the full text is still being searched.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { useLocation } from 'react-router';
import { feedQueryOptions } from '../feed/feed-query';
import { articlePath, type FeedModel } from '../feed/model';
import { formatDate, isoDate } from '../lib/format-date';
import { throwWithoutData } from '../ui/query-errors';
import { useDocumentTitle } from '../ui/use-document-title';
import { useFeedUrl } from '../ui/use-feed-url';
import { useRestoreScroll } from '../ui/use-scroll-memory';
import { ViewLink } from '../ui/view-link';
import type { Segment } from './highlight';
import { retrySearch, searchFeed } from './search-client';
import type { Coverage, SearchHit } from './search-engine';
import { useSearchProgress } from './use-search-progress';
import { searchQuery } from './search-url';
import './search.css';
import { t } from '../lib/i18n';

function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((segment, i) => (segment.mark ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>));
}

function Result({ hit }: { hit: SearchHit }) {
  return (
    <li className="search-result">
      <h2 className="search-result-title">
        <ViewLink to={articlePath(hit.slug)}>
          <Marked segments={hit.title} />
        </ViewLink>
      </h2>
      <p className="search-result-meta">
        {hit.category && <span>{hit.category}</span>}
        {hit.published !== undefined && <time dateTime={isoDate(hit.published)}>{formatDate(hit.published)}</time>}
      </p>
      <p className="search-result-snippet">
        <Marked segments={hit.snippet} />
      </p>
    </li>
  );
}

function stillLoading(coverage: Coverage | undefined): boolean {
  return coverage !== undefined && coverage.loaded + coverage.failed < coverage.total;
}

function CoverageNote({ feed, coverage }: { feed: FeedModel; coverage: Coverage | undefined }) {
  if (!coverage) return feed.indexUrl ? <p className="search-note">{t('newestOnly', { n: feed.items.length })}</p> : null;
  const { problem, loaded, failed, total } = coverage;
  const loading = stillLoading(coverage);
  return (
    <>
      {problem && (
        <div className="search-problem" role="alert">
          <p>{problem.kind === 'index' ? t('searchIndexFailed', { reason: problem.message, n: feed.items.length }) : t('searchShardFailed', { reason: problem.message })}</p>
          <button type="button" onClick={() => retrySearch(feed)}>{t('retry')}</button>
        </div>
      )}
      <p className="search-note" role="status">{loading && t('searchingFullText', { done: loaded + failed, total })}</p>
    </>
  );
}

function Results({ feed, query }: { feed: FeedModel; query: string }) {
  const progress = useSearchProgress(feed.url);
  const { data, isPlaceholderData } = useQuery({
    queryKey: ['search', feed.url, query, progress],
    queryFn: () => searchFeed(feed, query),
    staleTime: Infinity,
    placeholderData: keepPreviousData,
    throwOnError: throwWithoutData,
  });
  useRestoreScroll(data !== undefined && !isPlaceholderData);
  const count = data && (data.total === 1 ? t('resultCountOne') : t('resultCount', { n: data.total }));
  return (
    <>
      <h1 className="search-title">
        {t('resultsFor', { q: query })}
        {count && <span className="search-count">{count}</span>}
      </h1>
      {data && <CoverageNote feed={feed} coverage={data.coverage} />}
      {!data ? (
        <p className="loading">{t('searching')}</p>
      ) : data.total === 0 ? (
        // While the full text is still loading, the status above says so; "no match" would be premature.
        !stillLoading(data.coverage) && <p className="empty-state">{t('noResults', { q: data.query })}</p>
      ) : (
        <ol className="search-results" aria-busy={isPlaceholderData}>
          {data.hits.map((hit) => <Result key={hit.slug} hit={hit} />)}
        </ol>
      )}
    </>
  );
}

export default function SearchRoute() {
  const query = searchQuery(useLocation().search).trim();
  const { data: feed } = useQuery({ ...feedQueryOptions(useFeedUrl()), throwOnError: throwWithoutData });
  useDocumentTitle(query || t('searchTitle'), feed?.title);
  let body;
  if (!query) {
    body = (
      <>
        <h1 className="search-title">{t('searchTitle')}</h1>
        <p className="empty-state">{t('emptyQuery')}</p>
      </>
    );
  } else if (!feed) body = <p className="loading">{t('searching')}</p>;
  else body = <Results feed={feed} query={query} />;
  return <section className="search-view">{body}</section>;
}
