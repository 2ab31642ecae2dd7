// `_ruwei.slug` from the file name: github-slugger's `slug()` (lowercase,
// CJK kept, spaces -> `-`, punctuation and emoji dropped). The slug is also a
// file name on large sites (feed/items/<slug>.json), so it stays short.
// A post kept as `<name>/index.md` (a folder per post, with its assets) is
// named by its folder, as Hugo page bundles and Hexo asset folders read it.
// Steps: NFC -> slug the name -> no letter or digit left: `post-` + hash of
// the relative path -> too long: cut + hash -> duplicates get -2, -3, ... in
// sorted relative-path order.
import { createHash } from 'node:crypto';
import { slug } from 'github-slugger';

// Leaves room for "-NN.json" within the 255-byte file-name limit.
const MAX_SLUG_BYTES = 200;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Marks and variation selectors the slugger keeps after dropping the emoji or
// letter they belonged to ("🏳️‍🌈 flag" -> "\uFE0F-flag"): at the start of a
// slug they would join the `/` before it in a URL.
const LEADING_MARKS = /^\p{M}+/u;

export function fileSlug(relPath: string): string {
  const parts = relPath.split('/');
  const file = (parts.at(-1) ?? '').replace(/\.[^.]*$/, '');
  const name = file.toLowerCase() === 'index' && parts.length > 1 ? (parts.at(-2) ?? file) : file;
  // NFC: a name written in decomposed form (as macOS file systems may hand it
  // over) gets the same slug, and so the same URL, as the composed one.
  const slugged = slug(name.normalize('NFC')).normalize('NFC').replace(LEADING_MARKS, '');
  if (!LETTER_OR_DIGIT.test(slugged)) return `post-${shortHash(relPath)}`;
  if (Buffer.byteLength(slugged) <= MAX_SLUG_BYTES) return slugged;
  return `${cutToBytes(slugged, MAX_SLUG_BYTES - 9)}-${shortHash(relPath)}`;
}

export type SlugAssignment = { slugs: string[]; duplicates: { index: number; slug: string; clashesWith: number }[] };

/** Unique slugs for `relPaths`, which must be sorted; earlier paths keep theirs. */
export function assignSlugs(relPaths: readonly string[]): SlugAssignment {
  const wanted = relPaths.map(fileSlug);
  const natural = new Set(wanted);
  const owner = new Map<string, number>();
  const slugs: string[] = [];
  const duplicates: SlugAssignment['duplicates'] = [];
  wanted.forEach((base, index) => {
    const first = owner.get(base);
    let chosen = base;
    if (first !== undefined) {
      // Never take a suffixed slug another file has as its own name.
      for (let n = 2; owner.has(chosen) || natural.has(chosen); n++) chosen = `${base}-${n}`;
      duplicates.push({ index, slug: chosen, clashesWith: first });
    }
    owner.set(chosen, index);
    slugs.push(chosen);
  });
  return { slugs, duplicates };
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

function cutToBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let out = '';
  for (const char of text) {
    bytes += Buffer.byteLength(char);
    if (bytes > maxBytes) break;
    out += char;
  }
  return out.replace(/-+$/, '');
}
