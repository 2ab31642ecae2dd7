// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { shortcutKey } from './shortcut-key';

const press = (key: string, extra: Partial<KeyboardEvent> = {}) =>
  ({ key, altKey: false, ctrlKey: false, metaKey: false, target: document.body, ...extra }) as KeyboardEvent;

describe('shortcutKey', () => {
  it('passes a plain key, and ? typed with Shift', () => {
    expect(shortcutKey(press('n'))).toBe('n');
    expect(shortcutKey(press('?', { shiftKey: true }))).toBe('?');
  });

  it('ignores keys with Ctrl, Alt or Meta', () => {
    expect(shortcutKey(press('n', { ctrlKey: true }))).toBeNull();
    expect(shortcutKey(press('n', { altKey: true }))).toBeNull();
    expect(shortcutKey(press('n', { metaKey: true }))).toBeNull();
  });

  it('ignores keys typed in a field or an editable region', () => {
    const input = document.createElement('input');
    const region = document.createElement('div');
    region.setAttribute('contenteditable', 'true');
    const inside = region.appendChild(document.createElement('span'));
    document.body.append(input, region);
    expect(shortcutKey(press('t', { target: input }))).toBeNull();
    expect(shortcutKey(press('t', { target: inside }))).toBeNull();
    input.remove();
    region.remove();
  });

  it('ignores keys pressed inside a dialog', () => {
    const dialog = document.createElement('dialog');
    const button = dialog.appendChild(document.createElement('button'));
    document.body.append(dialog);
    expect(shortcutKey(press('n', { target: button }))).toBeNull();
    dialog.remove();
  });

  it('ignores keys that belong to an input method composing text', () => {
    expect(shortcutKey(press('n', { isComposing: true }))).toBeNull();
    expect(shortcutKey(press('Process', { keyCode: 229 }))).toBeNull();
  });
});
