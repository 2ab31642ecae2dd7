// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createListKeyReader } from './list-keys';

const key = (k: string, timeStamp = 1000, extra: Partial<KeyboardEvent> = {}) =>
  ({ key: k, altKey: false, ctrlKey: false, metaKey: false, target: document.body, timeStamp, ...extra }) as KeyboardEvent;

describe('createListKeyReader', () => {
  it('reads j and k as moves down and up', () => {
    const read = createListKeyReader();
    expect(read(key('j'))).toEqual({ type: 'move', delta: 1 });
    expect(read(key('k'))).toEqual({ type: 'move', delta: -1 });
  });

  it('reads g then c as "go to categories", but not c alone or a slow g … c', () => {
    const read = createListKeyReader();
    expect(read(key('c'))).toBeNull();
    expect(read(key('g', 1000))).toBeNull();
    expect(read(key('c', 1200))).toEqual({ type: 'categories' });
    read(key('g', 5000));
    expect(read(key('c', 7000))).toBeNull();
  });

  it('ignores keys typed into a field and keys with modifiers', () => {
    const read = createListKeyReader();
    expect(read(key('j', 1, { target: document.createElement('input') }))).toBeNull();
    expect(read(key('j', 1, { ctrlKey: true }))).toBeNull();
  });

  it('leaves / alone', () => {
    expect(createListKeyReader()(key('/'))).toBeNull();
  });
});
