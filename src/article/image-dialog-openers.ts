// Article images open larger in a dialog: each image not already inside a
// link is wrapped in a button (keyboard: Tab, Enter or Space), named after
// the image's alt text. Runs on the rendered body, once per article.

export const OPENER_CLASS = 'image-open';

export function addImageOpeners(body: HTMLElement, name: (alt: string) => string): void {
  for (const img of body.querySelectorAll('img')) {
    if (img.closest('a, button')) continue;
    const button = img.ownerDocument.createElement('button');
    button.type = 'button';
    button.className = OPENER_CLASS;
    button.setAttribute('aria-label', name(img.alt.trim()));
    img.replaceWith(button);
    button.append(img);
  }
}

/** A broken image is no longer something to open: its button goes, the image (soon its fallback note) stays. */
export function removeImageOpener(img: HTMLImageElement): void {
  const button = img.parentElement;
  if (button?.classList.contains(OPENER_CLASS)) button.replaceWith(img);
}
