export { Cadence, CADENCE_LABELS } from './lib/cadence';
export { localDateOf, startOfLocalDay, endOfLocalDay, isLocalDate, localDaysBetween, SHANGHAI_OFFSET_MS, type LocalDate } from './lib/local-date';
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
