// Every JSON Feed published by others in test/fixtures/feeds/real/ (see its
// SOURCES.md) reads completely: all items listed, with readable titles.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed';

const DIR = 'test/fixtures/feeds/real';
const FILES = readdirSync(DIR).filter((name) => name.endsWith('.json')).sort();
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i;

function read(name: string): { json: { items: unknown[] }; text: string } {
  const text = readFileSync(`${DIR}/${name}`, 'utf8');
  return { json: JSON.parse(text) as { items: unknown[] }, text };
}

describe('real JSON Feeds', () => {
  it('are at least 15, in both versions', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(15);
    const versions = new Set(FILES.map((name) => (read(name).json as { version?: string }).version));
    for (const version of ['https://jsonfeed.org/version/1', 'https://jsonfeed.org/version/1.1', 'http://jsonfeed.org/version/1']) expect(versions).toContain(version);
  });

  it.each(FILES)('%s: every item is listed, none skipped', (name) => {
    const { json } = read(name);
    const feed = parseFeed(json, `https://reader.example/feeds/${name}`);
    expect(feed.skipped).toEqual({ count: 0, reasons: [] });
    expect(feed.items).toHaveLength(json.items.length);
    expect(new Set(feed.items.map((item) => item.slug)).size).toBe(json.items.length);
    expect(feed.title).not.toBe('');
  });

  it.each(FILES)('%s: titles are one line of text, entities decoded, named from the text when missing', (name) => {
    const feed = parseFeed(read(name).json, `https://reader.example/feeds/${name}`);
    for (const item of feed.items) {
      expect(item.title).toBe(item.title.trim());
      expect(item.title).not.toMatch(/\n/);
      expect(item.title).not.toMatch(ENTITY);
      const hasText = [item.summary, item.contentText, item.contentHtml?.replace(/<[^>]*>/g, '')].some((text) => text?.trim());
      if (hasText) expect(item.title).not.toBe('');
    }
  });

  it.each(FILES)('%s: every link the app shows is an absolute http(s) URL', (name) => {
    const feed = parseFeed(read(name).json, `https://reader.example/feeds/${name}`);
    const urls = feed.items.flatMap((item) => [item.url, item.externalUrl, item.image, item.bannerImage, ...(item.attachments ?? []).map((a) => a.url)]);
    for (const url of urls) if (url !== undefined) expect(url).toMatch(/^https?:\/\/[^/]/);
  });
});

describe('what the real feeds show', () => {
  const parse = (name: string) => parseFeed(read(name).json, `https://reader.example/feeds/${name}`);

  it('reads all 84 items of a feed with "external_url": null in 55 of them (Rosemary Orchard), tags given as one string', () => {
    const feed = parse('netnewswire-rose.json');
    expect(feed.items).toHaveLength(84);
    expect(feed.items.filter((item) => item.externalUrl === undefined).length).toBeGreaterThanOrEqual(55);
    expect(feed.items.find((item) => item.title === 'Workflow: Menus, Lists & Dictionaries')).toBeDefined();
    expect(feed.items.flatMap((item) => item.tags)).toContain('omnifocus');
  });

  it('reads a feed whose version is http://jsonfeed.org/version/1 (Pixel Envy), curly quotes decoded', () => {
    const feed = parse('netnewswire-pxlnv.json');
    expect(feed.items).toHaveLength(20);
    expect(feed.items.some((item) => item.title.includes('‘Jokes’'))).toBe(true);
  });

  it('keeps podcast attachments with their type and size', () => {
    const item = parse('jsonfeednet-TheRecordPodcast.json').items[0]!;
    expect(item.attachments?.[0]).toMatchObject({
      url: 'http://therecord.co/downloads/TheRecord-sp1e2-BrentSimmons.m4a',
      mimeType: 'audio/x-m4a',
      sizeInBytes: expect.any(Number),
    });
  });

  it('names untitled items by their text', () => {
    const titles = parse('rsparser-jsonfeed-extension.json').items.map((item) => item.title);
    expect(titles.every((title) => title.length > 0)).toBe(true);
  });
});
