// No element name or id in a feed may break the article pipeline: every
// DOM-clobbering vector of the XSS fixtures (a name/id equal to a property of
// `document` or of a node in this engine) goes through the article view; the
// article renders and nothing runs. (Found in Firefox: `<img name=createElement>`
// showed "n.ownerDocument.createElement is not a function".)
import { clobberVectors, clobbers, writeClobberFeeds } from '../support/clobbering';
import { expect, test } from './fixtures';

const VECTORS = clobberVectors();

test('every DOM-clobbering vector renders its article, and nothing runs', async ({ page }) => {
  test.setTimeout(VECTORS.length * 5_000);
  const paths = writeClobberFeeds(VECTORS);
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  let tried = 0;
  for (const vector of VECTORS) {
    await page.goto(paths.get(vector.index)!);
    const named = await page.evaluate(clobbers, vector.names);
    if (named.length === 0) continue;
    tried++;
    const what = `${vector.title} (${named.join(', ')})\n${vector.payload.slice(0, 300)}`;
    await expect(page.getByRole('heading', { level: 1, name: `Clobber ${vector.index}` }), what).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: `Before ${vector.index}` }), what).toBeVisible();
    await expect(page.getByRole('alert'), what).toHaveCount(0);
    expect(errors, what).toEqual([]);
    expect(dialogs, what).toEqual([]);
  }
  // createElement, getElementById, cookie, location, body, parentNode, nodeName, … at the least.
  expect(tried).toBeGreaterThanOrEqual(20);
});
