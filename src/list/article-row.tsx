import { memo, useRef, type CSSProperties, type Ref } from 'react';
import { itemReadingMinutes } from '../feed/item-reading-time';
import { articlePath, categoryPath, type FeedItem } from '../feed/model';
import { formatDateTime, formatRecentDate, isoDate } from '../lib/format-date';
import { t } from '../lib/i18n';
import { ViewLink } from '../ui/view-link';

/** Hovering this long means intent; a pointer passing over rows does not prefetch. */
const HOVER_INTENT_MS = 80;
const MAX_ROW_TAGS = 4;

export type RowProps = {
  item: FeedItem | undefined;
  /** The reader has opened it (or marked it): said in words, not only by colour. */
  read: boolean;
  row: number;
  count: number;
  style: CSSProperties;
  /** The list measures each row it renders: rows are as tall as their content (none on a static page). */
  measureRef?: Ref<HTMLLIElement>;
  /** The list the reader is in (category name, or null for all), for previous/next in the article. */
  list: string | null;
  now: number;
  onIntent: (item: FeedItem) => void;
};

function RowMeta({ item, read, now }: { item: FeedItem; read: boolean; now: number }) {
  const minutes = itemReadingMinutes(item);
  return (
    <p className="row-meta">
      {read && <span className="row-read">{t('read')}</span>}
      {item.published !== undefined && (
        <time dateTime={isoDate(item.published)} title={formatDateTime(item.published)}>
          {formatRecentDate(item.published, now)}
        </time>
      )}
      {minutes > 0 && <span>{t('minutesRead', { n: minutes })}</span>}
      {item.tags.slice(0, MAX_ROW_TAGS).map((tag) => (
        <ViewLink key={tag} className="row-tag" to={categoryPath(tag)}>{tag}</ViewLink>
      ))}
    </p>
  );
}

/** A row whose item has not arrived: the lines of a typical row (one-line title, two of summary, the meta line), so it is as tall. */
export function RowSkeleton() {
  return (
    <span className="row-text">
      <span className="skeleton-line row-title wide" />
      <span className="skeleton-line row-summary" />
      <span className="skeleton-line row-meta" />
    </span>
  );
}

export const ArticleRow = memo(function ArticleRow({ item, read, row, count, style, measureRef, list, now, onIntent }: RowProps) {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  if (!item) {
    return (
      <li className="article-row is-loading" aria-posinset={row + 1} aria-setsize={count} data-row={row} style={style} ref={measureRef}>
        <RowSkeleton />
        <span className="visually-hidden">{t('loading')}</span>
      </li>
    );
  }
  return (
    <li className="article-row" aria-posinset={row + 1} aria-setsize={count} data-row={row} style={style} ref={measureRef}>
      <div className="row-text">
        <h2 className="row-title">
          <ViewLink
            to={articlePath(item.slug)}
            state={{ list }}
            onFocus={() => onIntent(item)}
            onPointerEnter={() => {
              timer.current = setTimeout(() => onIntent(item), HOVER_INTENT_MS);
            }}
            onPointerLeave={() => clearTimeout(timer.current)}
          >
            {item.title || t('untitled')}
          </ViewLink>
        </h2>
        {item.summary && <p className="row-summary">{item.summary}</p>}
        <RowMeta item={item} read={read} now={now} />
      </div>
      {item.image && (
        <img
          className="row-thumb"
          src={item.image}
          alt=""
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
          onError={(event) => {
            event.currentTarget.hidden = true;
          }}
        />
      )}
    </li>
  );
});
