import { localDateOf, startOfLocalDay, type LocalDate } from '@zeren/shared-periods';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Whole seconds: SQLite keeps no more, and both engines must hold the same values. */
export const whole = (t: number): Date => new Date(Math.floor(t / 1000) * 1000);

/** A calendar date in Shanghai; a day or month past the end rolls over (2026-02-31 is 2026-03-03). */
export const localDay = (year: number, month: number, day: number): LocalDate => localDateOf(new Date(Date.UTC(year, month - 1, day, 4)));

/** An instant on a local date, at a local hour (fractions are minutes). */
export const atLocal = (date: LocalDate, hour: number): number => startOfLocalDay(date).getTime() + Math.round(hour * 60) * 60_000;

/**
 * Instants as the calendar of a year planned them, squeezed into the part of this year already past:
 * past years keep their dates; this year's plan (up to late November) is scaled into [1 January,
 * now − 2 days], so a seed run in March still finds this year's projects approved and under way.
 */
export class SeedCalendar {
  constructor(
    readonly now: Date,
    readonly year: number,
  ) {}

  /** When something planned for `t` happened (never later than an hour ago). */
  happened(t: number): number {
    const start = atLocal(`${this.year}-01-01`, 0);
    if (t < start) return t;
    const planned = atLocal(`${this.year}-11-25`, 0) - start;
    const past = Math.max(0, this.now.getTime() - 2 * DAY - start);
    return Math.min(start + (t - start) * Math.min(1, past / planned), this.now.getTime() - HOUR);
  }
}
