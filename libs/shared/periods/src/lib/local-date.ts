import { BadInputError } from '@zeren/shared-errors';

/** A calendar date in Asia/Shanghai, `YYYY-MM-DD` (the form date columns and the LocalDate scalar use). */
export type LocalDate = string;

// Asia/Shanghai has kept +08:00 without DST since 1991-09-15, so a fixed offset is exact for every
// instant after that and avoids Intl in hot loops; local-date.spec.ts checks it against Intl.
// Earlier instants are read as +08:00 too (an hour off in the 1986–1991 summers): no period is that old.
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

// Four-digit years only, so that keys and dates keep one fixed-width, sortable form.
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

/** Local calendar fields of an instant; month 1–12, weekday 1 (Monday) – 7 (Sunday) as in ISO 8601. */
export interface LocalFields {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

export function localFields(instant: Date): LocalFields {
  const shifted = new Date(checkedTime(instant) + SHANGHAI_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay() || 7,
  };
}

/** The calendar date in Shanghai on which an instant falls. */
export function localDateOf(instant: Date): LocalDate {
  const { year, month, day } = localFields(instant);
  return formatLocalDate(year, month, day);
}

/** The local (Asia/Shanghai) year of an instant: what "this year" means to the committee. */
export function localYear(instant: Date = new Date()): number {
  return localFields(instant).year;
}

/** The instant at which a local day begins (00:00 in Shanghai). */
export function startOfLocalDay(date: LocalDate): Date {
  const { year, month, day } = parseLocalDate(date);
  return localMidnight(year, month, day);
}

/** The exclusive end of a local day: the next local midnight, which is also that day's deadline instant. */
export function endOfLocalDay(date: LocalDate): Date {
  return new Date(startOfLocalDay(date).getTime() + DAY_MS);
}

export function isLocalDate(value: string): boolean {
  return toFields(value) !== null;
}

/** Whole local days from `from` to `to` (negative when `to` is earlier). */
export function localDaysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((startOfLocalDay(to).getTime() - startOfLocalDay(from).getTime()) / DAY_MS);
}

export function parseLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  const fields = toFields(date);
  if (!fields) throw new BadInputError(`日期“${date}”无效,应为 YYYY-MM-DD 形式的实际日期`);
  return fields;
}

/** Local midnight of a calendar date given as numbers; day may overflow (Date.UTC normalises it). */
export function localMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - SHANGHAI_OFFSET_MS);
}

export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function isSupportedYear(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function toFields(value: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  if (!isSupportedYear(year)) return null;
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

function checkedTime(instant: Date): number {
  const time = instant instanceof Date ? instant.getTime() : NaN;
  if (Number.isNaN(time)) throw new RangeError(`Not a valid instant: ${String(instant)}`);
  const year = new Date(time + SHANGHAI_OFFSET_MS).getUTCFullYear();
  if (!isSupportedYear(year)) throw new RangeError(`Instant outside the supported years ${MIN_YEAR}–${MAX_YEAR}: ${instant.toISOString()}`);
  return time;
}
