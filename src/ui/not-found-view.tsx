import { stripBidiControls } from '../lib/bidi';
import { t } from '../lib/i18n';
import { useDocumentTitle } from './use-document-title';
import { useViewArrived } from './use-view-focus';
import { ViewLink } from './view-link';

export function NotFoundView({ title, text }: { title: string; text: string }) {
  useDocumentTitle(title);
  useViewArrived();
  return (
    <section className="status-view" aria-labelledby="status-title">
      <h1 id="status-title">{title}</h1>
      <p>{stripBidiControls(text)}</p>
      <p>
        <ViewLink to="/">{t('backHome')}</ViewLink>
      </p>
    </section>
  );
}
