// Property-based tests of one post: hostile texts (test/hostile-posts.ts)
// through convertPost() and renderPost(), in process and without files, so
// they can run many times. Seeds and run counts come from
// test/builder-counts.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ } from '../../test/builder-counts';
import { postText } from '../../test/hostile-posts';
import { graphemeEnds } from '../lib/truncate-text';
import { SUMMARY_MAX } from './summary';
import { createTimeZone, fitsRfc3339 } from './dates';
import { convertPost } from './read-post';
import { renderPost } from './render-post';
import type { PostResult } from './read-post';

const zones = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Chatham'].map(createTimeZone);
const file = { absPath: '/nowhere/p.md', relPath: 'p.md', displayPath: 'posts/p.md' };
const input = fc.tuple(postText, fc.constantFrom(...zones), fc.constantFrom(undefined, 'https://example.com/blog/'));

function problemsOf(text: string, result: PostResult): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').length;
  if (result.kind === 'rejected') {
    const { error } = result;
    const problems: string[] = [];
    if (/internal error/i.test(error.message)) problems.push(`unexplained: ${error.message}`);
    if (error.file !== 'posts/p.md') problems.push(`names ${error.file}`);
    if (error.line === undefined || error.line < 1 || error.line > lines) problems.push(`line ${String(error.line)} of ${lines}: ${error.message}`);
    return problems;
  }
  if (result.kind === 'draft') return [];
  const { post } = result;
  const problems: string[] = [];
  if (post.title === '') problems.push('empty title');
  for (const date of [post.published, post.modified]) if (date && !fitsRfc3339(date)) problems.push(`date ${date.iso}`);
  if (post.tags.some((tag) => tag === '' || tag !== tag.trim())) problems.push(`tags ${JSON.stringify(post.tags)}`);
  if (new Set(post.tags).size !== post.tags.length) problems.push('duplicate tags');
  for (const url of [post.image, post.bannerImage]) {
    if (url === undefined) continue;
    if (!URL.canParse(url, 'https://example.invalid/')) problems.push(`image ${url}`);
    if (/^\s*[a-z][a-z0-9+.-]*:/i.test(url) && !/^\s*https?:/i.test(url)) problems.push(`image scheme ${url}`);
  }
  return problems;
}

describe('convertPost over hostile post texts', () => {
  it(`converts, skips or rejects each with a reason and a line, never an internal error (${FUZZ.convert.numRuns} texts)`, () => {
    fc.assert(
      fc.property(input, ([text, zone, baseUrl]) => {
        expect(problemsOf(text, convertPost(file, text, { zone, baseUrl }))).toEqual([]);
      }),
      FUZZ.convert,
    );
  }, 120_000);

  it(`renders every converted post: summary within ${SUMMARY_MAX} characters, a whole number of minutes (${FUZZ.render.numRuns} texts)`, () => {
    fc.assert(
      fc.property(input, ([text, zone, baseUrl]) => {
        const result = convertPost(file, text, { zone, baseUrl });
        if (result.kind !== 'post') return;
        const rendered = renderPost(result.post);
        expect(typeof rendered.contentHtml).toBe('string');
        expect(rendered.summary === undefined || graphemeEnds(rendered.summary, SUMMARY_MAX + 1).length <= SUMMARY_MAX).toBe(true);
        expect(Number.isInteger(rendered.readingMinutes) && rendered.readingMinutes >= 0).toBe(true);
        expect(renderPost(result.post)).toEqual(rendered);
      }),
      FUZZ.render,
    );
  }, 120_000);
});
