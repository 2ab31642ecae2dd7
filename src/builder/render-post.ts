// A read post's body -> what the feed item carries: Markdown -> HTML, then
// the summary and the reading time from that HTML.
import { decodeHTML } from 'entities';
import { htmlWordText } from '../lib/html-text';
import { readingMinutes } from '../lib/reading-time';
import { excerptHtml, renderMarkdown } from './markdown';
import type { Post } from './read-post';
import { summarize } from './summary';

export type RenderedPost = { contentHtml: string; summary?: string; readingMinutes: number };

export function renderPost(post: Post): RenderedPost {
  const contentHtml = renderMarkdown(post.body);
  const summary = summarize([post.description, post.excerpt, excerptHtml(contentHtml), contentHtml]);
  return { contentHtml, ...(summary !== undefined && { summary }), readingMinutes: readingMinutes(htmlWordText(contentHtml, decodeHTML)) };
}
