import { Cadence, dueAt, periodOf } from '@zeren/shared-periods';
import { ReminderKind } from '../delivery/reminder-delivery.entity';
import { reminderDue, reminderWindow } from './reminder-schedule';

// A November item due on its last day: the deadline is 2026-12-01T00:00+08:00 (exclusive).
const due = dueAt(periodOf(Cadence.MONTH, new Date('2026-11-15T04:00:00Z')), { offsetDays: 0 });
const at = (shanghai: string) => new Date(`${shanghai}+08:00`);
const defaults = { leadDays: 5, onDueDay: true };

describe('reminderDue', () => {
  it('reminds 5 local days ahead and on the due day, not before, not once overdue', () => {
    expect(due.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(reminderDue(due, at('2026-11-24T23:59:59'), defaults)).toBeNull();
    expect(reminderDue(due, at('2026-11-25T00:00:00'), defaults)).toBe(ReminderKind.LEAD);
    expect(reminderDue(due, at('2026-11-29T18:00:00'), defaults)).toBe(ReminderKind.LEAD);
    expect(reminderDue(due, at('2026-11-30T00:00:00'), defaults)).toBe(ReminderKind.DUE_DAY);
    expect(reminderDue(due, at('2026-11-30T23:59:59'), defaults)).toBe(ReminderKind.DUE_DAY);
    expect(reminderDue(due, at('2026-12-01T00:00:00'), defaults)).toBeNull();
  });

  it('follows the committee’s settings: no lead reminder at 0 days, the lead one on the due day without a due-day one', () => {
    expect(reminderDue(due, at('2026-11-29T09:00:00'), { leadDays: 0, onDueDay: true })).toBeNull();
    expect(reminderDue(due, at('2026-11-30T09:00:00'), { leadDays: 0, onDueDay: true })).toBe(ReminderKind.DUE_DAY);
    expect(reminderDue(due, at('2026-11-30T09:00:00'), { leadDays: 3, onDueDay: false })).toBe(ReminderKind.LEAD);
    expect(reminderDue(due, at('2026-11-30T09:00:00'), { leadDays: 0, onDueDay: false })).toBeNull();
    expect(reminderDue(due, at('2026-11-16T09:00:00'), { leadDays: 14, onDueDay: true })).toBe(ReminderKind.LEAD);
  });
});

describe('reminderWindow', () => {
  it('reaches to the end of the local day leadDays ahead, so every item due for a lead reminder is in it', () => {
    const now = at('2026-11-25T08:30:00');
    expect(reminderWindow(now, defaults)).toEqual({ now, until: at('2026-12-01T00:00:00') });
    expect(reminderWindow(now, { leadDays: 0, onDueDay: true }).until).toEqual(at('2026-11-26T00:00:00'));
  });
});
