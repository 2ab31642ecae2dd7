// highlight.js's output written straight into a string. Its own emitter
// first builds a tree of every token and then walks it to make the same
// HTML; on code-heavy posts that tree, its walk and a five-pass escape of
// every text run were about a tenth of the highlighting time (README, "Code").
// The output is the same, byte for byte (highlight-html.test.ts holds it to
// that), so the app's CSS and sanitizer see the classes they always did.
import type { Emitter } from 'highlight.js';

const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, (char) => ENTITY[char] as string) : text;
}

/** highlight.js's scope -> class attribute: `title.function` -> `hljs-title function_`, `language:xml` -> `language-xml`. */
function scopeClass(scope: string, prefix: string): string {
  if (scope.startsWith('language:')) return `language-${scope.slice('language:'.length)}`;
  const [first, ...tiers] = scope.split('.');
  return [`${prefix}${first}`, ...tiers.map((tier, i) => `${tier}${'_'.repeat(i + 1)}`)].join(' ');
}

// Scopes are few (a grammar has dozens), so each opening tag is built once.
const openTags = new Map<string, string>();

function openTag(scope: string, prefix: string): string {
  const key = `${prefix}\u0000${scope}`;
  let tag = openTags.get(key);
  if (tag === undefined) {
    tag = `<span class="${scopeClass(scope, prefix)}">`;
    openTags.set(key, tag);
  }
  return tag;
}

/**
 * highlight.js's emitter interface ("technically private, but … a pretty
 * stable API", its typings say), plus the openNode/closeNode its parser also calls.
 */
export class HtmlEmitter implements Emitter {
  private html = '';
  // Whether each open scope wrote a <span> (a scope can be empty).
  private readonly open: boolean[] = [];
  private readonly prefix: string;

  constructor(options: { classPrefix?: string }) {
    this.prefix = options.classPrefix ?? 'hljs-';
  }

  addText(text: string): void {
    this.html += escapeHtml(text);
  }

  startScope(scope: string): void {
    this.openNode(scope);
  }

  endScope(): void {
    this.closeNode();
  }

  openNode(scope: string | undefined): void {
    this.open.push(Boolean(scope));
    if (scope) this.html += openTag(scope, this.prefix);
  }

  closeNode(): void {
    if (this.open.pop()) this.html += '</span>';
  }

  __addSublanguage(emitter: Emitter, name: string): void {
    const inner = emitter.toHTML();
    this.html += name ? `${openTag(`language:${name}`, this.prefix)}${inner}</span>` : inner;
  }

  finalize(): void {
    while (this.open.length > 0) this.closeNode();
  }

  toHTML(): string {
    return this.html;
  }
}
