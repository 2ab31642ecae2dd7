// Markdown -> HTML with the options of Hexo's default renderer
// (hexo-renderer-marked): raw HTML passes through untouched, single newlines
// become <br>, GFM tables and strikethrough, bare URLs become links.
// Heading ids are not added here: the app assigns its own (docs/urls.md).
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: true, breaks: true, linkify: true });

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
