// A read post's body -> what the feed item carries: Markdown -> HTML, then
// the summary and the reading time from that HTML (without its code
// highlighting: markdown.ts says why).
import { decodeHTML } from 'entities';
import { htmlWordText } from '../lib/html-text';
import { readingMinutes } from '../lib/reading-time';
import { excerptHtml, renderMarkdownAndPlain } from './markdown';
import type { Post } from './read-post';
import { summarize } from './summary';

export type RenderedPost = { contentHtml: string; summary?: string; readingMinutes: number };

export function renderPost(post: Post): RenderedPost {
  const { html: contentHtml, plainHtml } = renderMarkdownAndPlain(post.body);
  const summary = summarize([post.description, post.excerpt, excerptHtml(plainHtml), plainHtml]);
  return { contentHtml, ...(summary !== undefined && { summary }), readingMinutes: readingMinutes(htmlWordText(plainHtml, decodeHTML)) };
}
