// Previous and next article in the list the reader came from. The list view
// links to articles with router state `{ list: <category> | null }` (null for
// All); within a plain feed the neighbours come from that list, newest first.
import { itemsWithTag } from './categories';
import type { FeedItem, Neighbour } from './model';

export type Neighbours = { newer?: Neighbour; older?: Neighbour };

/** The list named in router state: a category, null for All, undefined when the state names none. */
export function listFromState(state: unknown): string | null | undefined {
  if (typeof state !== 'object' || state === null || !('list' in state)) return undefined;
  const { list } = state;
  return typeof list === 'string' || list === null ? list : undefined;
}

function asNeighbour(item: FeedItem | undefined): Neighbour | undefined {
  return item ? { slug: item.slug, title: item.title } : undefined;
}

/** The items either side of position `index` in a newest-first list. */
export function neighboursAt(items: readonly FeedItem[], index: number): Neighbours {
  return { newer: asNeighbour(items[index - 1]), older: asNeighbour(items[index + 1]) };
}

/** Neighbours within the list (a category, or null for All); undefined when the article is not in it. */
export function neighboursInList(items: readonly FeedItem[], slug: string, list: string | null): Neighbours | undefined {
  const listed = list === null ? items : itemsWithTag(items, list);
  const index = listed.findIndex((item) => item.slug === slug);
  return index === -1 ? undefined : neighboursAt(listed, index);
}
