import { BadInputError } from '@zeren/shared-errors';
import { dueLocalDate } from './due';
import { DAY_MS, localDateOf, localDaysBetween } from './local-date';

// All functions take the exclusive deadline instant from dueAt(): `at >= dueAt` is too late.

export enum WarningLevel {
  BLUE = 'BLUE',
  YELLOW = 'YELLOW',
  RED = 'RED',
}

export const WARNING_LEVEL_LABELS: Readonly<Record<WarningLevel, string>> = Object.freeze({
  [WarningLevel.BLUE]: '蓝',
  [WarningLevel.YELLOW]: '黄',
  [WarningLevel.RED]: '红',
});

export enum DeadlineStatus {
  OPEN = 'OPEN',
  OVERDUE = 'OVERDUE',
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
}

export const DEADLINE_STATUS_LABELS: Readonly<Record<DeadlineStatus, string>> = Object.freeze({
  [DeadlineStatus.OPEN]: '未到期',
  [DeadlineStatus.OVERDUE]: '逾期未完成',
  [DeadlineStatus.ON_TIME]: '按时完成',
  [DeadlineStatus.LATE]: '逾期完成',
});

export interface WarningOptions {
  /** 黄 from this many local days before the due date (0 = on the due date only). A committee setting. */
  readonly yellowWithinDays: number;
}

/** Whole local days from today to the due date: 0 on the due date, negative once it has passed. */
export function daysLeft(dueAt: Date, now: Date): number {
  return localDaysBetween(localDateOf(now), dueLocalDate(dueAt));
}

/** The light of an open item: 红 overdue, 黄 due within N local days, 蓝 otherwise. */
export function warningLevel(dueAt: Date, now: Date, { yellowWithinDays }: WarningOptions): WarningLevel {
  checkedDays(yellowWithinDays, '黄色预警天数');
  if (isOverdue(dueAt, now)) return WarningLevel.RED;
  return daysLeft(dueAt, now) <= yellowWithinDays ? WarningLevel.YELLOW : WarningLevel.BLUE;
}

export function isOverdue(dueAt: Date, now: Date): boolean {
  return now.getTime() >= dueAt.getTime();
}

/** A completion at or after the deadline is late, and stays late whatever happens afterwards. */
export function isLate(dueAt: Date, completedAt: Date): boolean {
  return completedAt.getTime() >= dueAt.getTime();
}

export function deadlineStatus(dueAt: Date, now: Date, completedAt?: Date | null): DeadlineStatus {
  if (completedAt) return isLate(dueAt, completedAt) ? DeadlineStatus.LATE : DeadlineStatus.ON_TIME;
  return isOverdue(dueAt, now) ? DeadlineStatus.OVERDUE : DeadlineStatus.OPEN;
}

/** The permanent overdue mark (红叉) that assessments count: overdue while open, or completed late. */
export function hasOverdueMark(dueAt: Date, now: Date, completedAt?: Date | null): boolean {
  const status = deadlineStatus(dueAt, now, completedAt);
  return status === DeadlineStatus.OVERDUE || status === DeadlineStatus.LATE;
}

/** Entry closes `graceDays` whole days after the deadline (0 = at the deadline itself). */
export function isLocked(dueAt: Date, now: Date, graceDays = 0): boolean {
  checkedDays(graceDays, '补录宽限天数');
  return now.getTime() >= dueAt.getTime() + graceDays * DAY_MS;
}

function checkedDays(days: number, what: string): void {
  if (!Number.isInteger(days) || days < 0) throw new BadInputError(`${what}应为非负整数`);
}
