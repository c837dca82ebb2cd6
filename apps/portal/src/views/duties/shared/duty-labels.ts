import type { DutyLevel, RecordStatus } from '@/gql/graphql';
import { i18n } from '@/i18n';

/** The three levels (三级) top down, as the lists group them. */
export const LEVELS: DutyLevel[] = ['PARTY_GROUP', 'ORGAN_COMMITTEE', 'BRANCH'];

export const RECORD_STATUS_TAG: Record<RecordStatus, 'warning' | 'success' | 'danger'> = { SUBMITTED: 'warning', ACCEPTED: 'success', RETURNED: 'danger' };

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
