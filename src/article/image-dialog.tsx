// One article image, larger, in a native modal <dialog>: Escape, the Close
// button, a click on the image or outside it close it, and focus returns to
// the image's button. The wheel zooms; on touch screens pinching zooms
// (touch-action), as far as the platform allows.
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { t } from '../lib/i18n';
import './image-dialog.css';

export type ImageDialogHandle = { open: (img: HTMLImageElement) => void };

const MAX_ZOOM = 5;

export function ImageDialog({ handleRef }: { handleRef: Ref<ImageDialogHandle> }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [image, setImage] = useState<{ src: string; alt: string } | null>(null);
  const [zoom, setZoom] = useState(1);
  const close = useCallback(() => dialog.current?.close(), []);

  useImperativeHandle(handleRef, () => ({
    open(img) {
      opener.current = img.closest('button') ?? img;
      setImage({ src: img.currentSrc || img.src, alt: img.alt });
      setZoom(1);
      dialog.current?.showModal();
    },
  }), []);

  useEffect(() => {
    const target = dialog.current;
    if (!target) return;
    // Not passive: the wheel zooms the image instead of scrolling the page.
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      setZoom((value) => Math.min(MAX_ZOOM, Math.max(1, value * Math.exp(-event.deltaY / 500))));
    };
    target.addEventListener('wheel', onWheel, { passive: false });
    return () => target.removeEventListener('wheel', onWheel);
  }, []);

  return (
    <dialog
      ref={dialog}
      className="image-dialog"
      aria-label={image?.alt || t('imageDialog')}
      onClose={() => {
        if (opener.current?.isConnected) opener.current.focus();
      }}
      onClick={(event) => (event.target === event.currentTarget || event.target instanceof HTMLImageElement) && close()}
    >
      <button type="button" className="image-dialog-close" onClick={close}>{t('close')}</button>
      {image && (
        <img src={image.src} alt={image.alt} referrerPolicy="no-referrer" decoding="async" style={zoom === 1 ? undefined : { transform: `scale(${zoom})` }} />
      )}
    </dialog>
  );
}
