import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { feedLanguage } from './vite-plugin';

const made: string[] = [];
afterEach(() => Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

async function outDirWith(feed?: string): Promise<string> {
  const out = await mkdtemp(path.join(os.tmpdir(), 'ruwei-out-'));
  made.push(out);
  if (feed !== undefined) await writeFile(path.join(out, 'feed.json'), feed);
  return out;
}

describe('feedLanguage: the interface language the static pages are rendered in', () => {
  it('is the language the built feed names', async () => {
    expect(await feedLanguage(await outDirWith(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 't', language: 'zh-CN', items: [] })))).toBe('zh-CN');
  });

  it('is none (English) when the feed names none, or there is no readable feed', async () => {
    expect(await feedLanguage(await outDirWith(JSON.stringify({ title: 't', items: [] })))).toBeUndefined();
    expect(await feedLanguage(await outDirWith(JSON.stringify({ title: 't', language: 7, items: [] })))).toBeUndefined();
    expect(await feedLanguage(await outDirWith('{'))).toBeUndefined();
    expect(await feedLanguage(await outDirWith())).toBeUndefined();
  });
});
