// `_ruwei.slug` from the file name: github-slugger's `slug()` (lowercase,
// CJK kept, spaces -> `-`, punctuation and emoji dropped). The slug is also a
// file name on large sites (feed/items/<slug>.json), so it stays short.
// A post kept as `<name>/index.md` (a folder per post, with its assets) is
// named by its folder, as Hugo page bundles and Hexo asset folders read it.
// Steps: NFC -> slug the name -> no letter or digit left: `post-` + hash of
// the relative path -> too long: cut + hash -> duplicates get -2, -3, ... in
// relative-path order unless dates and the previous build say otherwise
// (assignSlugs).
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

/** A post asking for a slug: its path, first publication, and who it was in the previous build. */
export type SlugClaim = { relPath: string; publishedMs?: number | undefined; identity?: string | undefined };

export type SlugAssignment = {
  slugs: string[];
  /** Posts that did not get the slug their name asks for, and the post that has it. */
  duplicates: { index: number; slug: string; clashesWith: number }[];
  /** Posts whose name is reserved on Windows (`con`, `nul`, …), and the name it asked for. */
  reserved: { index: number; name: string }[];
};

// Windows refuses these as file names, with any extension (con.json too).
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/iu;

/**
 * Unique slugs, each unique also when file systems fold case and Unicode
 * compatibility forms (`Σ`/`σ`/`ς`, `ﬀ`/`ff` name one file on macOS and Windows).
 * Who keeps a contested slug: first the post that had it in the previous
 * build (`previous`: slug -> identity, from the output folder), so a link
 * never moves to another article; then the post published first (undated
 * last), ties by path. The others get `-2`, `-3`, … Names reserved on Windows
 * get `-post`. Plain paths: no dates, no previous build (path order).
 */
export function assignSlugs(claims: readonly (string | SlugClaim)[], previous: ReadonlyMap<string, string> = new Map()): SlugAssignment {
  const posts = claims.map((claim) => (typeof claim === 'string' ? { relPath: claim } : claim));
  const reserved: SlugAssignment['reserved'] = [];
  const wanted = posts.map((post, index) => {
    const name = fileSlug(post.relPath);
    if (!WINDOWS_RESERVED.test(name)) return name;
    reserved.push({ index, name });
    return `${name}-post`;
  });
  const natural = new Set(wanted.map(fold));
  const order = posts.map((_post, i) => i).sort((a, b) => byFirstPublished(posts[a] as SlugClaim, posts[b] as SlugClaim));
  const owner = new Map<string, number>();
  const slugs: string[] = new Array<string>(posts.length);
  const heldBefore = previousByIdentity(previous);
  for (const index of order) {
    const kept = heldBefore.get(posts[index]?.identity ?? '')?.find((slug) => inFamily(slug, wanted[index] ?? '') && !owner.has(fold(slug)));
    if (kept === undefined) continue;
    slugs[index] = kept;
    owner.set(fold(kept), index);
  }
  for (const index of order) {
    if (slugs[index] !== undefined) continue;
    const base = wanted[index] ?? '';
    let chosen = base;
    // Never take a suffixed slug another file has as its own name.
    for (let n = 2; owner.has(fold(chosen)) || (chosen !== base && natural.has(fold(chosen))); n++) chosen = `${base}-${n}`;
    slugs[index] = chosen;
    owner.set(fold(chosen), index);
  }
  const duplicates: SlugAssignment['duplicates'] = [];
  slugs.forEach((slug, index) => {
    const clashesWith = owner.get(fold(wanted[index] ?? ''));
    if (slug !== wanted[index] && clashesWith !== undefined && clashesWith !== index) duplicates.push({ index, slug, clashesWith });
  });
  return { slugs, duplicates, reserved };
}

/** Case- and compatibility-folded: two slugs with the same fold name the same file somewhere. */
function fold(slug: string): string {
  return slug.normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC');
}

function byFirstPublished(a: SlugClaim, b: SlugClaim): number {
  const byDate = (a.publishedMs ?? Infinity) - (b.publishedMs ?? Infinity);
  if (byDate !== 0 && !Number.isNaN(byDate)) return byDate;
  return a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0;
}

function previousByIdentity(previous: ReadonlyMap<string, string>): Map<string, string[]> {
  const byIdentity = new Map<string, string[]>();
  for (const [slug, identity] of previous) {
    const slugs = byIdentity.get(identity);
    if (slugs) slugs.push(slug);
    else byIdentity.set(identity, [slug]);
  }
  return byIdentity;
}

/** `hello`, `hello-2`, `hello-3`: the slugs a post named hello may have had. */
function inFamily(slug: string, base: string): boolean {
  return slug === base || (slug.startsWith(`${base}-`) && /^\d+$/.test(slug.slice(base.length + 1)));
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
