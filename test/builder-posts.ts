// Posts and assembled feeds made up for builder tests.
import { FeedAssembler, SINGLE_FILE_MAX, feedBytes, layoutFor, sortPosts } from '../src/builder/feed-documents';
import type { FeedFiles, FeedOptions, SluggedPost } from '../src/builder/feed-documents';
import type { RenderedPost } from '../src/builder/render-post';

export function makePost(i: number, extra: Partial<SluggedPost> = {}): SluggedPost {
  const ms = Date.UTC(2024, 0, 1) - i * 3_600_000;
  return {
    relPath: `p${i}.md`,
    slug: `post-${String(i).padStart(3, '0')}`,
    title: `Post ${i}`,
    published: { iso: new Date(ms).toISOString().replace('.000Z', 'Z'), ms },
    categories: [['News', i % 2 === 0 ? 'Even' : 'Odd']],
    tags: ['News', i % 2 === 0 ? 'Even' : 'Odd', ...(i % 3 === 0 ? ['Three'] : [])],
    authors: [],
    body: '',
    permalinkFields: {},
    ...extra,
  };
}

export function renderedFor(post: SluggedPost, edition = ''): RenderedPost {
  return { contentHtml: `<p>${post.title}${edition}</p>`, summary: post.title, readingMinutes: 1 };
}

/** Every document at once (sorted posts with their rendered bodies, same order). */
export function assembleFeed(sortedPosts: readonly SluggedPost[], rendered: readonly RenderedPost[], options: FeedOptions): FeedFiles {
  const single = sortedPosts.length <= SINGLE_FILE_MAX;
  const assembler = new FeedAssembler(sortedPosts, options, layoutFor(sortedPosts.length, single ? feedBytes(sortedPosts, rendered, options) : 0));
  const items = rendered.flatMap((r) => assembler.add(r).file ?? []);
  return { layout: assembler.layout, items, ...assembler.finish() };
}

/** `count` made-up posts as the builder would write them; `edition` changes every body. */
export function siteFiles(count: number, edition = '', baseUrl?: string): FeedFiles {
  const sorted = sortPosts(Array.from({ length: count }, (_, i) => makePost(i)));
  return assembleFeed(sorted, sorted.map((post) => renderedFor(post, edition)), { title: 'T', baseUrl });
}
