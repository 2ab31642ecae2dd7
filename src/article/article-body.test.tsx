// A large article's pieces (article-body.tsx): the first rendered, the others
// appended one per frame; new pieces for the same view (a refetch changed the
// article) replace what was in, even when the first piece is the same text.
import { render, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ArticleBody } from './article-body';

function renderBody(pieces: readonly string[], onFilled: () => void) {
  const bodyRef = createRef<HTMLDivElement>();
  const props = { bodyRef, lang: 'zh', onSection: () => {}, onCopyLink: () => {}, onOpenImage: () => {} };
  const view = render(<ArticleBody {...props} pieces={pieces} onFilled={onFilled} />);
  return { bodyRef, rerender: (next: readonly string[], filled: () => void) => view.rerender(<ArticleBody {...props} pieces={next} onFilled={filled} />) };
}

describe('ArticleBody', () => {
  it('appends the later pieces in order, then says it is filled', async () => {
    const filled = vi.fn();
    const { bodyRef } = renderBody(['<p>one</p>', '<p>two</p>', '<p>three</p>'], filled);
    await waitFor(() => expect(filled).toHaveBeenCalledOnce());
    expect(bodyRef.current!.textContent).toBe('onetwothree');
  });

  it('shows only the new article when its pieces change, the first piece the same', async () => {
    const first = vi.fn();
    const { bodyRef, rerender } = renderBody(['<p>one</p>', '<p>two</p>', '<p>three</p>'], first);
    await waitFor(() => expect(first).toHaveBeenCalledOnce());
    const second = vi.fn();
    rerender(['<p>one</p>', '<p>new</p>'], second);
    await waitFor(() => expect(second).toHaveBeenCalledOnce());
    expect(bodyRef.current!.textContent).toBe('onenew');
  });
});
