// Images keep their box before their bytes arrive: width and height come from
// 36kr's `data-img-size-val="w,h"` or the source's own attributes, and with
// CSS `height: auto` the browser reserves the aspect ratio from them. All but
// the first image load lazily; all decode off the main thread and send no
// referrer (image CDNs such as 36kr's refuse hot-linked requests by referrer).
// An image without `alt` gets an empty one: the feed gives no description,
// and a missing alt makes screen readers read out the file URL.
// A 36kr caption, `<p class="img-desc">` right after the image's paragraph,
// joins the image in a <figure>.
import { createElementBeside, elementsBelow, named } from './dom';

// Video and audio have no `referrerpolicy` attribute: they load nothing until
// the reader presses play (`preload="none"`), and the page's own policy
// (`<meta name="referrer" content="no-referrer">` in index.html) keeps the
// Referer off their posters, sources and tracks (issue 13).

const MAX_SIDE = 20_000;

// `.img-desc`: the sanitizer keeps only the class names the pipeline reads, lower case as written.
const CAPTION_CLASS = /(?:^|[\t\n\f\r ])img-desc(?:[\t\n\f\r ]|$)/;
const isCaption = (element: Element) => CAPTION_CLASS.test(element.getAttribute('class') ?? '');

/** What makes an element show something even without text. */
export const isMedia = named('IMG', 'PICTURE', 'VIDEO', 'AUDIO');

function size(value: string | null | undefined): number | undefined {
  if (!value || !/^\s*\d+\s*$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 && n <= MAX_SIDE ? n : undefined;
}

/** The declared size of an image, from 36kr's data attribute first, else width/height. */
export function declaredSize(img: Element): { width: number; height: number } | undefined {
  const [w, h] = (img.getAttribute('data-img-size-val') ?? '').split(',');
  const width = size(w) ?? size(img.getAttribute('width'));
  const height = size(h) ?? size(img.getAttribute('height'));
  return width !== undefined && height !== undefined ? { width, height } : undefined;
}

/** Prepares the images of one root after another: only the article's first image loads eagerly. */
export function imagePreparer(): (root: ParentNode) => void {
  let first = true;
  return (root) => {
    for (const img of elementsBelow(root, named('IMG'))) {
      const declared = declaredSize(img);
      img.removeAttribute('data-img-size-val');
      if (declared) {
        img.setAttribute('width', String(declared.width));
        img.setAttribute('height', String(declared.height));
      }
      if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
      if (first) first = false;
      else img.setAttribute('loading', 'lazy');
      img.setAttribute('decoding', 'async');
      img.setAttribute('referrerpolicy', 'no-referrer');
    }
    for (const media of elementsBelow(root, named('VIDEO', 'AUDIO'))) media.setAttribute('preload', 'none');
    for (const caption of elementsBelow(root, isCaption)) {
      caption.removeAttribute('class');
      if (caption.nodeName === 'P') figureWithCaption(caption);
    }
  };
}

/** The images of one whole article. */
export function prepareImages(root: ParentNode): void {
  imagePreparer()(root);
}

/** The image a caption belongs to: the element just before it, or that paragraph's only content. */
function captionedImage(caption: Element): { img: Element; holder: Element } | undefined {
  const holder = caption.previousElementSibling;
  if (!holder) return undefined;
  if (holder.nodeName === 'IMG') return { img: holder, holder };
  if (holder.nodeName !== 'P' || holder.childElementCount !== 1 || holder.textContent?.trim()) return undefined;
  const img = holder.firstElementChild;
  return img?.nodeName === 'IMG' ? { img, holder } : undefined;
}

function figureWithCaption(caption: Element): void {
  const found = captionedImage(caption);
  if (!found) return;
  const figure = createElementBeside(caption, 'figure');
  const figcaption = createElementBeside(caption, 'figcaption');
  figcaption.append(...caption.childNodes);
  found.holder.replaceWith(figure);
  figure.append(found.img, figcaption);
  caption.remove();
}
