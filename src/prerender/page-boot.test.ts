// public/page-boot.js runs in an article page's <head>, before the app: run here
// against a small stand-in of the page, the way settings-boot.test.ts does.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const BOOT = readFileSync(new URL('../../public/page-boot.js', import.meta.url), 'utf8');

type Link = { sheet: object | null; listeners: Record<string, () => void>; addEventListener: (type: string, run: () => void) => void };

function page(address: string, { ids = [] as string[], links = [] as Link[] } = {}) {
  const url = new URL(address, 'https://example.org');
  const ready: (() => void)[] = [];
  const placed: string[] = [];
  const context = {
    location: { hash: url.hash },
    document: {
      addEventListener: (type: string, run: () => void) => void (type === 'DOMContentLoaded' && ready.push(run)),
      getElementById: (id: string) => (ids.includes(id) ? { scrollIntoView: () => void placed.push(id) } : null),
      querySelectorAll: () => links,
    },
  };
  runInNewContext(BOOT, context);
  return { placed, parsed: () => ready.forEach((run) => run()) };
}

const link = (loaded: boolean): Link => {
  const listeners: Record<string, () => void> = {};
  return { sheet: loaded ? {} : null, listeners, addEventListener: (type, run) => void (listeners[type] = run) };
};

describe('page-boot.js', () => {
  it('places the section of the hash once the stylesheets have loaded', () => {
    const sheets = [link(true), link(false), link(false)];
    const boot = page(`/article/a#${encodeURIComponent('2微信支付')}`, { ids: ['2微信支付'], links: sheets });
    boot.parsed();
    expect(boot.placed).toEqual([]);
    sheets[1]!.listeners.load!();
    expect(boot.placed).toEqual([]);
    sheets[2]!.listeners.error!();
    expect(boot.placed).toEqual(['2微信支付']);
  });

  it('places it at once when the stylesheets are in, and leaves a hash that names nothing or is malformed', () => {
    const ready = page('/article/a#intro', { ids: ['intro'], links: [link(true)] });
    ready.parsed();
    expect(ready.placed).toEqual(['intro']);
    for (const hash of ['#nothing', '#%E0%A4%A', '#']) {
      const boot = page(`/article/a${hash}`, { ids: ['intro'] });
      expect(() => boot.parsed()).not.toThrow();
      expect(boot.placed).toEqual([]);
    }
  });

  it('stays small: it blocks the first paint', () => {
    expect(Buffer.byteLength(BOOT)).toBeLessThan(1536);
  });
});
