// Markdown -> HTML with the options of Hexo's default renderer
// (hexo-renderer-marked): raw HTML passes through untouched, single newlines
// become <br>, GFM tables and strikethrough, bare URLs become links.
// Heading ids are not added here: the app assigns its own (docs/urls.md).
// Fenced code whose info string names a language highlight.js knows (its
// common set: JavaScript, Python, shell, Java, Go, SQL, …) is highlighted
// here, at build time, as `<span class="hljs-…">`: classes, not inline
// styles, which the app's sanitizer and CSP would drop; the app's CSS colours
// them and the browser runs no highlighter. Other fences stay plain text.
import hljs from 'highlight.js/lib/common';
import MarkdownIt from 'markdown-it';
import { HtmlEmitter } from './highlight-html';

// The builder is highlight.js's only user in its process.
hljs.configure({ __emitter: HtmlEmitter });

// Whether the render under way highlighted a fence (rendering is synchronous).
let highlighted = false;

function highlight(code: string, info: string): string {
  const language = info.trim().split(/\s+/, 1)[0]?.toLowerCase() ?? '';
  // An empty string tells markdown-it to escape the code itself.
  if (!language || !hljs.getLanguage(language)) return '';
  highlighted = true;
  return hljs.highlight(code, { language, ignoreIllegals: true }).value;
}

const markdown = new MarkdownIt({ html: true, breaks: true, linkify: true, highlight });
const unhighlighted = { ...markdown.options, highlight: null };

// Hexo's excerpt marker; it survives rendering as an HTML comment.
const MORE = /<!--\s*more\s*-->/i;

export type RenderedMarkdown = {
  html: string;
  /**
   * The same HTML without highlighting, to read words and the summary from:
   * the word count lets every tag split a word (`a.<span>b</span>`), so
   * highlighted code would change a post's reading time, and its thousands of
   * spans would cost a second scan. Parsed once, rendered twice only when a
   * fence was highlighted.
   */
  plainHtml: string;
};

export function renderMarkdownAndPlain(body: string): RenderedMarkdown {
  const env = {};
  const tokens = markdown.parse(body, env);
  highlighted = false;
  const html = markdown.renderer.render(tokens, markdown.options, env);
  return { html, plainHtml: highlighted ? markdown.renderer.render(tokens, unhighlighted, env) : html };
}

/** The HTML before the `<!-- more -->` marker, when the body has one. */
export function excerptHtml(html: string): string | undefined {
  const match = MORE.exec(html);
  return match ? html.slice(0, match.index) : undefined;
}
