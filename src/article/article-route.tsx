import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { articleQueryOptions } from '../feed/feed-query';
import { formatDate, isoDate } from '../lib/format-date';
import { t } from '../lib/i18n';
import { useDocumentTitle } from '../ui/use-document-title';
import { useFeedUrl } from '../ui/use-feed-url';

export default function ArticleRoute() {
  const { slug = '' } = useParams();
  const { data } = useSuspenseQuery(articleQueryOptions(useFeedUrl(), slug));
  const { item } = data;
  useDocumentTitle(item.title || t('untitled'), data.feedTitle);
  return (
    <article className="article">
      <h1>{item.title || t('untitled')}</h1>
      {item.published !== undefined && <time dateTime={isoDate(item.published)}>{formatDate(item.published)}</time>}
      <div className="article-body">{item.contentText ?? item.summary}</div>
    </article>
  );
}
