// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { leadingImage, sameImage } from './hero-image';

function body(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  return element;
}

describe('the hero image', () => {
  it('finds the picture a body starts with, past empty wrappers', () => {
    expect(leadingImage(body('<div> <p><img src="https://a.test/x.png"></p><p>text</p></div>'))).toBe('https://a.test/x.png');
  });

  it('finds none when text comes first, or when there is no image', () => {
    expect(leadingImage(body('<p>Intro</p><p><img src="https://a.test/x.png"></p>'))).toBeUndefined();
    expect(leadingImage(body('<p>Only text</p>'))).toBeUndefined();
  });

  it('compares addresses without their scheme, host case or fragment, relative ones against the base', () => {
    expect(sameImage('http://IMG.test/a.png?w=1', 'https://img.test/a.png?w=1#x', 'https://site.test/')).toBe(true);
    expect(sameImage('/a.png', 'https://site.test/a.png', 'https://site.test/feed.json')).toBe(true);
    expect(sameImage('https://img.test/a.png?n=1', 'https://img.test/a.png?n=2', 'https://site.test/')).toBe(false);
  });
});
