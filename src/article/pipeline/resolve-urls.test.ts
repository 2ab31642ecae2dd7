import { describe, expect, it } from 'vitest';
import { prepareLinks, resolveMediaUrls, resolveSrcset } from './resolve-urls';

const CONTEXT = { baseUrl: 'https://blog.example/posts/one/', pageOrigin: 'https://reader.example' };

function run(html: string, step: (root: HTMLElement) => void): string {
  const box = document.createElement('div');
  box.innerHTML = html;
  step(box);
  return box.innerHTML;
}

describe('prepareLinks', () => {
  it('opens links to other origins in a new tab without opener or referrer', () => {
    expect(run('<a href="https://36kr.com/p/1">a</a>', (root) => prepareLinks(root, CONTEXT))).toBe(
      '<a href="https://36kr.com/p/1" target="_blank" rel="noopener noreferrer">a</a>',
    );
  });

  it('resolves relative links against the article and leaves in-page links alone', () => {
    expect(run('<a href="../two/">a</a><a href="#setup">b</a><a href="mailto:me@blog.example">c</a>', (root) => prepareLinks(root, CONTEXT))).toBe(
      '<a href="https://blog.example/posts/two/" target="_blank" rel="noopener noreferrer">a</a><a href="#setup">b</a><a href="mailto:me@blog.example">c</a>',
    );
  });

  it('keeps links on the reader origin in the same tab', () => {
    expect(run('<a href="/article/x">a</a>', (root) => prepareLinks(root, { ...CONTEXT, baseUrl: 'https://reader.example/feed.json' }))).toBe(
      '<a href="https://reader.example/article/x">a</a>',
    );
  });

  it('unwraps links with nothing to click but keeps image links', () => {
    expect(run('<h2>Overview<a href="#overview"></a></h2><a href="/big.png"><img src="/small.png"></a>', (root) => prepareLinks(root, CONTEXT))).toBe(
      '<h2>Overview</h2><a href="https://blog.example/big.png" target="_blank" rel="noopener noreferrer"><img src="/small.png"></a>',
    );
  });
});

describe('resolveMediaUrls', () => {
  it('resolves src, poster and every srcset candidate against the article', () => {
    expect(run('<img src="a.png" srcset="a.png 1x, /b.png 2x"><video poster="p.jpg" src="v.mp4"></video>', (root) => resolveMediaUrls(root, CONTEXT.baseUrl))).toBe(
      '<img src="https://blog.example/posts/one/a.png" srcset="https://blog.example/posts/one/a.png 1x, https://blog.example/b.png 2x">' +
        '<video poster="https://blog.example/posts/one/p.jpg" src="https://blog.example/posts/one/v.mp4"></video>',
    );
  });

  it('keeps width descriptors in a srcset', () => {
    expect(resolveSrcset('s.png 480w,l.png 1080w', 'https://cdn.example/x/')).toBe('https://cdn.example/x/s.png 480w, https://cdn.example/x/l.png 1080w');
  });
});
