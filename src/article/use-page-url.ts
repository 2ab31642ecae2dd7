// The address of the page being read, without its section: what a printed
// article shows as its source (article.css prints it from `data-url`).
import { useHref, useLocation } from 'react-router';

export function usePageUrl(): string {
  const { pathname, search } = useLocation();
  return new URL(useHref({ pathname, search }), window.location.origin).href;
}
