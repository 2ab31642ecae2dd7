// The list must not jump when its data arrives: the skeleton has the boxes of
// the real thing, so the heading and the first row stay where they were.
import { expect, test } from './fixtures';
import { plainFeed } from '../support/generate';

for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
  test(`the heading and the rows stay in place when a slow feed arrives (${viewport.width} px)`, async ({ page, server }) => {
    await page.setViewportSize(viewport);
    const feed = plainFeed(60);
    // The feed waits until the skeleton is measured: a fixed delay let a busy machine miss the skeleton.
    const release = server.hold(new RegExp(`^${feed.replace(/[.]/g, '\\.')}$`));
    await page.goto(`/?feed=${encodeURIComponent(feed)}`);
    await expect(page.getByText('Loading articles…')).toBeVisible();
    // Where the heading, the list and its first row start, and the row's height.
    const boxes = () => page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      const row = box('.article-row');
      return [box('.library-title').top, box('.article-list').top, row.top, row.left, row.height].map(Math.round);
    });
    const before = await boxes();
    release();
    await expect(page.getByRole('link', { name: /^第 0 篇/ })).toBeVisible();
    expect(await boxes()).toEqual(before);
  });
}
