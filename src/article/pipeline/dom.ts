// Feed content can clobber a document's methods: `<img name=createElement>`
// makes `doc.createElement` that image in the document it was parsed into
// (DOMPurify's inert document, whose nodes the pipeline works on). So the
// pipeline never calls a method looked up on such a document: it takes the
// methods from the prototypes, which no markup can reach.

/**
 * The getter of a Node property, from the prototype (a form's named controls
 * shadow its own properties). Looked up when called: in Node, the DOM is
 * installed only once a page is rendered.
 */
export const nodeGetter = (name: 'nodeName' | 'nodeType' | 'ownerDocument') => Object.getOwnPropertyDescriptor(Node.prototype, name)!.get!;

const ownerOf = (node: Node) => nodeGetter('ownerDocument').call(node) as Document;

/** A new element in the same (inert) document as `node`, so nothing in it loads yet. */
export function createElementBeside<K extends keyof HTMLElementTagNameMap>(node: Node, tag: K): HTMLElementTagNameMap[K] {
  return Document.prototype.createElement.call(ownerOf(node), tag) as HTMLElementTagNameMap[K];
}

/** A new fragment of the same (inert) document as `node`, holding `nodes`. */
export function fragmentBeside(node: Node, nodes: Node[]): DocumentFragment {
  const fragment = Document.prototype.createDocumentFragment.call(ownerOf(node));
  fragment.append(...nodes);
  return fragment;
}

/** The element after `element` in document order, staying below `root`. */
function nextBelow(root: ParentNode, element: Element): Element | null {
  if (element.firstElementChild) return element.firstElementChild;
  for (let at: Node | null = element; at && at !== root; at = at.parentNode) {
    const sibling = (at as Element).nextElementSibling;
    if (sibling) return sibling;
  }
  return null;
}

/**
 * The elements below `root` that `matches` takes, in document order, in a
 * list that later changes to the tree leave alone: querySelectorAll's, by a
 * walk. The prerendering runs the pipeline over jsdom, whose selector
 * engine sets itself up anew in each article's inert document: that cost
 * more than the rest of the pipeline but the parse (README, "Static pages").
 * In a browser the walk over an article takes a fraction of a millisecond.
 */
export function elementsBelow(root: ParentNode, matches: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (let element = root.firstElementChild; element; element = nextBelow(root, element)) {
    if (matches(element)) found.push(element);
  }
  return found;
}

/** Whether any element below `root` is one `matches` takes. */
export function someBelow(root: ParentNode, matches: (element: Element) => boolean): boolean {
  for (let element = root.firstElementChild; element; element = nextBelow(root, element)) {
    if (matches(element)) return true;
  }
  return false;
}

/** An element test by tag: `named('IMG', 'VIDEO')` for the selector `img, video`. */
export function named(...names: string[]): (element: Element) => boolean {
  const set = new Set(names);
  return (element) => set.has(element.nodeName);
}

/** Whether an ancestor of `element` is one `matches` takes: `element.parentElement?.closest(selector)`, by a walk. */
export function someAbove(element: Element, matches: (element: Element) => boolean): boolean {
  for (let at = element.parentElement; at; at = at.parentElement) {
    if (matches(at)) return true;
  }
  return false;
}
