import { expect, test } from 'vitest';
import { isKeepMessage, SKIP_WAITING } from './messages';

test('a keep message is recognised only whole', () => {
  expect(isKeepMessage({ type: 'ruwei:keep', page: '/', files: ['/feed.json'] })).toBe(true);
  expect(isKeepMessage({ type: 'ruwei:keep', page: '/', files: [] })).toBe(true);
  for (const bad of [null, undefined, SKIP_WAITING, {}, { type: 'ruwei:keep', page: '/' }, { type: 'ruwei:keep', page: 1, files: [] }, { type: 'ruwei:keep', page: '/', files: [1] }, { type: 'other', page: '/', files: [] }]) {
    expect(isKeepMessage(bad), JSON.stringify(bad)).toBe(false);
  }
});
