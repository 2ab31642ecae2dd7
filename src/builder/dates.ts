// Hexo dates -> RFC 3339 with the offset kept. No date library: the offset of
// an IANA zone at an instant comes from Intl.DateTimeFormat.
// Steps: number (Unix s/ms) | ISO-like (`-` or `/`, `T` or space, optional
// seconds, fraction, offset) | RFC 2822 -> wall-clock fields + offset (or none)
// -> zone-less wall times are placed in the configured zone -> format.
// Explicit offsets are kept as written (+0800 -> +08:00); GMT/UTC/UT/Z -> `Z`.
// Zone-less times that fall in a DST gap or overlap follow the "compatible"
// rule of Temporal and java.time: a skipped time moves forward by the length
// of the gap (02:30 -> 03:30), a repeated time takes the earlier instant.

export type ParsedDate = { iso: string; ms: number };

export type TimeZone = {
  name: string;
  /** Offset east of UTC in seconds at the instant `ms`. */
  offsetAt(ms: number): number;
};

type Wall = { year: number; month: number; day: number; hour: number; minute: number; second: number; fraction: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NAMED_OFFSETS: Record<string, number> = { EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7 };
const ISO_LIKE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const RFC_2822 = /^(?:[a-z]{3},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|UT|Z|[+-]\d{4}|[ECMP][SD]T)?$/i;
const DAY_MS = 86_400_000;

/** The zone of the machine (TZ, else the system's): Hexo's zone when the site names none. */
export function machineTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function createTimeZone(name: string): TimeZone {
  // Throws a RangeError for a name the runtime does not know.
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  });
  const canonical = format.resolvedOptions().timeZone;
  if (canonical === 'UTC' || canonical === 'Etc/UTC') return { name: canonical, offsetAt: () => 0 };
  return { name: canonical, offsetAt: (ms) => zoneOffset(format, ms) };
}

function zoneOffset(format: Intl.DateTimeFormat, ms: number): number {
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const wall = utcMs(parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 1000);
}

/**
 * RFC 3339 years have four digits; Unix times reach far beyond them (1e15 s
 * is the year 33658), and a year-0000 time in a zone with a local-mean-time
 * offset lands in year -1 once written in UTC.
 */
export function fitsRfc3339(date: ParsedDate): boolean {
  return /^\d{4}-/.test(date.iso);
}

/** `undefined` for a value that is no date Hexo would accept. */
export function parseHexoDate(value: unknown, zone: TimeZone): ParsedDate | undefined {
  if (typeof value === 'number') return fromEpoch(value, zone);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^-?\d{9,}(?:\.\d+)?$/.test(text)) return fromEpoch(Number(text), zone);
  return parseIsoLike(text, zone) ?? parseRfc2822(text, zone);
}

function fromEpoch(value: number, zone: TimeZone): ParsedDate | undefined {
  if (!Number.isFinite(value)) return undefined;
  const ms = Math.round(Math.abs(value) > 1e11 ? value : value * 1000);
  if (Math.abs(ms) > 8.64e15) return undefined;
  const fraction = ms % 1000 === 0 ? '' : String(((ms % 1000) + 1000) % 1000).padStart(3, '0');
  return { iso: formatInstant(ms, zone.offsetAt(ms), fraction), ms };
}

function parseIsoLike(text: string, zone: TimeZone): ParsedDate | undefined {
  const m = ISO_LIKE.exec(text);
  if (!m) return undefined;
  const wall: Wall = {
    year: Number(m[1]), month: Number(m[3]), day: Number(m[4]),
    hour: Number(m[5] ?? 0), minute: Number(m[6] ?? 0), second: Number(m[7] ?? 0), fraction: m[8] ?? '',
  };
  return fromWall(wall, m[9], zone);
}

function parseRfc2822(text: string, zone: TimeZone): ParsedDate | undefined {
  const m = RFC_2822.exec(text);
  const month = MONTHS.indexOf((m?.[2] ?? '').toLowerCase()) + 1;
  if (!m || month === 0) return undefined;
  const wall: Wall = {
    year: Number(m[3]), month, day: Number(m[1]),
    hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0), fraction: '',
  };
  return fromWall(wall, m[7], zone);
}

function fromWall(wall: Wall, zoneText: string | undefined, zone: TimeZone): ParsedDate | undefined {
  if (!isValidWall(wall)) return undefined;
  const wallMs = utcMs(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second) + fractionMs(wall.fraction);
  if (zoneText === undefined) {
    const ms = wallToInstant(wallMs, zone);
    return { iso: formatInstant(ms, zone.offsetAt(ms), wall.fraction), ms };
  }
  const offset = parseOffset(zoneText);
  if (offset === undefined) return undefined;
  const ms = wallMs - offset.seconds * 1000;
  return { iso: formatWall(wall) + offset.text, ms };
}

/** Offset in seconds and its RFC 3339 spelling, or undefined when out of range. */
function parseOffset(zoneText: string): { seconds: number; text: string } | undefined {
  const upper = zoneText.toUpperCase();
  if (upper === 'Z' || upper === 'UTC' || upper === 'GMT' || upper === 'UT') return { seconds: 0, text: 'Z' };
  const named = NAMED_OFFSETS[upper];
  if (named !== undefined) return { seconds: named * 3600, text: offsetText(named * 3600) };
  const digits = upper.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 23 || minutes > 59) return undefined;
  const sign = upper.startsWith('-') ? '-' : '+';
  return { seconds: (sign === '-' ? -1 : 1) * (hours * 3600 + minutes * 60), text: `${sign}${pad(hours)}:${pad(minutes)}` };
}

/** The instant a wall-clock time names in `zone` (see the DST rule above). */
export function wallToInstant(wallMs: number, zone: TimeZone): number {
  const before = zone.offsetAt(wallMs - DAY_MS);
  const after = zone.offsetAt(wallMs + DAY_MS);
  const early = wallMs - before * 1000;
  if (zone.offsetAt(early) === before) return early;
  const late = wallMs - after * 1000;
  if (zone.offsetAt(late) === after) return late;
  return early; // in a gap: the offset from before the gap moves the time forward
}

function formatInstant(ms: number, offsetSeconds: number, fraction: string): string {
  // RFC 3339 offsets are whole minutes; old local mean times (+08:05:43) are not.
  const offset = offsetSeconds % 60 === 0 ? offsetSeconds : 0;
  const d = new Date(ms + offset * 1000);
  const wall: Wall = {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), fraction,
  };
  return formatWall(wall) + offsetText(offset);
}

function formatWall(w: Wall): string {
  const date = `${String(w.year).padStart(4, '0')}-${pad(w.month)}-${pad(w.day)}`;
  return `${date}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${w.fraction ? `.${w.fraction}` : ''}`;
}

function offsetText(seconds: number): string {
  if (seconds === 0) return 'Z';
  const abs = Math.abs(seconds);
  return `${seconds < 0 ? '-' : '+'}${pad(Math.floor(abs / 3600))}:${pad(Math.floor((abs % 3600) / 60))}`;
}

function isValidWall(w: Wall): boolean {
  if (w.month < 1 || w.month > 12 || w.day < 1 || w.hour > 23 || w.minute > 59 || w.second > 59) return false;
  return w.day <= new Date(utcMs(w.year, w.month + 1, 0, 0, 0, 0)).getUTCDate();
}

function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  // Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear does not.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

function fractionMs(fraction: string): number {
  return fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
