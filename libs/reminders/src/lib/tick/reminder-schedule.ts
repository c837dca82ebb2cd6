import type { ReminderWindow } from '@zeren/api';
import { DAY_MS, daysLeft, endOfLocalDay, isOverdue, localDateOf } from '@zeren/shared-periods';
import { ReminderKind } from '../delivery/reminder-delivery.entity';
import type { ReminderSettings } from '../settings/reminder-settings.entity';

type Schedule = Pick<ReminderSettings, 'leadDays' | 'onDueDay'>;


/**
 * Which reminder an open item is due for now: DUE_DAY on its last on-time local day (when the
 * committee wants one), LEAD once it is within `leadDays` local days (on the due day too, when there
 * is no due-day reminder), nothing before that or once overdue. Sent once each (the delivery table).
 */
export function reminderDue(dueAt: Date, now: Date, schedule: Schedule): ReminderKind | null {
  if (isOverdue(dueAt, now)) return null;
  const left = daysLeft(dueAt, now);
  if (left === 0 && schedule.onDueDay) return ReminderKind.DUE_DAY;
  return schedule.leadDays > 0 && left <= schedule.leadDays ? ReminderKind.LEAD : null;
}

/** What a tick asks the providers for: items due from now to the end of the local day `leadDays` ahead. */
export function reminderWindow(now: Date, schedule: Schedule): ReminderWindow {
  // Asia/Shanghai keeps no daylight saving: a local day is always 24 hours.
  return { now, until: endOfLocalDay(localDateOf(new Date(now.getTime() + schedule.leadDays * DAY_MS))) };
}
