import { QueryClientProvider, usePrefetchQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes, useLocation, useParams } from 'react-router';
import { articleQueryOptions } from '../feed/feed-query';
import type ArticleRouteComponent from '../article/article-route';
import type { FeedItem } from '../feed/model';
import { t } from '../lib/i18n';
import { ListRoute } from '../list/list-route';
import { SearchEntry } from '../search/search-entry';
import { NotFoundView } from '../ui/not-found-view';
import { useFeedUrl } from '../ui/use-feed-url';
import { Layout } from './layout';

// The article view carries the content pipeline (DOMPurify and friends):
// its own chunk, so the list never downloads it until the reader heads there.
type ArticleModule = { default: typeof ArticleRouteComponent };
let articleModule: ArticleModule | undefined;
const loadArticleRoute = () => import('../article/article-route').then((module) => (articleModule = module));
/** A prerendered article page is hydrated, or rendered in Node, with the chunk already here: the first render is the article. */
export const preloadArticleRoute = loadArticleRoute;

/**
 * The article route's chunk, loaded on demand, without React.lazy: a lazy
 * component suspends at least once, and React then holds back the reveal for
 * up to 300 ms after the fallback showed, even when the chunk was already here.
 * The article's data starts while the chunk downloads, not after.
 */
function ArticleEntry() {
  const { slug = '' } = useParams();
  usePrefetchQuery(articleQueryOptions(useFeedUrl(), slug));
  const [loaded, setLoaded] = useState<{ module?: ArticleModule; error?: unknown }>({ module: articleModule });
  useEffect(() => {
    if (!loaded.module) loadArticleRoute().then((module) => setLoaded({ module }), (error: unknown) => setLoaded({ error }));
  }, [loaded.module]);
  if (loaded.error) throw loaded.error;
  if (!loaded.module) return <p className="loading">{t('loadingArticle')}</p>;
  const ArticleRoute = loaded.module.default;
  return <ArticleRoute />;
}

function NotFound() {
  const { pathname } = useLocation();
  return <NotFoundView title={t('notFoundTitle')} text={t('notFoundText', { path: pathname })} />;
}

function ListEntry() {
  const queryClient = useQueryClient();
  const onArticleIntent = useCallback(
    (item: FeedItem, feedUrl: string) => {
      void loadArticleRoute();
      void queryClient.prefetchQuery(articleQueryOptions(feedUrl, item.slug));
    },
    [queryClient],
  );
  return <ListRoute onArticleIntent={onArticleIntent} />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<ListEntry />} />
        <Route path="category/:name" element={<ListEntry />} />
        <Route path="article/:slug" element={<ArticleEntry />} />
        <Route path="search" element={<SearchEntry />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

/** `handover`: what a prerendered page adds beside the routes (src/prerender/render-page.tsx renders the same tree). */
export function App({ queryClient, handover }: { queryClient: QueryClient; handover?: ReactNode }) {
  // public/settings-boot.js hid a static page that shows another view than the app will (`?feed=`,
  // 404.html answering /search, index.html served offline for another address); the app's first
  // commit replaces it, so it shows again before that paint.
  useLayoutEffect(() => document.documentElement.removeAttribute('data-booting'), []);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename={import.meta.env.BASE_URL}>
        {handover}
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
