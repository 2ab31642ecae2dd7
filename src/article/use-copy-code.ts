// "Copy code" on each code block (pipeline/code-blocks.ts): the block's text
// as the reader sees it, announced in the status region like a copied link.
import { useEffect, type RefObject } from 'react';
import { t } from '../lib/i18n';
import { copyText } from './copy-text';

export function useCopyCode(bodyRef: RefObject<HTMLElement | null>, announce: (message: string) => void): void {
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest('button.copy-code') : null;
      const code = button?.closest('.code-block')?.querySelector('pre');
      if (!code) return;
      void copyText(code.textContent ?? '').then((copied) => announce(copied ? t('codeCopied') : t('codeCopyFailed')));
    };
    body.addEventListener('click', onClick);
    return () => body.removeEventListener('click', onClick);
  }, [bodyRef, announce]);
}
