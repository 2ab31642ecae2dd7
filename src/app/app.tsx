import { QueryClientProvider, usePrefetchQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { lazy, useCallback } from 'react';
import { BrowserRouter, Route, Routes, useLocation, useParams } from 'react-router';
import { articleQueryOptions } from '../feed/feed-query';
import type { FeedItem } from '../feed/model';
import { t } from '../lib/i18n';
import { LibraryRoute } from '../library/library-route';
import { NotFoundView } from '../ui/not-found-view';
import { useFeedUrl } from '../ui/use-feed-url';
import { Layout } from './layout';

// The article view carries the content pipeline (DOMPurify and friends):
// its own chunk, so the list never downloads it until the reader heads there.
const loadArticleRoute = () => import('../article/article-route');
const ArticleRoute = lazy(loadArticleRoute);

/** Starts the article's data while its chunk downloads, instead of after. */
function PrefetchedArticleRoute() {
  const { slug = '' } = useParams();
  const feedUrl = useFeedUrl();
  usePrefetchQuery(articleQueryOptions(feedUrl, slug));
  return <ArticleRoute />;
}

function NotFound() {
  const { pathname } = useLocation();
  return <NotFoundView title={t('notFoundTitle')} text={t('notFoundText', { path: pathname })} />;
}

function Library() {
  const queryClient = useQueryClient();
  const onArticleIntent = useCallback(
    (item: FeedItem, feedUrl: string) => {
      void loadArticleRoute();
      void queryClient.prefetchQuery(articleQueryOptions(feedUrl, item.slug));
    },
    [queryClient],
  );
  return <LibraryRoute onArticleIntent={onArticleIntent} />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Library />} />
        <Route path="category/:name" element={<Library />} />
        <Route path="article/:slug" element={<PrefetchedArticleRoute />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename={import.meta.env.BASE_URL}>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
