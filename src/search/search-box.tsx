// The header's search box. Enter opens `/search?q=…` (a new history entry);
// on the search view itself, typing updates the results as it goes (the entry
// is replaced, so Back leaves the search instead of stepping through letters).
import { useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { FEED_PARAM_ALLOWED } from '../ui/use-feed-url';
import { SEARCH_PATH, searchParams, searchQuery } from './search-url';
import { useSearchShortcut } from './use-search-shortcut';
import './search-box.css';
import { t } from '../lib/i18n';

const loadSearchView = () => import('./search-route');

export function SearchBox() {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const onSearchView = pathname === SEARCH_PATH;
  const urlQuery = onSearchView ? searchQuery(search) : '';
  const [value, setValue] = useState(urlQuery);
  // Back and forward change the query under the box: show it.
  const [shown, setShown] = useState(urlQuery);
  if (shown !== urlQuery) {
    setShown(urlQuery);
    setValue(urlQuery);
  }
  const input = useRef<HTMLInputElement>(null);
  useSearchShortcut(input);

  const go = (query: string, replace: boolean) => {
    void navigate({ pathname: SEARCH_PATH, search: searchParams(search, query, FEED_PARAM_ALLOWED) }, { replace });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // The field's own value: text an input method committed may not have come through onChange.
    const query = (input.current?.value ?? value).trim();
    go(query, onSearchView && query === urlQuery.trim());
  };

  return (
    <form role="search" className="search-box" onSubmit={onSubmit}>
      <input
        ref={input}
        type="search"
        name="q"
        aria-label={t('search')}
        placeholder={t('placeholder')}
        aria-keyshortcuts="/ Control+K Meta+K"
        autoComplete="off"
        enterKeyHint="search"
        maxLength={200}
        value={value}
        onFocus={() => void loadSearchView()}
        onChange={(event) => {
          setValue(event.target.value);
          if (onSearchView) go(event.target.value, true);
        }}
      />
    </form>
  );
}
