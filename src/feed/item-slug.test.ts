import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { itemSlug } from './item-slug';
import { articlePath } from './model';

/** The slug the app's router finds in the path the browser keeps of an article link. */
function opened(slug: string): string | undefined {
  const { pathname } = new URL(articlePath(slug), 'https://site.example/');
  return matchRoutes([{ path: 'article/:slug' }], pathname)?.[0]?.params.slug;
}

describe('itemSlug', () => {
  it.each(['post-1', 'a/b', '100%', 'a%20b', '中文 标题', 'a?b#c', '...', 'https://example.org/2024/01/post'])('keeps an id that round-trips: %s', (id) => {
    expect(itemSlug(id)).toBe(id);
    expect(opened(id)).toBe(id);
  });

  it.each(['..', '.', '%2F', 'a%2Fb', 'a%2fb%2F'])('gives %s a stable slug that opens, unlike the id', (id) => {
    expect(opened(id)).not.toBe(id);
    const slug = itemSlug(id);
    expect(slug).not.toBe(id);
    expect(opened(slug)).toBe(slug);
    expect(itemSlug(id)).toBe(slug);
  });

  it('keeps what it can of the id and tells similar ids apart', () => {
    expect(itemSlug('a%2Fb')).toMatch(/^a-b-[0-9a-z]+$/);
    expect(itemSlug('..')).toMatch(/^item-[0-9a-z]+$/);
    expect(itemSlug('a%2Fb')).not.toBe(itemSlug('a%2fb'));
    expect(itemSlug('.')).not.toBe(itemSlug('..'));
  });
});
