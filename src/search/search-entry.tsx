// `/search`: the view and the search code load on first use, so the list
// never downloads them.
import { lazy, Suspense } from 'react';
import { t } from '../lib/i18n';

const SearchRoute = lazy(() => import('./search-route'));

export function SearchEntry() {
  return (
    <Suspense fallback={<p className="loading">{t('searching')}</p>}>
      <SearchRoute />
    </Suspense>
  );
}
