export { Cadence, CADENCE_LABELS } from './lib/cadence';
export { localDateOf, localYear, startOfLocalDay, endOfLocalDay, isLocalDate, localDaysBetween, SHANGHAI_OFFSET_MS, DAY_MS, type LocalDate } from './lib/local-date';
export {
  periodOf,
  parsePeriodKey,
  periodsBetween,
  nextPeriod,
  previousPeriod,
  containsInstant,
  weeksInIsoYear,
  ONCE_PERIOD,
  type Period,
  type BoundedPeriod,
  type OncePeriod,
} from './lib/period';
export { dueAt, dueLocalDate, type DueRule } from './lib/due';
export {
  WarningLevel,
  WARNING_LEVEL_LABELS,
  DeadlineStatus,
  DEADLINE_STATUS_LABELS,
  warningLevel,
  daysLeft,
  isOverdue,
  isLate,
  deadlineStatus,
  hasOverdueMark,
  isLocked,
  type WarningOptions,
} from './lib/warning';
export { periodsMessages } from './lib/periods.messages.en';
