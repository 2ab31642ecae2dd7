// The name of an item without `_ruwei.slug` in `/article/<name>`: its id,
// as the URL contract says, whenever `encodeURIComponent(id)` comes back as
// the same id through the browser and the router. Some ids do not: `.` and
// `..` are dot segments the browser resolves away before the app sees them,
// and the router decodes an encoded slash twice, so `a%2Fb` arrives as
// `a/b`. Such an id gets a name that does: what can be kept of it and a
// short hash of the whole id, so it stays the same from visit to visit.

/** Whether `/article/${encodeURIComponent(id)}` gives back `id`. */
export function roundTrips(id: string): boolean {
  return id !== '' && id !== '.' && id !== '..' && !/%2f/i.test(id);
}

/** FNV-1a, 32 bits, in base 36: short, stable, and enough to tell a few odd ids apart. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export function itemSlug(id: string): string {
  if (roundTrips(id)) return id;
  const kept = id.replace(/%2f/gi, '-').replace(/^\.+$/, '');
  return kept ? `${kept}-${hash(id)}` : `item-${hash(id)}`;
}
