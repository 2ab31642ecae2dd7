// The DOM-clobbering vectors of the XSS fixtures (test/fixtures/xss/): every
// payload with a `name` or `id` attribute, written as one small feed each
// (served under /__gen/clobber/). Which of their names clobber a property of
// `document` or of a node is decided in each engine (`clobbers`), since the
// engines expose different properties.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeGenerated } from './generate';
import { GENERATED, ROOT } from './server';

export type ClobberVector = { index: number; title: string; payload: string; names: string[] };

type Vector = { title: string; payload: string };
const read = (name: string): Vector[] => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/xss', name), 'utf8')) as Vector[];
const NAMED = /\b(?:name|id)\s*=\s*["']?([A-Za-z_$][\w$]*)/gi;

export function clobberVectors(): ClobberVector[] {
  const all = [
    ...read('dompurify-vectors.json').map((v, i) => ({ ...v, title: `DOMPurify #${i}: ${v.title}` })),
    ...read('ruwei-vectors.json').map((v) => ({ ...v, title: `ruwei: ${v.title}` })),
  ];
  return all
    .map((vector, index) => ({ ...vector, index, names: [...new Set([...vector.payload.matchAll(NAMED)].map((m) => m[1]!))] }))
    .filter((vector) => vector.names.length > 0);
}

/** Writes one feed per vector; returns the article path (with `?feed=`) of each. */
export function writeClobberFeeds(vectors: readonly ClobberVector[]): Map<number, string> {
  const paths = new Map<number, string>();
  for (const { index, payload } of vectors) {
    const item = { id: `c${index}`, title: `Clobber ${index}`, content_html: `<h2>Before ${index}</h2>${payload}<h2>After ${index}</h2><p>end of vector ${index}</p>` };
    writeGenerated(join(GENERATED, 'clobber', `c${index}.json`), JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Clobbering', items: [item] }));
    paths.set(index, `/article/c${index}?feed=${encodeURIComponent(`/__gen/clobber/c${index}.json`)}`);
  }
  return paths;
}

/** Run in the page: the names that are properties of `document`, a node or an element in this engine. */
export function clobbers(names: string[]): string[] {
  return names.filter((name) => name in document || name in Node.prototype || name in Element.prototype || name in HTMLElement.prototype);
}
