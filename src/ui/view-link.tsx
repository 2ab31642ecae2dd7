// A link to another view of the app: it keeps the query parameters views add
// (docs/urls.md), so no call site carries `?feed=` by hand.
import { Link, type LinkProps } from 'react-router';
import { useViewSearch } from './use-view-search';

type Props = Omit<LinkProps, 'to'> & { to: string };

export function ViewLink({ to, ...props }: Props) {
  return <Link {...props} to={{ pathname: to, search: useViewSearch() }} />;
}
