import { describe, expect, it } from 'vitest';
import { makePost } from '../../test/builder-posts';
import { renderPost } from './render-post';

describe('renderPost', () => {
  it('renders the body and takes the summary from description, then excerpt, then <!-- more -->, then the body', () => {
    const base = makePost(1, { body: 'Intro *here*.\n\n<!-- more -->\n\nThe rest.' });
    expect(renderPost(base).contentHtml).toContain('<em>here</em>');
    expect(renderPost(base).summary).toBe('Intro here.');
    expect(renderPost({ ...base, excerpt: 'From excerpt' }).summary).toBe('From excerpt');
    expect(renderPost({ ...base, description: 'From &quot;description&quot;', excerpt: 'x' }).summary).toBe('From "description"');
    expect(renderPost({ ...base, body: '## Heading\n\nFirst paragraph.\n\nSecond.' }).summary).toBe('First paragraph. Second.');
  });

  it('counts reading minutes over the whole body', () => {
    expect(renderPost(makePost(1, { body: '字'.repeat(4000) })).readingMinutes).toBe(10);
    expect(renderPost(makePost(1, { body: '' })).readingMinutes).toBe(0);
  });

  it('counts highlighted code as the same words as plain code', () => {
    // 460 words of 230 a minute; highlighted, each line is `console.<span>log</span>();`.
    const code = 'console.log();\n'.repeat(460);
    const highlighted = renderPost(makePost(1, { body: `\`\`\`js\n${code}\`\`\`\n` }));
    expect(highlighted.contentHtml).toContain('<span class="hljs-title function_">log</span>');
    expect(highlighted.readingMinutes).toBe(2);
    expect(renderPost(makePost(1, { body: `\`\`\`\n${code}\`\`\`\n` })).readingMinutes).toBe(2);
  });
});
