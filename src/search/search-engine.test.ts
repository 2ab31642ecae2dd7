import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlWordText } from '../lib/html-text';
import type { Segment } from './highlight';
import type { SearchDoc } from '../lib/search-index-format';
import { createSearchEngine } from './search-engine';

// The sample site's posts (content/): real Chinese and English articles.
const CONTENT = path.resolve(__dirname, '../../content');
function samplePosts(): SearchDoc[] {
  return readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && !name.endsWith('SOURCES.md'))
    .map((name) => {
      const text = readFileSync(path.join(CONTENT, name), 'utf8');
      const title = /^title:\s*'?(.*?)'?\s*$/m.exec(text)?.[1] ?? name;
      const body = htmlWordText(text.slice(text.indexOf('---', 4) + 3)).replace(/\s+/g, ' ');
      return { id: path.basename(name, '.md'), title, summary: '', body, tags: [] };
    });
}

const sample = createSearchEngine(samplePosts());
const slugs = (query: string, engine = sample) => engine.search(query).hits.map((hit) => hit.slug);
const marked = (segments: Segment[]) => segments.filter((segment) => segment.mark).map((segment) => segment.text);

function doc(id: string, fields: Partial<SearchDoc>): SearchDoc {
  return { id, title: '', summary: '', body: '', tags: [], ...fields };
}

describe('search over the sample site', () => {
  it('finds “视频号……激励计划” for “视频号激励”, typed without a space, with the 36kr article first', () => {
    expect(slugs('视频号激励')[0]).toBe('weixin-gongkaike-2022');
  });

  it('reads a query with and without spaces alike', () => {
    expect(slugs('视频号 激励')).toEqual(slugs('视频号激励'));
  });

  it('finds mixed Chinese and English: “SpringBoot 扫码” and “扫码登录springboot”', () => {
    expect(slugs('SpringBoot 扫码')[0]).toBe('SpringBoot扫码登录');
    expect(slugs('扫码登录springboot')[0]).toBe('SpringBoot扫码登录');
  });

  it('requires every word: “视频号 Alpine” finds nothing', () => {
    expect(slugs('视频号 Alpine')).toEqual([]);
  });

  it('marks the matched words in the snippet and the title', () => {
    const [hit] = sample.search('视频号激励').hits;
    expect(marked(hit!.snippet)).toEqual(expect.arrayContaining(['视频号', '激励']));
    const [spring] = sample.search('springboot').hits;
    expect(marked(spring!.title)).toEqual(['SpringBoot']);
  });
});

describe('folding, prefixes and ranking', () => {
  const engine = createSearchEngine([
    doc('wide', { title: 'Release ＡＢＣ１２３ notes' }),
    doc('react', { title: 'Learning React hooks' }),
    doc('in-body', { title: 'Gardening', body: 'a note on typescript generics' }),
    doc('in-summary', { title: 'Cooking', summary: 'typescript for cooks' }),
    doc('in-title', { title: 'TypeScript in practice' }),
  ]);

  it('finds full-width text with a half-width query, and the reverse', () => {
    expect(slugs('abc123', engine)).toEqual(['wide']);
    expect(slugs('ＡＢＣ１２３', engine)).toEqual(['wide']);
    expect(marked(engine.search('abc123').hits[0]!.title)).toEqual(['ＡＢＣ１２３']);
  });

  it('matches the word being typed as a prefix, whatever its case', () => {
    for (const typed of ['r', 're', 'REA', 'reac', 'react']) expect(slugs(typed, engine)).toContain('react');
    expect(marked(engine.search('reac').hits.find((hit) => hit.slug === 'react')!.title)).toEqual(['Reac']);
  });

  it('ranks a title match above a summary match above a body match', () => {
    expect(slugs('typescript', engine)).toEqual(['in-title', 'in-summary', 'in-body']);
  });

  it('returns no result, with a count of 0, for a word no article has', () => {
    expect(engine.search('zzyzx')).toEqual({ query: 'zzyzx', total: 0, hits: [] });
    expect(engine.search('量子纠缠').total).toBe(0);
  });

  it('returns no result for an empty or punctuation-only query', () => {
    for (const query of ['', '   ', '…！？', '-- ++']) expect(engine.search(query).total).toBe(0);
  });
});

describe('hostile queries: none throws, none hangs', () => {
  const hostile = [
    '.*', '(a+)+$', '[', '\\', '^$|?*+()[]{}', '(?<x>', 'a'.repeat(10_000), '视'.repeat(10_000),
    'ab '.repeat(3_334), '\uD800', '\uDC00视频\uD800', 'a\uDFFFb', '\u0000', '\u202Eabc', 'ﬀ ǅ İ ß',
  ];
  for (const query of hostile) {
    it(`answers ${JSON.stringify(query.slice(0, 12))} (${query.length} characters)`, () => {
      const results = sample.search(query);
      expect(results.total).toBeGreaterThanOrEqual(0);
      for (const hit of results.hits) expect(hit.snippet.map((segment) => segment.text).join('')).not.toBe('');
    });
  }

  it('still finds an article when the query ends with a lone surrogate', () => {
    expect(slugs('视频号激励\uD800')[0]).toBe('weixin-gongkaike-2022');
  });
});
