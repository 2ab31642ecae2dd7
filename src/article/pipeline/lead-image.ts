// Many feeds (36kr's among them) put the item's image in the feed and again
// as the first thing in its body: the article view then leaves the hero out.
// Found here, with the content, so that a static page decides as the app
// does: no hero shown twice with JavaScript off, none taken away on hydration.
import { nodeGetter } from './dom';

const SHOW_ELEMENTS_AND_TEXT = 0x1 | 0x4;

/**
 * What `root` starts with: an image (its address, if it kept one) before any
 * text, or text; undefined when it holds neither, and what follows decides.
 */
export function leadingImage(root: DocumentFragment | Element): { src?: string } | 'text' | undefined {
  const [nodeNameOf, ownerOf] = [nodeGetter('nodeName'), nodeGetter('ownerDocument')];
  const walker = Document.prototype.createTreeWalker.call(ownerOf.call(root) as Document, root, SHOW_ELEMENTS_AND_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (nodeNameOf.call(node) === 'IMG') return { src: Element.prototype.getAttribute.call(node, 'src') ?? undefined };
    if (nodeNameOf.call(node) === '#text' && node.nodeValue?.trim()) return 'text';
  }
  return undefined;
}
