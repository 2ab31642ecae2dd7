// A synthetic article with 10,000 headings, as a one-item JSON Feed: either
// nested (100 sections of 99 sub-sections, each with a short paragraph) or
// flat (10,000 sections side by side, the table of contents' worst case).
import { join } from 'node:path';
import { writeGenerated } from '../test/support/generate';
import { GENERATED } from '../test/support/server';

export const SYNTHETIC_SLUG = 'synthetic-10k';

function body(shape: 'nested' | 'flat', headings: number): string {
  const parts: string[] = [];
  for (let i = 0; i < headings; i++) {
    const top = shape === 'flat' || i % 100 === 0;
    const tag = top ? 'h2' : 'h3';
    parts.push(`<${tag}>第 ${i} 节 Section ${i}</${tag}><p>这是第 ${i} 节的正文，用来占据一些高度。Some text for section ${i}.</p>`);
  }
  return parts.join('\n');
}

/** Writes the feed under .cache/e2e/ (the test server's /__gen/) and returns its path there. */
export function writeSyntheticFeed(shape: 'nested' | 'flat', headings = 10_000): string {
  const name = `bench/synthetic-${shape}-${headings}.json`;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Synthetic',
    items: [{ id: SYNTHETIC_SLUG, title: `${headings} headings`, content_html: body(shape, headings), date_published: '2024-01-01T00:00:00Z' }],
  };
  writeGenerated(join(GENERATED, name), JSON.stringify(feed));
  return `/__gen/${name}`;
}
