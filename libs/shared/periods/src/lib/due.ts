import { BadInputError } from '@zeren/shared-errors';
import { Cadence } from './cadence';
import { DAY_MS, endOfLocalDay, localDateOf, type LocalDate } from './local-date';
import type { Period } from './period';

/**
 * When an item of a period is due: `offsetDays` local days after the period's end (0 = its last day,
 * -5 = five days earlier, 10 = the 10th day of the next period), or on an explicit local date.
 */
export type DueRule = { readonly offsetDays: number } | { readonly on: LocalDate };

const MAX_OFFSET_DAYS = 366;

// Convention used everywhere in this lib: a deadline is the exclusive instant of the next local
// midnight (due on 2026-12-31 → 2026-12-31T16:00:00.000Z). Anything before it is on time. Stored
// whole-second datetimes (SQLite) keep it exactly, which 23:59:59.999 would not survive.
export function dueAt(period: Period, rule: DueRule): Date {
  let due: Date;
  // Rules arrive from JSON columns and inputs too, so check the shape rather than trust the type.
  const { on, offsetDays } = (typeof rule === 'object' && rule !== null ? rule : {}) as { on?: LocalDate; offsetDays?: number };
  if (on !== undefined && offsetDays === undefined) {
    due = endOfLocalDay(on);
  } else if (offsetDays !== undefined && on === undefined) {
    if (!Number.isInteger(offsetDays) || Math.abs(offsetDays) > MAX_OFFSET_DAYS) {
      throw new BadInputError(`完成时限的偏移天数应为 -${MAX_OFFSET_DAYS} 到 ${MAX_OFFSET_DAYS} 之间的整数`);
    }
    if (period.cadence === Cadence.ONCE) throw new BadInputError('一次性事项的完成时限应为具体日期');
    // No DST in Shanghai: a local day is always exactly 24 hours.
    due = new Date(period.end.getTime() + offsetDays * DAY_MS);
  } else {
    throw new BadInputError('完成时限应为相对周期末的天数或具体日期之一');
  }
  if (period.start && due.getTime() <= period.start.getTime()) {
    throw new BadInputError(`完成时限 ${dueLocalDate(due)} 早于${period.label}的开始`);
  }
  return due;
}

/** The last local date on which an item due at `dueAt` is still on time (what people read as 截止日期). */
export function dueLocalDate(dueAt: Date): LocalDate {
  return localDateOf(new Date(dueAt.getTime() - 1));
}
