import { describe, expect, it } from 'vitest';
import { createTimeZone, fitsRfc3339, parseHexoDate } from './dates';

const utc = createTimeZone('UTC');
const shanghai = createTimeZone('Asia/Shanghai');
const newYork = createTimeZone('America/New_York');

function iso(value: unknown, zone = utc): string | undefined {
  return parseHexoDate(value, zone)?.iso;
}

describe('parseHexoDate with an explicit offset', () => {
  it('keeps an RFC 3339 offset as written', () => {
    expect(iso('2023-07-28T14:29:14+08:00')).toBe('2023-07-28T14:29:14+08:00');
    expect(parseHexoDate('2023-07-28T14:29:14+08:00', utc)?.ms).toBe(Date.UTC(2023, 6, 28, 6, 29, 14));
  });

  it('writes Z for UTC, whatever the zone setting', () => {
    expect(iso('2023-07-28T14:29:14Z', shanghai)).toBe('2023-07-28T14:29:14Z');
    expect(iso('2023-07-28 14:29:14 UTC', shanghai)).toBe('2023-07-28T14:29:14Z');
  });

  it('accepts fractions, missing seconds, a space instead of T and compact offsets', () => {
    expect(iso('2023-07-28T14:29:14.123456Z')).toBe('2023-07-28T14:29:14.123456Z');
    expect(iso('2023-07-28T14:29+0530')).toBe('2023-07-28T14:29:00+05:30');
    expect(iso('2023-07-28 14:29:14 -07')).toBe('2023-07-28T14:29:14-07:00');
  });

  it('reads RFC 2822 dates (36kr posts) with GMT, numeric and US zone names', () => {
    expect(iso('Fri, 07 Jan 2022 10:08:21 GMT', shanghai)).toBe('2022-01-07T10:08:21Z');
    expect(iso('Fri, 07 Jan 2022 10:08:21 +0800')).toBe('2022-01-07T10:08:21+08:00');
    expect(iso('7 Jan 2022 10:08 EST')).toBe('2022-01-07T10:08:00-05:00');
  });
});

describe('parseHexoDate without an offset', () => {
  it('reads Hexo formats in the configured zone', () => {
    expect(iso('2023-07-28 14:29:14', shanghai)).toBe('2023-07-28T14:29:14+08:00');
    expect(iso('2023-07-28 14:29', shanghai)).toBe('2023-07-28T14:29:00+08:00');
    expect(iso('2023-07-28', shanghai)).toBe('2023-07-28T00:00:00+08:00');
    expect(iso('2013/7/13 20:46:25', shanghai)).toBe('2013-07-13T20:46:25+08:00');
    expect(iso('Fri, 07 Jan 2022 10:08:21', shanghai)).toBe('2022-01-07T10:08:21+08:00');
  });

  it('uses UTC when no zone is configured', () => {
    expect(iso('2023-07-28 14:29:14')).toBe('2023-07-28T14:29:14Z');
  });

  it('uses the offset in force on that day (summer and winter time)', () => {
    expect(iso('2021-07-01 12:00', newYork)).toBe('2021-07-01T12:00:00-04:00');
    expect(iso('2021-01-01 12:00', newYork)).toBe('2021-01-01T12:00:00-05:00');
  });

  it('moves a time skipped by the spring-forward gap ahead by the gap', () => {
    const parsed = parseHexoDate('2021-03-14 02:30', newYork);
    expect(parsed?.iso).toBe('2021-03-14T03:30:00-04:00');
    expect(parsed?.ms).toBe(Date.UTC(2021, 2, 14, 7, 30));
  });

  it('takes the earlier of two instants in the fall-back overlap', () => {
    expect(iso('2021-11-07 01:30', newYork)).toBe('2021-11-07T01:30:00-04:00');
    expect(iso('2021-11-07 02:30', newYork)).toBe('2021-11-07T02:30:00-05:00');
  });
});

describe('parseHexoDate with numbers and quoted strings', () => {
  it('reads Unix seconds, and milliseconds above 1e11', () => {
    expect(iso(1_690_525_754)).toBe('2023-07-28T06:29:14Z');
    expect(iso(1_690_525_754_000)).toBe('2023-07-28T06:29:14Z');
    expect(iso(1_690_525_754_250)).toBe('2023-07-28T06:29:14.250Z');
  });

  it('shows a Unix time in the configured zone', () => {
    expect(iso(1_690_525_754, shanghai)).toBe('2023-07-28T14:29:14+08:00');
  });

  it('reads a quoted number as a Unix time and trims quoted strings', () => {
    expect(iso('1690525754')).toBe('2023-07-28T06:29:14Z');
    expect(iso('  2023-07-19 17:30:54  ')).toBe('2023-07-19T17:30:54Z');
  });
});

describe('parseHexoDate rejects', () => {
  it.each([
    ['text', 'yesterday'],
    ['a 30th of February', '2023-02-30'],
    ['month 13', '2023-13-01 10:00'],
    ['hour 24', '2023-01-01 24:00'],
    ['an offset past 23:59', '2023-01-01T10:00:00+25:00'],
    ['an unknown month name', '07 Foo 2022 10:08:21 GMT'],
    ['a boolean', true],
    ['a list', ['2023-01-01']],
  ])('%s', (_name, value) => {
    expect(parseHexoDate(value, utc)).toBeUndefined();
  });

  it('accepts the 29th of February in leap years only', () => {
    expect(iso('2024-02-29')).toBe('2024-02-29T00:00:00Z');
    expect(iso('2023-02-29')).toBeUndefined();
  });
});

describe('fitsRfc3339', () => {
  it.each([
    ['Unix seconds past the year 9999', 1e15, '33658-09-27T01:46:40Z'],
    ['Unix seconds before the year 0', -99_999_999_999, '-1199-02-15T14:13:21Z'],
    ['the last millisecond a JS date has', '8640000000000000', '275760-09-13T00:00:00Z'],
  ])('is false for %s', (_name, value, written) => {
    const parsed = parseHexoDate(value, utc);
    expect(parsed?.iso).toBe(written);
    expect(parsed && fitsRfc3339(parsed)).toBe(false);
  });

  // The zone was on local mean time (+08:05:43, not whole minutes, so written
  // in UTC: year -1), and Intl reads year 0 as 1 BC; either way no year 0000.
  it('is false for a zone-less year-0000 time in Asia/Shanghai', () => {
    const parsed = parseHexoDate('0000-01-01', shanghai);
    expect(parsed && fitsRfc3339(parsed)).toBe(false);
  });

  it('is true for the first and last RFC 3339 years', () => {
    expect([iso('0000-01-01 00:00'), iso('9999-12-31 23:59:59')]).toEqual(['0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z']);
    expect(['0000-01-01', '9999-12-31T23:59:59-12:00'].map((value) => fitsRfc3339(parseHexoDate(value, utc) ?? { iso: '', ms: 0 }))).toEqual([true, true]);
  });
});

describe('createTimeZone', () => {
  it('throws for a zone the runtime does not know', () => {
    expect(() => createTimeZone('Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('gives offsets in seconds at an instant', () => {
    expect(shanghai.offsetAt(Date.UTC(2023, 0, 1))).toBe(8 * 3600);
    expect(utc.offsetAt(0)).toBe(0);
  });
});
