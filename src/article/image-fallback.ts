// A picture that fails to load keeps its box and says what it was: its alt
// text, else a short note (a caption, if any, stays below). The browser's
// broken-image icon never shows. With `script-src 'self'` there are no inline
// onerror handlers: the article body listens once, in the capture phase.

export function replaceBrokenImage(img: HTMLImageElement, note: string): void {
  const box = img.ownerDocument.createElement('span');
  box.className = 'image-fallback';
  box.textContent = img.alt.trim() || note;
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  if (width > 0 && height > 0) {
    // Setting style from script is allowed by the CSP; only style attributes in markup are not.
    box.style.width = `${width}px`;
    box.style.aspectRatio = `${width} / ${height}`;
  }
  img.replaceWith(box);
}
