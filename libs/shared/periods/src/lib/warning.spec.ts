import { BadInputError } from '@zeren/shared-errors';
import { seededInstants } from '../testing';
import { dueAt } from './due';
import { parsePeriodKey } from './period';
import {
  daysLeft,
  deadlineStatus,
  DeadlineStatus,
  DEADLINE_STATUS_LABELS,
  hasOverdueMark,
  isLate,
  isLocked,
  isOverdue,
  warningLevel,
  WarningLevel,
  WARNING_LEVEL_LABELS,
} from './warning';

const DAY = 86_400_000;
// Due at the end of 2026-12-31 in Shanghai: 2026-12-31T16:00:00.000Z is the first late instant.
const due = dueAt(parsePeriodKey('2026-12'), { offsetDays: 0 });
const plus = (ms: number) => new Date(due.getTime() + ms);

describe('warningLevel', () => {
  const five = { yellowWithinDays: 5 };

  it('turns 红 exactly at the due instant, not a millisecond earlier', () => {
    expect([plus(-1), plus(0), plus(1)].map((now) => warningLevel(due, now, five))).toEqual([WarningLevel.YELLOW, WarningLevel.RED, WarningLevel.RED]);
  });

  it('turns 黄 at local midnight N days before the due date (2026-12-26 for N = 5)', () => {
    const yellowFrom = new Date('2026-12-25T16:00:00.000Z');
    expect(warningLevel(due, new Date(yellowFrom.getTime() - 1), five)).toBe(WarningLevel.BLUE);
    expect(warningLevel(due, yellowFrom, five)).toBe(WarningLevel.YELLOW);
  });

  it('with N = 0 is 黄 only on the due date itself', () => {
    expect(warningLevel(due, plus(-DAY - 1), { yellowWithinDays: 0 })).toBe(WarningLevel.BLUE);
    expect(warningLevel(due, plus(-DAY), { yellowWithinDays: 0 })).toBe(WarningLevel.YELLOW);
  });

  it('labels the levels 蓝 / 黄 / 红', () => {
    expect(WARNING_LEVEL_LABELS).toEqual({ BLUE: '蓝', YELLOW: '黄', RED: '红' });
  });

  it('rejects a negative or fractional yellow window', () => {
    expect(() => warningLevel(due, due, { yellowWithinDays: -1 })).toThrow(BadInputError);
    expect(() => warningLevel(due, due, { yellowWithinDays: 1.5 })).toThrow('黄色预警天数应为非负整数');
  });

  it('agrees with daysLeft and isOverdue over 2000 seeded instants', () => {
    for (const now of seededInstants(7, 2000, new Date('2026-11-01T00:00:00Z'), new Date('2027-02-01T00:00:00Z'))) {
      const level = warningLevel(due, now, five);
      const expected = isOverdue(due, now) ? WarningLevel.RED : daysLeft(due, now) <= 5 ? WarningLevel.YELLOW : WarningLevel.BLUE;
      expect(level).toBe(expected);
      expect(level === WarningLevel.RED).toBe(now.getTime() >= due.getTime());
    }
  });
});

describe('daysLeft', () => {
  it('counts down by Shanghai days: 1 until local midnight, 0 on the due date, -1 once it has passed', () => {
    expect(daysLeft(due, new Date('2026-12-30T15:59:59.999Z'))).toBe(1);
    expect(daysLeft(due, new Date('2026-12-30T16:00:00.000Z'))).toBe(0);
    expect(daysLeft(due, plus(-1))).toBe(0);
    expect(daysLeft(due, due)).toBe(-1);
    expect(daysLeft(due, new Date('2026-12-01T04:00:00.000Z'))).toBe(30);
  });
});

describe('completion and the permanent overdue mark', () => {
  it('is on time a millisecond before the deadline and late at it', () => {
    expect([plus(-1), plus(0), plus(1)].map((completedAt) => isLate(due, completedAt))).toEqual([false, true, true]);
  });

  it('keeps a late completion LATE and marked, however much later it is looked at', () => {
    const years = plus(3 * 365 * DAY);
    expect(deadlineStatus(due, years, plus(1))).toBe(DeadlineStatus.LATE);
    expect(hasOverdueMark(due, years, plus(1))).toBe(true);
    expect(deadlineStatus(due, years, plus(-1))).toBe(DeadlineStatus.ON_TIME);
    expect(hasOverdueMark(due, years, plus(-1))).toBe(false);
  });

  it('is OPEN before the deadline and OVERDUE (marked) from it while not completed', () => {
    expect([plus(-1), plus(0)].map((now) => deadlineStatus(due, now, null))).toEqual([DeadlineStatus.OPEN, DeadlineStatus.OVERDUE]);
    expect([plus(-1), plus(0)].map((now) => hasOverdueMark(due, now))).toEqual([false, true]);
  });

  it('labels the statuses in zh-CN', () => {
    expect(DEADLINE_STATUS_LABELS).toEqual({ OPEN: '未到期', OVERDUE: '逾期未完成', ON_TIME: '按时完成', LATE: '逾期完成' });
  });
});

describe('isLocked', () => {
  it('locks entry at the deadline without grace', () => {
    expect([plus(-1), plus(0)].map((now) => isLocked(due, now))).toEqual([false, true]);
  });

  it('locks entry after the grace days have passed', () => {
    expect([plus(3 * DAY - 1), plus(3 * DAY)].map((now) => isLocked(due, now, 3))).toEqual([false, true]);
  });

  it('rejects negative grace', () => {
    expect(() => isLocked(due, due, -1)).toThrow('补录宽限天数应为非负整数');
  });
});
