import { readFileSync } from 'node:fs';
import path from 'node:path';
import core from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import css from 'highlight.js/lib/languages/css';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import python from 'highlight.js/lib/languages/python';
import xml from 'highlight.js/lib/languages/xml';
import { describe, expect, it } from 'vitest';
import { HtmlEmitter } from './highlight-html';

function instance(emitter?: typeof HtmlEmitter) {
  const hljs = core.newInstance();
  for (const [name, language] of Object.entries({ bash, css, java, javascript, python, xml })) hljs.registerLanguage(name, language);
  if (emitter) hljs.configure({ __emitter: emitter });
  return hljs;
}

const ours = instance(HtmlEmitter);
const theirs = instance();
const html = (hljs: ReturnType<typeof instance>, code: string, language: string) => hljs.highlight(code, { language, ignoreIllegals: true }).value;

// The sample post with Java, JavaScript, HTML and XML among its fences.
const post = readFileSync(path.resolve(import.meta.dirname, '../../content/notes/SpringBoot扫码登录.md'), 'utf8');
const fences = [...post.matchAll(/^```(\w+)\r?\n([\s\S]*?)^```/gm)].map((match) => [match[1]!, match[2]!] as const);

describe('HtmlEmitter', () => {
  it('writes what highlight.js writes for a real post’s fences', () => {
    expect(fences.length).toBeGreaterThan(5);
    for (const [language, code] of fences) expect(html(ours, code, language)).toBe(html(theirs, code, language));
  });

  it('nests another language inside HTML the same way, with its language class', () => {
    const page = '<style>a { color: red; }</style>\n<script>const s = \'<b>\' && "x";</script>\n<p title="a&b">it\'s</p>';
    const ourHtml = html(ours, page, 'xml');
    expect(ourHtml).toBe(html(theirs, page, 'xml'));
    expect(ourHtml).toContain('<span class="language-javascript"><span class="hljs-keyword">const</span>');
    expect(ourHtml).toContain('<span class="language-css">');
  });

  it('escapes every character HTML treats specially and keeps tiered scopes', () => {
    const code = 'def f(x):\n    return x < 1 and x > 0 or "&" == \'\'\nclass A(B): pass\necho "$HOME" \'it\'';
    for (const language of ['python', 'bash']) expect(html(ours, code, language)).toBe(html(theirs, code, language));
    expect(html(ours, code, 'python')).toContain('<span class="hljs-title class_">A</span>');
    expect(html(ours, code, 'python')).toContain('&lt; <span class="hljs-number">1</span>');
  });
});
