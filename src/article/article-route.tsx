// /article/<slug>: the article, its table of contents and its neighbours.
// Data comes from articleQueryOptions (prefetched by the app before this
// chunk arrives); errors go to the layout's boundary: a missing article to
// the not-found view, anything else to an alert with Retry.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { feedQueryOptions, articleQueryOptions, type Article } from '../feed/feed-query';
import type { FeedModel } from '../feed/model';
import type { ArticleContent } from './pipeline/pipeline';
import { listFromState, neighboursInList, type Neighbours } from '../feed/neighbours';
import { t } from '../lib/i18n';
import { perfMark } from '../lib/perf-mark';
import { readKey } from '../reading/read-state';
import { markOpened } from '../reading/read-store';
import { useResume } from '../reading/use-resume';
import { throwWithoutData } from '../ui/query-errors';
import { useDocumentTitle } from '../ui/use-document-title';
import { useFeedUrl } from '../ui/use-feed-url';
import { useViewArrived } from '../ui/use-view-focus';
import { useArticleContent } from './use-article-content';
import { ArticleBody } from './article-body';
import { ArticleHeader } from './article-header';
import { sameImage } from './hero-image';
import { ImageDialog, type ImageDialogHandle } from './image-dialog';
import { ArticleNeighbours } from './article-neighbours';
import { ReadingProgress } from './reading-progress';
import { StatusMessage } from './status-message';
import { useStatus } from './use-status';
import { TocPanel } from './toc-panel';
import { useArticleKeys } from './use-article-keys';
import { TocState } from './toc-state';
import { useCopyLink } from './use-copy-link';
import { useCopyCode } from './use-copy-code';
import { usePageUrl } from './use-page-url';
import { useScrollspy } from './use-scrollspy';
import { decodeHash, useSectionScroll } from './use-section-scroll';
import './article.css';

/** Within the reader's list on a plain feed; a large site's feed holds only the newest items, so All order. */
function useNeighbours(article: Article, feed: FeedModel): Neighbours {
  const list = listFromState(useLocation().state);
  const { slug } = article.item;
  return useMemo(
    () => (list !== undefined && !feed.indexUrl && neighboursInList(feed.items, slug, list)) || { newer: article.newer, older: article.older },
    [list, feed, slug, article],
  );
}

/**
 * A move to a section is a history entry (back returns to where the reader
 * was), keeps the list the reader came from, and replaces the entry when it
 * is the section already in the URL. Stable across moves, so the table of
 * contents does not re-render for each one.
 */
function useGoToSection(): (id: string) => void {
  const navigate = useNavigate();
  const location = useLocation();
  const latest = useRef(location);
  useLayoutEffect(() => {
    latest.current = location;
  });
  return useCallback((id: string) => {
    const { pathname, search, hash, state } = latest.current;
    navigate({ pathname, search, hash: `#${id}` }, { state, replace: decodeHash(hash) === id });
  }, [navigate]);
}

function ArticleView({ article, feed, feedUrl, content }: { article: Article; feed: FeedModel; feedUrl: string; content: ArticleContent }) {
  const { item, language } = article;
  const pieces = useMemo(() => content.pieces ?? [content.html], [content]);
  // A large article's later pieces come in after the first render (article-body.tsx).
  const [filled, setFilled] = useState(pieces.length <= 1);
  const onFilled = useCallback(() => setFilled(true), []);
  const toc = useMemo(() => new TocState(content.toc), [content.toc]);
  const page = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const [status, announce] = useStatus();
  const goToSection = useGoToSection();
  const copyLink = useCopyLink(announce);
  useCopyCode(body, announce);
  const pageUrl = usePageUrl();
  const neighbours = useNeighbours(article, feed);
  const images = useRef<ImageDialogHandle>(null);
  const openImage = useCallback((img: HTMLImageElement) => images.current?.open(img), []);
  const heroImage = item.bannerImage ?? item.image;
  const heroRepeated = heroImage !== undefined && content.leadImage !== undefined && sameImage(heroImage, content.leadImage);
  useDocumentTitle(item.title || t('untitled'), article.feedTitle);
  useScrollspy(body, filled ? content.html : pieces[0]!, toc);
  useSectionScroll(body, toc, filled);
  useViewArrived();
  useArticleKeys(neighbours);
  useResume(body, readKey(feedUrl, item.slug));
  useEffect(() => markOpened(feedUrl, item.slug), [feedUrl, item.slug]);
  useEffect(() => {
    // After the browser has painted the whole article (a frame, then a task).
    if (!filled) return;
    const frame = requestAnimationFrame(() => setTimeout(() => perfMark('article-painted')));
    return () => cancelAnimationFrame(frame);
  }, [content, filled]);

  return (
    <>
      <ReadingProgress target={page} />
      <article ref={page} className={content.toc.length > 0 ? 'article with-toc' : 'article'} data-url={pageUrl}>
        <ArticleHeader item={item} hero={heroRepeated ? undefined : heroImage} lang={language} minutes={content.readingMinutes} />
        {content.toc.length > 0 && <TocPanel toc={content.toc} state={toc} lang={language} onNavigate={goToSection} />}
        <ArticleBody bodyRef={body} pieces={pieces} lang={language} onFilled={onFilled} onSection={goToSection} onCopyLink={copyLink} onOpenImage={openImage} />
        <ArticleNeighbours {...neighbours} />
      </article>
      <StatusMessage status={status} />
      <ImageDialog handleRef={images} />
    </>
  );
}

export default function ArticleRoute() {
  const { slug = '' } = useParams();
  const feedUrl = useFeedUrl();
  const { data: article } = useQuery({ ...articleQueryOptions(feedUrl, slug), throwOnError: throwWithoutData });
  const { data: feed } = useQuery({ ...feedQueryOptions(feedUrl), throwOnError: throwWithoutData });
  const content = useArticleContent(article?.item, feedUrl);
  if (!article || !feed || !content) return <p className="loading">{t('loadingArticle')}</p>;
  // A new article is a new view: its outline state and scroll handling start afresh.
  return <ArticleView key={article.item.slug} article={article} feed={feed} feedUrl={feedUrl} content={content} />;
}
