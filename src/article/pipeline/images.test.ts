import { describe, expect, it } from 'vitest';
import { declaredSize, prepareImages } from './images';

function prepared(html: string): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = html;
  prepareImages(box);
  return box;
}

describe('prepareImages', () => {
  it('reserves the size 36kr declares in data-img-size-val', () => {
    const img = prepared('<p><img src="a.png" data-img-size-val="832,450"></p>').querySelector('img')!;
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['832', '450']);
    expect(img.hasAttribute('data-img-size-val')).toBe(false);
  });

  it('keeps width and height the source gives', () => {
    expect(declaredSize(prepared('<img src="a.png" width="640" height="480">').querySelector('img')!)).toEqual({ width: 640, height: 480 });
  });

  it('reserves nothing for a size it cannot read', () => {
    const img = prepared('<img src="a.png" data-img-size-val="wide,0" width="100%">').querySelector('img')!;
    expect(img.getAttribute('height')).toBeNull();
    expect(declaredSize(img)).toBeUndefined();
  });

  it('loads all but the first image lazily, all asynchronously decoded without referrer', () => {
    const images = [...prepared('<img src="a.png"><p><img src="b.png"></p><img src="c.png">').querySelectorAll('img')];
    expect(images.map((img) => img.getAttribute('loading'))).toEqual([null, 'lazy', 'lazy']);
    expect(images.every((img) => img.getAttribute('decoding') === 'async' && img.getAttribute('referrerpolicy') === 'no-referrer')).toBe(true);
  });

  it('lets video and audio load nothing until they are played', () => {
    const root = prepared('<video src="/v.mp4" poster="/p.png"><source src="/v.webm"><track src="/t.vtt"></video><audio src="/a.mp3"></audio>');
    expect([...root.querySelectorAll('video, audio')].map((media) => media.getAttribute('preload'))).toEqual(['none', 'none']);
  });

  it('gives an image without alt an empty one and keeps an author alt', () => {
    const images = [...prepared('<img src="a.png"><img src="b.png" alt="A chart">').querySelectorAll('img')];
    expect(images.map((img) => img.getAttribute('alt'))).toEqual(['', 'A chart']);
  });

  it('turns a 36kr caption after the image paragraph into a figure', () => {
    const box = prepared('<p><img src="a.png"></p><p class="img-desc">「十点读书」的视频号成绩</p><p>next</p>');
    expect(box.innerHTML).toBe(
      '<figure><img src="a.png" alt="" decoding="async" referrerpolicy="no-referrer"><figcaption>「十点读书」的视频号成绩</figcaption></figure><p>next</p>',
    );
  });

  it('turns a caption right after a bare image into a figure', () => {
    expect(prepared('<img src="a.png"><p class="img-desc">c</p>').querySelector('figure > figcaption')?.textContent).toBe('c');
  });

  it('leaves a caption-styled paragraph without an image before it as a paragraph', () => {
    expect(prepared('<p>text</p><p class="img-desc">not a caption</p>').innerHTML).toBe('<p>text</p><p>not a caption</p>');
  });
});
