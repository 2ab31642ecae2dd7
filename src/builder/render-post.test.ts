import { describe, expect, it } from 'vitest';
import { createTimeZone } from './dates';
import { convertPost } from './read-post';
import type { Post, PostContext, PostResult, SourceFile } from './read-post';
import { renderPost } from './render-post';

const context: PostContext = { zone: createTimeZone('Asia/Shanghai') };
const file = (relPath = 'posts/hello-world.md'): SourceFile => ({ absPath: `/nowhere/${relPath}`, relPath, displayPath: relPath });

function post(result: PostResult): Post {
  if (result.kind !== 'post') throw new Error(`expected a post, got ${result.kind}`);
  return result.post;
}

describe('renderPost', () => {
  it('renders the body and takes the summary from description, then excerpt, then <!-- more -->, then the body', () => {
    const base = post(convertPost(file(), '---\ntitle: t\ndate: 2020-01-01\n---\nIntro *here*.\n\n<!-- more -->\n\nThe rest.', context));
    expect(renderPost(base).summary).toBe('Intro here.');
    expect(renderPost({ ...base, excerpt: 'From excerpt' }).summary).toBe('From excerpt');
    expect(renderPost({ ...base, description: 'From &quot;description&quot;', excerpt: 'x' }).summary).toBe('From "description"');
    expect(renderPost({ ...base, body: '## Heading\n\nFirst paragraph.\n\nSecond.' }).summary).toBe('First paragraph. Second.');
  });

  it('counts reading minutes over the whole body', () => {
    const base = post(convertPost(file(), '---\ntitle: t\ndate: 2020-01-01\n---\n', context));
    expect(renderPost({ ...base, body: '字'.repeat(4000) }).readingMinutes).toBe(10);
    expect(renderPost({ ...base, body: '' }).readingMinutes).toBe(0);
  });
});
