// "Copy link to section": the absolute URL of this article and section
// (`?feed=` kept, the hash percent-encoded as a browser would). Phones and
// tablets get their share sheet, which offers copying among the rest; other
// devices copy straight away (copy-text.ts).
import { useCallback } from 'react';
import { useHref, useLocation } from 'react-router';
import { t } from '../lib/i18n';
import { copyText } from './copy-text';

function wantsShareSheet(): boolean {
  return typeof navigator.share === 'function' && (window.matchMedia?.('(pointer: coarse)').matches ?? false);
}

export function useCopyLink(announce: (message: string) => void): (id: string) => Promise<void> {
  const { pathname, search } = useLocation();
  const href = useHref({ pathname, search });
  return useCallback(
    async (id: string) => {
      const url = new URL(href, window.location.origin);
      url.hash = id;
      if (wantsShareSheet()) {
        try {
          await navigator.share({ url: url.href, title: document.title });
          return;
        } catch (error) {
          if (error instanceof DOMException && error.name === 'AbortError') return;
        }
      }
      announce((await copyText(url.href)) ? t('linkCopied') : t('linkCopyFailed'));
    },
    [href, announce],
  );
}
