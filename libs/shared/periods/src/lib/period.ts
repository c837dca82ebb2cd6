import { BadInputError } from '@zeren/shared-errors';
import { Cadence } from './cadence';
import { DAY_MS, isSupportedYear, localFields, localMidnight, pad2 } from './local-date';

interface PeriodBase {
  /** Stable and sortable within a cadence: '2026', '2026-H2', '2026-Q4', '2026-12', '2026-W49', 'ONCE'. */
  readonly key: string;
  /** zh-CN, for people: '2026年第四季度'. */
  readonly label: string;
}

/** A calendar period in Asia/Shanghai; `[start, end)` are UTC instants of local midnights. */
export interface BoundedPeriod extends PeriodBase {
  readonly cadence: Exclude<Cadence, Cadence.ONCE>;
  readonly start: Date;
  readonly end: Date;
}

/** The single period of a one-off item: it has no bounds, so its due rule must name a date. */
export interface OncePeriod extends PeriodBase {
  readonly cadence: Cadence.ONCE;
  readonly start: null;
  readonly end: null;
}

export type Period = BoundedPeriod | OncePeriod;

export const ONCE_PERIOD: OncePeriod = Object.freeze({ cadence: Cadence.ONCE, key: 'ONCE', label: '一次性', start: null, end: null });

const QUARTER_NAMES = ['一', '二', '三', '四'];

/** The period of a cadence that contains an instant (by its Shanghai calendar date). */
export function periodOf(cadence: Cadence, instant: Date): Period {
  const { year, month, day, weekday } = localFields(instant);
  switch (checkedCadence(cadence)) {
    case Cadence.YEAR:
      return yearPeriod(year);
    case Cadence.HALF:
      return halfPeriod(year, month <= 6 ? 1 : 2);
    case Cadence.QUARTER:
      return quarterPeriod(year, Math.ceil(month / 3));
    case Cadence.MONTH:
      return monthPeriod(year, month);
    case Cadence.WEEK: {
      // ISO 8601: a week belongs to the year of its Thursday.
      const thursday = new Date(Date.UTC(year, month - 1, day + 4 - weekday));
      const isoYear = thursday.getUTCFullYear();
      const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / DAY_MS / 7) + 1;
      return weekPeriod(isoYear, week);
    }
    case Cadence.ONCE:
      return ONCE_PERIOD;
  }
}

/** The period a key names; a malformed or impossible key is BAD_USER_INPUT with a zh-CN reason. */
export function parsePeriodKey(key: string): Period {
  if (key === ONCE_PERIOD.key) return ONCE_PERIOD;
  const match = typeof key === 'string' ? /^(\d{4})(?:-([HQW]?)(\d+))?$/.exec(key) : null;
  if (!match) throw badKey(key, '应为 2026、2026-H2、2026-Q4、2026-12、2026-W49 或 ONCE 这样的形式');
  const [, yearText, kind, numberText] = match;
  const year = Number(yearText);
  if (!isSupportedYear(year)) throw badKey(key, '年份应在 1900 到 9999 之间');
  if (numberText === undefined) return yearPeriod(year);
  const n = Number(numberText);
  switch (kind) {
    case 'H':
      if (!/^[12]$/.test(numberText)) throw badKey(key, '半年应为 H1 或 H2');
      return halfPeriod(year, n);
    case 'Q':
      if (!/^[1-4]$/.test(numberText)) throw badKey(key, '季度应为 Q1 到 Q4');
      return quarterPeriod(year, n);
    case 'W': {
      const weeks = weeksInIsoYear(year);
      if (!/^\d{2}$/.test(numberText) || n < 1 || n > weeks) throw badKey(key, `${year}年按 ISO 8601 共${weeks}周,周次应为 W01 到 W${weeks}`);
      return weekPeriod(year, n);
    }
    default:
      if (!/^\d{2}$/.test(numberText) || n < 1 || n > 12) throw badKey(key, '月份应为 01 到 12');
      return monthPeriod(year, n);
  }
}

/** Every period of a cadence that overlaps `[from, to)`, in order; e.g. a year's months or ISO weeks. */
export function periodsBetween(cadence: Cadence, from: Date, to: Date): Period[] {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw new RangeError('periodsBetween needs two valid instants');
  if (from.getTime() >= to.getTime()) return [];
  if (checkedCadence(cadence) === Cadence.ONCE) return [ONCE_PERIOD];
  const periods: Period[] = [];
  for (let period = periodOf(cadence, from) as BoundedPeriod; ; period = nextPeriod(period)) {
    periods.push(period);
    // Stop before asking for a successor that may lie past the supported years.
    if (period.end.getTime() >= to.getTime()) return periods;
  }
}

export function nextPeriod(period: BoundedPeriod): BoundedPeriod;
export function nextPeriod(period: Period): Period;
export function nextPeriod(period: Period): Period {
  return periodOf(period.cadence, boundsOf(period).end);
}

export function previousPeriod(period: BoundedPeriod): BoundedPeriod;
export function previousPeriod(period: Period): Period;
export function previousPeriod(period: Period): Period {
  return periodOf(period.cadence, new Date(boundsOf(period).start.getTime() - 1));
}

export function containsInstant(period: Period, instant: Date): boolean {
  if (period.cadence === Cadence.ONCE) return true;
  const time = instant.getTime();
  return period.start.getTime() <= time && time < period.end.getTime();
}

/** ISO 8601 years have 53 weeks when they start on a Thursday, or on a Wednesday in a leap year. */
export function weeksInIsoYear(year: number): number {
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
}

function yearPeriod(year: number): BoundedPeriod {
  return bounded(Cadence.YEAR, `${year}`, `${year}年`, localMidnight(year, 1, 1), localMidnight(year + 1, 1, 1));
}

function halfPeriod(year: number, half: number): BoundedPeriod {
  const first = half * 6 - 5;
  return bounded(Cadence.HALF, `${year}-H${half}`, `${year}年${half === 1 ? '上' : '下'}半年`, localMidnight(year, first, 1), localMidnight(year, first + 6, 1));
}

function quarterPeriod(year: number, quarter: number): BoundedPeriod {
  const first = quarter * 3 - 2;
  return bounded(Cadence.QUARTER, `${year}-Q${quarter}`, `${year}年第${QUARTER_NAMES[quarter - 1]}季度`, localMidnight(year, first, 1), localMidnight(year, first + 3, 1));
}

function monthPeriod(year: number, month: number): BoundedPeriod {
  return bounded(Cadence.MONTH, `${year}-${pad2(month)}`, `${year}年${month}月`, localMidnight(year, month, 1), localMidnight(year, month + 1, 1));
}

function weekPeriod(isoYear: number, week: number): BoundedPeriod {
  // Week 1 is the week that holds 4 January; it starts on that week's Monday.
  const jan4Weekday = new Date(Date.UTC(isoYear, 0, 4)).getUTCDay() || 7;
  const start = localMidnight(isoYear, 1, 4 - (jan4Weekday - 1) + (week - 1) * 7);
  return bounded(Cadence.WEEK, `${isoYear}-W${pad2(week)}`, `${isoYear}年第${week}周`, start, new Date(start.getTime() + 7 * DAY_MS));
}

function bounded(cadence: BoundedPeriod['cadence'], key: string, label: string, start: Date, end: Date): BoundedPeriod {
  return Object.freeze({ cadence, key, label, start, end });
}

function boundsOf(period: Period): BoundedPeriod {
  if (period.cadence === Cadence.ONCE) throw new RangeError('A one-off (ONCE) period has no next or previous period');
  return period;
}

function checkedCadence(cadence: Cadence): Cadence {
  // Cadences may come from stored rows; an unknown one is a bug, not user input.
  if (!Object.values(Cadence).includes(cadence)) throw new RangeError(`Unknown cadence: ${String(cadence)}`);
  return cadence;
}

function badKey(key: unknown, reason: string): BadInputError {
  return new BadInputError(`周期标识“${String(key)}”无效:${reason}`);
}
