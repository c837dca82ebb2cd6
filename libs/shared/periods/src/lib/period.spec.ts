import { BadInputError } from '@zeren/shared-errors';
import { seededInstants } from '../testing';
import { Cadence } from './cadence';
import { endOfLocalDay, localDateOf, startOfLocalDay } from './local-date';
import {
  type BoundedPeriod,
  containsInstant,
  nextPeriod,
  ONCE_PERIOD,
  parsePeriodKey,
  periodOf,
  periodsBetween,
  previousPeriod,
  weeksInIsoYear,
} from './period';

const at = (iso: string) => new Date(iso);
// Noon in Shanghai on a local date: far from any boundary.
const localNoon = (date: string) => new Date(startOfLocalDay(date).getTime() + 12 * 3600 * 1000);
const bounded = (cadence: Cadence, instant: Date) => periodOf(cadence, instant) as BoundedPeriod;
const span = (p: BoundedPeriod) => [p.key, p.start.toISOString(), p.end.toISOString()];
const BOUNDED = [Cadence.YEAR, Cadence.HALF, Cadence.QUARTER, Cadence.MONTH, Cadence.WEEK];

describe('periodOf', () => {
  it('gives each cadence its key and zh-CN label', () => {
    const instant = localNoon('2026-12-01');
    expect(BOUNDED.map((c) => [periodOf(c, instant).key, periodOf(c, instant).label])).toEqual([
      ['2026', '2026年'],
      ['2026-H2', '2026年下半年'],
      ['2026-Q4', '2026年第四季度'],
      ['2026-12', '2026年12月'],
      ['2026-W49', '2026年第49周'],
    ]);
    expect(periodOf(Cadence.ONCE, instant)).toEqual(ONCE_PERIOD);
  });

  it('keeps the last millisecond of 31 December (Shanghai) in the old year', () => {
    expect(span(bounded(Cadence.YEAR, at('2026-12-31T15:59:59.999Z')))).toEqual(['2026', '2025-12-31T16:00:00.000Z', '2026-12-31T16:00:00.000Z']);
    expect(periodOf(Cadence.YEAR, at('2026-12-31T16:00:00.000Z')).key).toBe('2027');
    expect(periodOf(Cadence.MONTH, at('2026-12-31T16:00:00.000Z')).key).toBe('2027-01');
  });

  it('switches half-years at 1 July local midnight', () => {
    expect(periodOf(Cadence.HALF, at('2026-06-30T15:59:59.999Z')).key).toBe('2026-H1');
    expect(span(bounded(Cadence.HALF, at('2026-06-30T16:00:00.000Z')))).toEqual(['2026-H2', '2026-06-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z']);
  });

  it('switches quarters on 1 January, April, July and October local midnight', () => {
    const starts = ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01', '2027-01-01'];
    const keys = starts.map((d) => [periodOf(Cadence.QUARTER, new Date(startOfLocalDay(d).getTime() - 1)).key, periodOf(Cadence.QUARTER, startOfLocalDay(d)).key]);
    expect(keys).toEqual([
      ['2025-Q4', '2026-Q1'],
      ['2026-Q1', '2026-Q2'],
      ['2026-Q2', '2026-Q3'],
      ['2026-Q3', '2026-Q4'],
      ['2026-Q4', '2027-Q1'],
    ]);
    expect(periodOf(Cadence.QUARTER, localNoon('2026-08-15')).label).toBe('2026年第三季度');
  });

  it('puts 2026-12-28 … 2027-01-03 in ISO week 2026-W53 (2026 starts on a Thursday)', () => {
    expect(weeksInIsoYear(2026)).toBe(53);
    for (const day of ['2026-12-28', '2026-12-31', '2027-01-01', '2027-01-03']) expect(periodOf(Cadence.WEEK, localNoon(day)).key).toBe('2026-W53');
    expect(span(bounded(Cadence.WEEK, localNoon('2027-01-01')))).toEqual(['2026-W53', '2026-12-27T16:00:00.000Z', '2027-01-03T16:00:00.000Z']);
    expect(periodOf(Cadence.WEEK, at('2027-01-03T15:59:59.999Z')).key).toBe('2026-W53');
    expect(periodOf(Cadence.WEEK, at('2027-01-03T16:00:00.000Z'))).toMatchObject({ key: '2027-W01', label: '2027年第1周' });
  });

  it('starts ISO week 2026-W01 on Monday 2025-12-29', () => {
    expect(periodOf(Cadence.WEEK, localNoon('2025-12-28')).key).toBe('2025-W52');
    expect(span(bounded(Cadence.WEEK, localNoon('2025-12-29')))).toEqual(['2026-W01', '2025-12-28T16:00:00.000Z', '2026-01-04T16:00:00.000Z']);
  });

  it('counts 52 or 53 ISO weeks by the rule of the year start', () => {
    expect([2015, 2020, 2021, 2025, 2026, 2027, 2032, 2037].map(weeksInIsoYear)).toEqual([53, 53, 52, 52, 53, 52, 53, 53]);
  });

  it('handles the leap day 2028-02-29', () => {
    const instant = localNoon('2028-02-29');
    expect(localDateOf(instant)).toBe('2028-02-29');
    expect(span(bounded(Cadence.MONTH, instant))).toEqual(['2028-02', '2028-01-31T16:00:00.000Z', '2028-02-29T16:00:00.000Z']);
    expect([Cadence.QUARTER, Cadence.HALF, Cadence.WEEK].map((c) => periodOf(c, instant).key)).toEqual(['2028-Q1', '2028-H1', '2028-W09']);
    expect(periodOf(Cadence.MONTH, endOfLocalDay('2028-02-29')).key).toBe('2028-03');
  });

  it('rejects an unknown cadence as a bug', () => {
    expect(() => periodOf('DAY' as Cadence, new Date())).toThrow(RangeError);
  });
});

describe('seeded properties over 3000 instants', () => {
  const instants = seededInstants(49, 3000, new Date('2000-01-01T00:00:00Z'), new Date('2060-01-01T00:00:00Z'));

  it.each(BOUNDED)('%s: contains the instant, starts at local midnight, and its key parses back to it', (cadence) => {
    for (const instant of instants) {
      const period = bounded(cadence, instant);
      expect(parsePeriodKey(period.key)).toEqual(period);
      expect(containsInstant(period, instant)).toBe(true);
      expect(startOfLocalDay(localDateOf(period.start))).toEqual(period.start);
      expect(startOfLocalDay(localDateOf(period.end))).toEqual(period.end);
    }
  });

  it.each(BOUNDED)('%s: neighbours are contiguous and invert each other', (cadence) => {
    for (const instant of instants.slice(0, 500)) {
      const period = bounded(cadence, instant);
      expect(nextPeriod(period).start).toEqual(period.end);
      expect(previousPeriod(period).end).toEqual(period.start);
      expect(previousPeriod(nextPeriod(period))).toEqual(period);
    }
  });

  it('ISO weeks start on a Monday and last seven days', () => {
    for (const instant of instants) {
      const week = bounded(Cadence.WEEK, instant);
      expect(new Date(week.start.getTime() + 8 * 3600 * 1000).getUTCDay()).toBe(1);
      expect(week.end.getTime() - week.start.getTime()).toBe(7 * 24 * 3600 * 1000);
    }
  });
});

describe('periodsBetween', () => {
  const year2026 = bounded(Cadence.YEAR, localNoon('2026-06-01'));

  it('lists a year as its months, quarters and halves', () => {
    expect(periodsBetween(Cadence.MONTH, year2026.start, year2026.end).map((p) => p.key)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
    expect(periodsBetween(Cadence.QUARTER, year2026.start, year2026.end).map((p) => p.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(periodsBetween(Cadence.HALF, year2026.start, year2026.end).map((p) => p.key)).toEqual(['2026-H1', '2026-H2']);
  });

  it('lists every ISO week that overlaps the year, including the shared ones at either end', () => {
    const weeks2026 = periodsBetween(Cadence.WEEK, year2026.start, year2026.end).map((p) => p.key);
    expect(weeks2026).toHaveLength(53);
    expect([weeks2026[0], weeks2026[52]]).toEqual(['2026-W01', '2026-W53']);
    const year2027 = nextPeriod(year2026);
    const weeks2027 = periodsBetween(Cadence.WEEK, year2027.start, year2027.end).map((p) => p.key);
    expect([weeks2027.length, weeks2027[0], weeks2027[1], weeks2027[52]]).toEqual([53, '2026-W53', '2027-W01', '2027-W52']);
  });

  it('covers 366 days in the leap year 2028', () => {
    const year2028 = bounded(Cadence.YEAR, localNoon('2028-02-29'));
    const months = periodsBetween(Cadence.MONTH, year2028.start, year2028.end) as BoundedPeriod[];
    const days = months.reduce((sum, m) => sum + (m.end.getTime() - m.start.getTime()) / 86_400_000, 0);
    expect(days).toBe(366);
  });

  it('is empty for an empty range and a single ONCE period otherwise', () => {
    expect(periodsBetween(Cadence.MONTH, year2026.end, year2026.end)).toEqual([]);
    expect(periodsBetween(Cadence.ONCE, year2026.start, year2026.end)).toEqual([ONCE_PERIOD]);
  });
});

describe('parsePeriodKey', () => {
  it('parses every form, ONCE included', () => {
    expect(parsePeriodKey('2026-W53')).toMatchObject({ cadence: Cadence.WEEK, label: '2026年第53周' });
    expect(parsePeriodKey('2026-Q4').start).toEqual(startOfLocalDay('2026-10-01'));
    expect(parsePeriodKey('ONCE')).toBe(ONCE_PERIOD);
  });

  it.each([
    ['2026-Q5', '季度应为 Q1 到 Q4'],
    ['2026-Q0', '季度应为 Q1 到 Q4'],
    ['2026-H3', '半年应为 H1 或 H2'],
    ['2026-13', '月份应为 01 到 12'],
    ['2026-00', '月份应为 01 到 12'],
    ['2026-1', '月份应为 01 到 12'],
    ['2027-W53', '2027年按 ISO 8601 共52周'],
    ['2026-W00', '2026年按 ISO 8601 共53周,周次应为 W01 到 W53'],
    ['2026-W1', '2026年按 ISO 8601 共53周,周次应为 W01 到 W53'],
    ['1899', '年份应在 1900 到 9999 之间'],
    ['2026-q4', '应为 2026、2026-H2'],
    ['2026Q4', '应为 2026、2026-H2'],
    ['2026-12-01', '应为 2026、2026-H2'],
    [' 2026', '应为 2026、2026-H2'],
    ['once', '应为 2026、2026-H2'],
    ['', '应为 2026、2026-H2'],
  ])('rejects %j: %s', (key, reason) => {
    const attempt = () => parsePeriodKey(key);
    expect(attempt).toThrow(BadInputError);
    expect(attempt).toThrow(`周期标识“${key}”无效:${reason}`);
  });

  it('answers BAD_USER_INPUT, so a key from a client never becomes an internal error', () => {
    expect.assertions(1);
    try {
      parsePeriodKey('2026-Q5');
    } catch (error) {
      expect((error as BadInputError).extensions['code']).toBe('BAD_USER_INPUT');
    }
  });
});

describe('ONCE', () => {
  it('has no neighbours and contains every instant', () => {
    expect(() => nextPeriod(ONCE_PERIOD)).toThrow(RangeError);
    expect(() => previousPeriod(ONCE_PERIOD)).toThrow(RangeError);
    expect(containsInstant(ONCE_PERIOD, new Date())).toBe(true);
  });
});
