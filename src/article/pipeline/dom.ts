// Feed content can clobber a document's methods: `<img name=createElement>`
// makes `doc.createElement` that image in the document it was parsed into
// (DOMPurify's inert document, whose nodes the pipeline works on). So the
// pipeline never calls a method looked up on such a document: it takes the
// methods from the prototypes, which no markup can reach.

/** A new element in the same (inert) document as `node`, so nothing in it loads yet. */
export function createElementBeside<K extends keyof HTMLElementTagNameMap>(node: Node, tag: K): HTMLElementTagNameMap[K] {
  const ownerDocument = Object.getOwnPropertyDescriptor(Node.prototype, 'ownerDocument')!.get!;
  const doc = ownerDocument.call(node) as Document;
  return Document.prototype.createElement.call(doc, tag) as HTMLElementTagNameMap[K];
}
