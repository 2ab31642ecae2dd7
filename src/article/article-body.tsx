// The sanitized article, rendered once as HTML (the string changes only with
// the article, so React never rewrites it). One listener of each kind serves
// every element inside: copy-link buttons, in-page `#` links, image openers,
// broken images.
import { memo, useLayoutEffect, type RefObject } from 'react';
import { t } from '../lib/i18n';
import { addImageOpeners, OPENER_CLASS, removeImageOpener } from './image-dialog-openers';
import { replaceBrokenImage } from './image-fallback';
import { trustedArticleHtml } from './trusted-html';
import { decodeHash } from './use-section-scroll';

type Props = {
  bodyRef: RefObject<HTMLDivElement | null>;
  html: string;
  lang?: string;
  onSection: (id: string) => void;
  onCopyLink: (id: string) => void;
  onOpenImage: (img: HTMLImageElement) => void;
};

export const ArticleBody = memo(function ArticleBody({ bodyRef, html, lang, onSection, onCopyLink, onOpenImage }: Props) {
  // A layout effect: attached in the same task as the HTML, before any image can fail.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    addImageOpeners(body, (alt) => (alt ? t('openImage', { name: alt }) : t('openImageUnnamed')));
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

  return <div ref={bodyRef} className="article-body" lang={lang} dangerouslySetInnerHTML={{ __html: trustedArticleHtml(html) }} />;
});
