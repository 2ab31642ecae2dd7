import { useState } from 'react';
import { categoryPath, type FeedItem } from '../feed/model';
import { formatDate, isoDate } from '../lib/format-date';
import { t } from '../lib/i18n';
import { ViewLink } from '../ui/view-link';
import { ArticleAttachments } from './article-attachments';

/** The hero's box has a fixed aspect ratio in CSS: nothing moves when it arrives, or if it never does (it then says so). */
function Hero({ src }: { src: string }) {
  const [failed, setFailed] = useState(false);
  return (
    <div className="article-hero">
      {failed && <span className="image-fallback">{t('imageUnavailable')}</span>}
      {!failed && <img src={src} alt="" fetchPriority="high" decoding="async" referrerPolicy="no-referrer" onError={() => setFailed(true)} />}
    </div>
  );
}

/** "By {names}" with each name linked to the author's page when the feed gives one. */
function Authors({ authors }: { authors: FeedItem['authors'] }) {
  const [before, after] = t('by').split('{names}');
  return (
    <span className="article-authors">
      {before}
      {authors.map((author, i) => (
        <span key={`${author.name}-${i}`}>
          {i > 0 && ', '}
          {author.url ? <a href={author.url} target="_blank" rel="noopener noreferrer">{author.name}</a> : author.name}
        </span>
      ))}
      {after}
    </span>
  );
}

/** `hero`: the item's image, unless the body starts with it. */
export function ArticleHeader({ item, hero, lang, minutes }: { item: FeedItem; hero?: string; lang?: string; minutes: number }) {
  return (
    <header className="article-header">
      {item.tags.length > 0 && (
        <ul className="article-tags" aria-label={t('categories')} lang={lang}>
          {item.tags.map((tag) => (
            <li key={tag}>
              <ViewLink to={categoryPath(tag)}>{tag}</ViewLink>
            </li>
          ))}
        </ul>
      )}
      <h1 lang={lang}>{item.title || t('untitled')}</h1>
      <p className="article-meta">
        {item.published !== undefined && <time dateTime={isoDate(item.published)}>{formatDate(item.published)}</time>}
        {item.authors.length > 0 && <Authors authors={item.authors} />}
        {minutes > 0 && <span>{t('minutesRead', { n: minutes })}</span>}
      </p>
      <ArticleAttachments attachments={item.attachments ?? []} />
      {hero && <Hero src={hero} />}
    </header>
  );
}
