// One date formatter for the whole app: absolute dates in the reader's
// language, relative ones ("3 days ago") for the last week.
import { languageTag } from './i18n';

const DAY = 86_400_000;
const absolute = new Intl.DateTimeFormat(languageTag, { dateStyle: 'medium' });
const full = new Intl.DateTimeFormat(languageTag, { dateStyle: 'full', timeStyle: 'short' });
const relative = new Intl.RelativeTimeFormat(languageTag, { numeric: 'auto' });

export function formatDate(ms: number): string {
  return absolute.format(ms);
}

export function formatDateTime(ms: number): string {
  return full.format(ms);
}

/** "2 hours ago" within a week of `now`, else the absolute date. */
export function formatRecentDate(ms: number, now: number): string {
  const age = now - ms;
  if (age < 0 || age >= 7 * DAY) return formatDate(ms);
  if (age < 3_600_000) return relative.format(-Math.max(1, Math.round(age / 60_000)), 'minute');
  if (age < DAY) return relative.format(-Math.round(age / 3_600_000), 'hour');
  return relative.format(-Math.round(age / DAY), 'day');
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString();
}
