// The pages, rendered in Node by the app's own components and pipeline
// (react-dom/server): an article page exactly as the app's first render of
// it in the browser (src/main.tsx hydrates it), and the not-found view.
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { Route, Routes, StaticRouter } from 'react-router';
import { AppRoutes } from '../app/app';
import { Layout } from '../app/layout';
import { createQueryClient } from '../app/query-client';
import { articleContent } from '../article/article-content';
import type { ArticleContent } from '../article/pipeline/pipeline';
import { articleQueryOptions, feedQueryOptions, type Article } from '../feed/feed-query';
import { feedCategories } from '../feed/categories';
import { categoryPath, type FeedModel } from '../feed/model';
import { t } from '../lib/i18n';
import { ArticleRow } from '../list/article-row';
import { NotFoundView } from '../ui/not-found-view';
import { seededQueries, seedPath, type PageSeed } from './page-seed';
import { SeedHandover } from './seed-handover';

export type RenderedArticle = { html: string; article: Article; content: ArticleContent };

/** `base`: the app's folder (Vite `base`); `appBase`: its absolute URL. */
export function renderArticle(seed: PageSeed, base: string, appBase: string): RenderedArticle {
  const client = createQueryClient();
  const { article, feed } = seededQueries(seed, appBase);
  client.setQueryData(articleQueryOptions(feed.url, seed.slug).queryKey, article);
  client.setQueryData(feedQueryOptions(feed.url).queryKey, feed);
  // The tree of App (src/app/app.tsx) with a static router: the same shape, so useId's ids match on hydration.
  const html = renderToString(
    <QueryClientProvider client={client}>
      <StaticRouter basename={base} location={`${base}${seedPath(seed).slice(1)}`}>
        <SeedHandover path={seedPath(seed)} feedUrl={feed.url} seeded={feed} />
        <AppRoutes />
      </StaticRouter>
    </QueryClientProvider>,
  );
  client.clear();
  // The same item object: the pipeline's result is the one the page holds (article-content.ts keeps it).
  return { html, article, content: articleContent(article.item, feed.url) };
}

/** Rows a list page holds: enough to read and to follow, not a page of a megabyte for a large site. */
export const STATIC_ROWS = 50;
// Placed by static-list.css, not by a style attribute (the CSP allows none).
const STATIC_ROW = {};
const noop = () => {};

/**
 * The list view as the app renders it (nav, title, count) for all articles
 * (`name` undefined: index.html) or a category, with its first rows as the
 * app's own rows in the list, which the app's virtual list would render only
 * once it has measured the window. The app renders the page afresh when it
 * starts (prerendered-page.tsx), with the feed loaded first, so the rows are
 * replaced by the same rows.
 */
export function renderList(feed: FeedModel, name: string | undefined, base: string): string {
  const client = createQueryClient();
  client.setQueryData(feedQueryOptions(feed.url).queryKey, feed);
  const path = name === undefined ? '' : categoryPath(name).slice(1);
  const inRouter = (children: ReactNode) => (
    <QueryClientProvider client={client}>
      <StaticRouter basename={base} location={`${base}${path}`}>{children}</StaticRouter>
    </QueryClientProvider>
  );
  const html = renderToString(inRouter(<AppRoutes />));
  const items = name === undefined ? feed.items : feedCategories(feed.items).byTag.get(name) ?? [];
  const rows = renderToString(inRouter(items.slice(0, STATIC_ROWS).map((item, row) => (
    <ArticleRow key={item.slug} item={item} read={false} row={row} count={items.length} style={STATIC_ROW} list={name ?? null} now={0} onIntent={noop} />
  ))));
  client.clear();
  const list = /(<ol class="article-list"[^>]*?)(?: style="[^"]*")?>[\s\S]*?<\/ol>/.exec(html);
  if (!list) throw new Error(`prerendering: ${name === undefined ? 'the list of all articles' : `the category "${name}"`} renders no article list`);
  return html.replace(list[0], () => `${list[1]} data-prerendered="">${rows}</ol>`);
}

/** The not-found view in the layout, for 404.html: any address, so it names none. */
export function renderNotFound(feed: FeedModel, base: string): string {
  const client = createQueryClient();
  client.setQueryData(feedQueryOptions(feed.url).queryKey, feed);
  const html = renderToString(
    <QueryClientProvider client={client}>
      <StaticRouter basename={base} location={`${base}404`}>
        <Routes>
          <Route element={<Layout />}>
            <Route path="*" element={<NotFoundView title={t('notFoundTitle')} text={t('notFoundText', { path: 'this address' })} />} />
          </Route>
        </Routes>
      </StaticRouter>
    </QueryClientProvider>,
  );
  client.clear();
  return html;
}
