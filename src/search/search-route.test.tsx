// The search view over a large site's prebuilt index: a first part that
// cannot be loaded is said (with "Retry") and the items the app has are
// searched meanwhile; after Retry, an old article is found by its body text.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MiniSearch from 'minisearch';
import { expect, it } from 'vitest';
import { HEAD_OPTIONS, SHARD_OPTIONS, headDoc, type SearchDoc } from '../lib/search-index-format';
import { renderApp, stubFetch } from '../../test/render-app';

const newest = { id: 'new', title: 'Newest post', content_text: 'A quetzal flew by.', date_published: '2024-02-01T00:00:00Z', tags: ['birds'], _ruwei: { slug: 'new' } };
const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Large',
  items: [newest],
  _ruwei: { index: 'feed/index.0.json', item_url: 'feed/items/{slug}.json', search_index: 'feed/search/head.json' },
};
const docs: SearchDoc[] = [
  { id: 'new', title: 'Newest post', summary: '', body: 'A quetzal flew by.', tags: ['birds'], published: Date.UTC(2024, 1, 1) },
  { id: 'old', title: 'Old post', summary: 'From the archive.', body: 'The quetzal nests in the cloud forest.', tags: ['birds'], published: Date.UTC(2020, 0, 1) },
];

function part(options: typeof HEAD_OPTIONS, added: SearchDoc[]) {
  const index = new MiniSearch<SearchDoc>(options);
  index.addAll(added);
  return index.toJSON();
}

const results = () => within(screen.getByRole('main')).queryAllByRole('link').map((link) => link.textContent);

it('says when the search index cannot be loaded, searches what the app has, and finds the body text after Retry', async () => {
  stubFetch({ '/feed.json': { body: feed } });
  renderApp('/search?q=quetzal');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(/The search index could not be loaded \(.*feed\/search\/head\.json.*404.*\)\. Only the 1 newest articles were searched\./);
  expect(results()).toEqual(['Newest post']);

  stubFetch({
    '/feed.json': { body: feed },
    '/feed/search/head.json': { body: { ruwei_search: 1, shards: ['shard.json'], index: part(HEAD_OPTIONS, docs.map(headDoc)) } },
    '/feed/search/shard.json': { body: { ruwei_search_shard: 1, index: part(SHARD_OPTIONS, docs) } },
  });
  await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
  expect(await screen.findByRole('link', { name: 'Old post' })).toBeInTheDocument();
  expect(results()).toEqual(['Newest post', 'Old post']);
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('2 results');
});
