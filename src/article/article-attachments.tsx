// Files that come with an article, such as a podcast episode's audio: links
// in the header with what the feed says of them (type, size, length).
import type { Attachment } from '../feed/model';
import { locale, t } from '../lib/i18n';

const megabytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });

function fileName(url: string): string {
  const path = new URL(url).pathname;
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || url;
  } catch {
    return name;
  }
}

function details(attachment: Attachment): string {
  const parts = [attachment.mimeType];
  if (attachment.sizeInBytes) parts.push(megabytes.format(attachment.sizeInBytes / 1_000_000));
  if (attachment.durationInSeconds) parts.push(t('minutes', { n: Math.max(1, Math.round(attachment.durationInSeconds / 60)) }));
  return parts.filter(Boolean).join(' · ');
}

export function ArticleAttachments({ attachments }: { attachments: readonly Attachment[] }) {
  if (attachments.length === 0) return null;
  return (
    <ul className="article-attachments" aria-label={t('attachments')}>
      {attachments.map((attachment, i) => {
        const about = details(attachment);
        return (
          <li key={`${attachment.url}-${i}`}>
            <a href={attachment.url} type={attachment.mimeType} target="_blank" rel="noopener noreferrer">{attachment.title ?? fileName(attachment.url)}</a>
            {about && <span className="attachment-details"> ({about})</span>}
          </li>
        );
      })}
    </ul>
  );
}
