// The stored form shared by read marks and resume places: a versioned JSON
// document holding `[key, value]` pairs, oldest first. Anything unreadable
// (corrupt JSON, another version, wrong shapes) reads as empty: what is
// remembered is a comfort, never a reason for the app to fail.

/** The newest `max` pairs under `field` whose key is a string and whose value `read` accepts. */
export function parseStoredPairs<T>(text: string | null, version: number, field: string, max: number, read: (value: unknown) => T | undefined): Map<string, T> {
  const pairs = new Map<string, T>();
  if (!text) return pairs;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return pairs;
  }
  if (typeof data !== 'object' || data === null) return pairs;
  const { v, [field]: list } = data as Record<string, unknown>;
  if (v !== version || !Array.isArray(list)) return pairs;
  for (const pair of list.slice(-max)) {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string') continue;
    const value = read(pair[1]);
    if (value !== undefined) pairs.set(pair[0], value);
  }
  return pairs;
}
