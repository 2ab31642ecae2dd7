import { describe, expect, it } from 'vitest';
import { assignSlugs, fileSlug } from './slug';

describe('fileSlug', () => {
  it('slugs the file name with github-slugger rules', () => {
    expect(fileSlug('notes/Hello World.md')).toBe('hello-world');
    expect(fileSlug('36kr/同样是 ARM，为什么 Mac 会成功？.md')).toBe('同样是-arm为什么-mac-会成功');
    expect(fileSlug('a/b/c/SpringBoot扫码登录.markdown')).toBe('springboot扫码登录');
  });

  it('names a post kept as <folder>/index.md by its folder', () => {
    expect(fileSlug('2022/微信公开课/index.md')).toBe('微信公开课');
    expect(fileSlug('Hello World/INDEX.markdown')).toBe('hello-world');
    expect(fileSlug('index.md')).toBe('index');
    expect(assignSlugs(['a/index.md', 'b/index.md']).slugs).toEqual(['a', 'b']);
  });

  it('drops only the last extension', () => {
    expect(fileSlug('v1.2-notes.md')).toBe('v12-notes');
  });

  it('falls back to a stable hash of the path when nothing is left', () => {
    const slug = fileSlug('emoji/🎉🎉.md');
    expect(slug).toMatch(/^post-[0-9a-f]{8}$/);
    expect(fileSlug('emoji/🎉🎉.md')).toBe(slug);
    expect(fileSlug('other/🎉🎉.md')).not.toBe(slug);
    expect(fileSlug('！？.md')).toMatch(/^post-/);
  });

  it('gives a name without a letter or digit (only marks, selectors, joiners) the hash, not an invisible slug', () => {
    expect(['\u0301.md', '\uFE0F.md', '\u200D.md', '-_-.md'].map(fileSlug).every((s) => /^post-[0-9a-f]{8}$/.test(s))).toBe(true);
  });

  it('drops marks left at the start when the emoji they belonged to is dropped', () => {
    expect(fileSlug('🏳️‍🌈 flag.md')).toBe('-flag');
    expect(fileSlug('\u0301\u0302x.md')).toBe('x');
  });

  it('gives a decomposed (NFD) name the slug of the composed (NFC) one', () => {
    expect(fileSlug('e\u0301te\u0301.md')).toBe('\u00e9t\u00e9');
    expect(assignSlugs(['e\u0301te\u0301.md', '\u00e9t\u00e9.md']).slugs).toEqual(['\u00e9t\u00e9', '\u00e9t\u00e9-2']);
  });

  it('keeps slugs short enough to be file names', () => {
    const slug = fileSlug(`${'长'.repeat(80)}.md`);
    expect(Buffer.byteLength(slug)).toBeLessThanOrEqual(200);
    expect(slug).toMatch(/^长+-[0-9a-f]{8}$/);
  });
});

describe('assignSlugs', () => {
  it('keeps the first slug and numbers later duplicates in path order', () => {
    const { slugs, duplicates } = assignSlugs(['a/post.md', 'b/post.md', 'c/Post.md']);
    expect(slugs).toEqual(['post', 'post-2', 'post-3']);
    expect(duplicates).toEqual([
      { index: 1, slug: 'post-2', clashesWith: 0 },
      { index: 2, slug: 'post-3', clashesWith: 0 },
    ]);
  });

  it('never hands out a suffix another file has as its own name', () => {
    expect(assignSlugs(['a/post.md', 'b/post.md', 'post-2.md']).slugs).toEqual(['post', 'post-3', 'post-2']);
  });
});
