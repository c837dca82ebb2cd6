import type { DeadlineStatus, DutyLevel, RecordStatus } from '@/gql/graphql';
import { i18n } from '@/i18n';

/** The three levels (三级) top down, as the lists group them. */
export const LEVELS: DutyLevel[] = ['PARTY_GROUP', 'ORGAN_COMMITTEE', 'BRANCH'];

export const RECORD_STATUS_TAG: Record<RecordStatus, 'warning' | 'success' | 'danger'> = { SUBMITTED: 'warning', ACCEPTED: 'success', RETURNED: 'danger' };
export const DEADLINE_STATUS_TAG: Record<DeadlineStatus, 'info' | 'success' | 'warning' | 'danger'> = { OPEN: 'info', ON_TIME: 'success', LATE: 'warning', OVERDUE: 'danger' };

interface DueFields {
  cadence: string;
  dueOffsetDays?: number | null;
  dueOn?: string | null;
}

/** 完成时限 in words: a date for a one-off item, days after (or before) the period's end otherwise. */
export function dueRuleText(d: DueFields): string {
  const t = i18n.global.t;
  if (d.dueOn) return d.dueOn;
  const days = d.dueOffsetDays ?? 0;
  if (days === 0) return t('duties.dueAtEnd');
  return days < 0 ? t('duties.dueBeforeEnd', { n: -days }) : t('duties.dueAfterEnd', { n: days });
}

/** 2026-12-31 (the deadline's day in Asia/Shanghai, where the periods are counted). */
export function dueDay(iso: string): string {
  // The deadline is the first instant that is late: the last day to answer is the day before it.
  const last = new Date(new Date(iso).getTime() - 1);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(last);
}
