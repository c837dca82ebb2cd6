import type { DeadlineStatus } from '@/gql/graphql';

// Periods and deadlines are counted in Asia/Shanghai (libs/shared/periods), wherever the browser is.
const ZONE = 'Asia/Shanghai';

export const DEADLINE_STATUS_TAG: Record<DeadlineStatus, 'info' | 'success' | 'warning' | 'danger'> = { OPEN: 'info', ON_TIME: 'success', LATE: 'warning', OVERDUE: 'danger' };

/** Today's date (2026-12-01). */
export function localToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
}

/** This year. */
export function localYear(): number {
  return Number(localToday().slice(0, 4));
}

/** 2026-12-31 (the deadline's day in Asia/Shanghai, where the periods are counted). */
export function dueDay(iso: string): string {
  // The deadline is the first instant that is late: the last day to answer is the day before it.
  const last = new Date(new Date(iso).getTime() - 1);
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(last);
}

/** A date picker's day (a local-midnight Date) as the API writes it: 2026-12-31. */
export function pickerDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
