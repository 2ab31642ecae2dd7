import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTimeZone, parseHexoDate } from './dates';
import { hexoSlug, oldPaths, slugize } from './hexo-permalinks';
import type { PermalinkSite } from './hexo-permalinks';
import type { Post } from './read-post';

const shanghai = createTimeZone('Asia/Shanghai');
const HASH = createHash('sha1').update('hello1730383321').digest('hex').slice(0, 12);
const site = (permalink: string, extra: Partial<PermalinkSite> = {}): PermalinkSite => ({ permalink, newPostName: ':title.md', defaultCategory: 'uncategorized', categoryMap: {}, ...extra });

function post(relPath: string, date: string | undefined, extra: Partial<Post> = {}): Post {
  const published = date === undefined ? undefined : parseHexoDate(date, shanghai);
  return { relPath, title: 'Hello, World!', ...(published && { published }), categories: [], tags: [], authors: [], body: '', permalinkFields: {}, ...extra };
}

describe('oldPaths: the address Hexo gave a post', () => {
  it('fills the default pattern with the date in the site zone and the path under _posts', () => {
    expect(oldPaths(post('hello.md', '2024-10-31 22:02:01'), site(':year/:month/:day/:title/'), shanghai).paths).toEqual(['2024/10/31/hello/']);
  });

  it('reads a date with its own zone in the site zone, as Hexo does (01:30 UTC is 09:30 in Shanghai)', () => {
    expect(oldPaths(post('a.md', '2024-10-31T20:30:00Z'), site(':year/:month/:day/:hour/:minute/:second/:name'), shanghai).paths).toEqual(['2024/11/01/04/30/00/a']);
  });

  it('keeps sub-folders in :title and drops them in :name', () => {
    const p = post('Dev/SpringBoot扫码登录.md', '2023-07-19 17:30:54');
    expect(oldPaths(p, site(':title.html'), shanghai).paths).toEqual(['Dev/SpringBoot扫码登录.html']);
    expect(oldPaths(p, site('p/:name/'), shanghai).paths).toEqual(['p/SpringBoot扫码登录/']);
  });

  it('writes :i_month and :i_day without zeros and :post_title as slugized lower case', () => {
    expect(oldPaths(post('x.md', '2024-03-05 10:00:00'), site(':year/:i_month/:i_day/:post_title/'), shanghai).paths).toEqual(['2024/3/5/hello-world/']);
  });

  it('fills :hash as Hexo does: SHA-1 of the slug and the Unix seconds, 12 hex digits', () => {
    // 2024-10-31 22:02:01 in Shanghai is 1730383321 s after the epoch.
    expect(oldPaths(post('hello.md', '2024-10-31 22:02:01'), site(':hash/'), shanghai).paths).toEqual([`${HASH}/`]);
  });

  it('names the last category by its slug path, category_map applied, else default_category', () => {
    const filed = post('x.md', '2024-03-05', { categories: [['Life'], ['新媒体', '36 kr', 'News']] });
    expect(oldPaths(filed, site(':category/:title/', { categoryMap: { News: 'n' } }), shanghai).paths).toEqual(['新媒体/36-kr/n/x/']);
    expect(oldPaths(post('x.md', '2024-03-05'), site(':category/:title/'), shanghai).paths).toEqual(['uncategorized/x/']);
  });

  it('takes front matter permalink as written, instead of the pattern', () => {
    const p = post('x.md', '2024-03-05', { permalinkFields: { permalink: '/archives/x/' } });
    expect(oldPaths(p, site(':year/:title/'), shanghai).paths).toEqual(['archives/x/']);
    expect(oldPaths(p, undefined, shanghai).paths).toEqual(['archives/x/']);
  });

  it('fills :abbrlink from front matter, and gives an abbrlink hexo-abbrlink’s default address when the pattern has none', () => {
    const p = post('x.md', '2024-03-05', { permalinkFields: { abbrlink: '18184' } });
    expect(oldPaths(p, site('p/:abbrlink.html'), shanghai).paths).toEqual(['p/18184.html']);
    expect(oldPaths(p, site(':year/:title/'), shanghai).paths).toEqual(['2024/x/', 'posts/18184/']);
    expect(oldPaths(p, undefined, shanghai).paths).toEqual(['posts/18184/']);
  });

  it('gives a plain posts folder no old address for a post without permalink or abbrlink', () => {
    expect(oldPaths(post('x.md', '2024-03-05'), undefined, shanghai)).toEqual({ paths: [] });
  });

  it('says why an undated post has no old address under a dated pattern', () => {
    expect(oldPaths(post('x.md', undefined), site(':year/:title/'), shanghai)).toEqual({ paths: [], problem: "no `date` for the site's permalink :year/:title/; no redirect from its old URL" });
  });
});

describe('hexoSlug', () => {
  it('takes the title out of a dated file name when new_post_name says so', () => {
    expect(hexoSlug('2024-10-31-hello.md', ':year-:month-:day-:title.md')).toBe('hello');
    expect(hexoSlug('notes/hello.md', ':year-:month-:day-:title.md')).toBe('notes/hello');
  });
});

describe('slugize (hexo-util rules)', () => {
  it('turns punctuation runs into one dash, drops diacritics and keeps CJK', () => {
    expect(slugize('  Crème brûlée: straße & ÆON!  ')).toBe('Creme-brulee-strase-AEON');
    expect(slugize('全面理解 DNS（HTTPDNS）')).toBe('全面理解-DNS（HTTPDNS）');
  });
});
