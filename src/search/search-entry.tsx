// `/search`: the view and the search code load on first use, so the list
// never downloads them.
import { lazy, Suspense } from 'react';
import { st } from './search-messages';

const SearchRoute = lazy(() => import('./search-route'));

export function SearchEntry() {
  return (
    <Suspense fallback={<p className="loading">{st('searching')}</p>}>
      <SearchRoute />
    </Suspense>
  );
}
