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

function highlight(code: string, info: string): string {
  const language = info.trim().split(/\s+/, 1)[0]?.toLowerCase() ?? '';
  // An empty string tells markdown-it to escape the code itself.
  if (!language || !hljs.getLanguage(language)) return '';
  return hljs.highlight(code, { language, ignoreIllegals: true }).value;
}

const markdown = new MarkdownIt({ html: true, breaks: true, linkify: true, highlight });

// Hexo's excerpt marker; it survives rendering as an HTML comment.
const MORE = /<!--\s*more\s*-->/i;

export function renderMarkdown(body: string): string {
  return markdown.render(body);
}

/** The HTML before the `<!-- more -->` marker, when the body has one. */
export function excerptHtml(html: string): string | undefined {
  const match = MORE.exec(html);
  return match ? html.slice(0, match.index) : undefined;
}
