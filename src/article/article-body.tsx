// The sanitized article, rendered once as HTML (the string changes only with
// the article, so React never rewrites it). One listener of each kind serves
// every element inside: copy-link buttons, in-page `#` links, image openers,
// broken images. A large article comes in pieces (pipeline.ts): the first is
// rendered, the others are appended one per frame, so that no single task
// parses, styles and lays out the whole of it (issue 13); `onFilled` tells
// when the last is in.
import { memo, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { t } from '../lib/i18n';
import { addImageOpeners, OPENER_CLASS, removeImageOpener } from './image-dialog-openers';
import { replaceBrokenImage } from './image-fallback';
import { trustedArticleHtml } from './trusted-html';
import { decodeHash } from './use-section-scroll';

type Props = {
  bodyRef: RefObject<HTMLDivElement | null>;
  /** The HTML, in one piece or more. */
  pieces: readonly string[];
  lang?: string;
  onFilled: () => void;
  onSection: (id: string) => void;
  onCopyLink: (id: string) => void;
  onOpenImage: (img: HTMLImageElement) => void;
};

const openerName = (alt: string) => (alt ? t('openImage', { name: alt }) : t('openImageUnnamed'));

export const ArticleBody = memo(function ArticleBody({ bodyRef, pieces, lang, onFilled, onSection, onCopyLink, onOpenImage }: Props) {
  // A layout effect: attached in the same task as the HTML, before any image can fail.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    addImageOpeners(body, openerName);
    const onError = (event: Event) => {
      if (!(event.target instanceof HTMLImageElement)) return;
      removeImageOpener(event.target);
      replaceBrokenImage(event.target, t('imageUnavailable'));
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const button = target?.closest('button.copy-link');
      const id = button?.getAttribute('aria-describedby');
      if (id) return void onCopyLink(id);
      const image = target?.closest(`button.${OPENER_CLASS}`)?.querySelector('img');
      if (image) return void onOpenImage(image);
      const link = target?.closest('a[href^="#"]');
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const section = decodeHash(link.getAttribute('href') ?? '');
      event.preventDefault();
      if (section && body.querySelector(`#${CSS.escape(section)}`)) onSection(section);
    };
    body.addEventListener('error', onError, true);
    body.addEventListener('click', onClick);
    return () => {
      body.removeEventListener('error', onError, true);
      body.removeEventListener('click', onClick);
    };
  }, [bodyRef, onSection, onCopyLink, onOpenImage]);

  // Pieces already in, and the boxes appended for them, kept across StrictMode's second run of the effect.
  const shown = useRef({ pieces, count: 1, boxes: [] as HTMLElement[] });
  useEffect(() => {
    const body = bodyRef.current;
    if (shown.current.pieces !== pieces) {
      // New pieces (a refetch changed the article): React rewrites the first only when its HTML differs, never the boxes.
      for (const box of shown.current.boxes) box.remove();
      shown.current = { pieces, count: 1, boxes: [] };
    }
    if (!body || pieces.length <= 1) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    // After a frame has shown what is in, a task of its own for the next piece.
    const later = () => {
      frame = requestAnimationFrame(() => (timer = setTimeout(appendNext)));
    };
    const appendNext = () => {
      const piece = pieces[shown.current.count];
      if (piece === undefined) return void onFilled();
      shown.current.count++;
      // In a box of its own (no style: margins collapse through it as before),
      // so that laying out the body again costs a look at each box, not at
      // each of its thousands of children.
      const box = body.ownerDocument.createElement('div');
      box.innerHTML = trustedArticleHtml(piece) as string;
      addImageOpeners(box, openerName);
      body.append(box);
      shown.current.boxes.push(box);
      later();
    };
    later();
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [bodyRef, pieces, onFilled]);

  return <div ref={bodyRef} className="article-body" lang={lang} dangerouslySetInnerHTML={{ __html: trustedArticleHtml(pieces[0] ?? '') }} />;
});
