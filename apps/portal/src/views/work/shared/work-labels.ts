import type { EvidenceKind, ProblemCategory, ProjectStatus, TaskReceiptStatus } from '@/gql/graphql';
import { i18n } from '@/i18n';

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';

export const RECEIPT_STATUSES: TaskReceiptStatus[] = ['UNSIGNED', 'SIGNED', 'IN_PROGRESS', 'REPORTED', 'APPROVED', 'RETURNED'];
export const RECEIPT_STATUS_TAG: Record<TaskReceiptStatus, TagType> = { UNSIGNED: 'info', SIGNED: 'primary', IN_PROGRESS: 'primary', REPORTED: 'warning', APPROVED: 'success', RETURNED: 'danger' };

export const PROJECT_STATUSES: ProjectStatus[] = ['DRAFT', 'APPLIED', 'RETURNED', 'IMPLEMENTING', 'ACCEPTANCE', 'CLOSED', 'TERMINATED'];
export const PROJECT_STATUS_TAG: Record<ProjectStatus, TagType> = { DRAFT: 'info', APPLIED: 'warning', RETURNED: 'danger', IMPLEMENTING: 'primary', ACCEPTANCE: 'warning', CLOSED: 'success', TERMINATED: 'info' };
export const CATEGORIES: ProblemCategory[] = ['ORGANIZATION', 'STAFF', 'FUNDING', 'VENUE', 'ACTIVITY'];

export const EVIDENCE_KINDS: EvidenceKind[] = ['IMAGE', 'PDF', 'OFFICE'];
export const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The kinds a rule asks for in words (图片、PDF), or 不限类型. */
export function kindsText(kinds: readonly EvidenceKind[] | null | undefined): string {
  const t = i18n.global.t;
  return kinds?.length ? kinds.map((k) => t(`files.kinds.${k}`)).join('、') : t('work.evidenceAny');
}

/** The years a picker offers: last year to next, and any year that already has something. */
export function yearOptions(current: number, known: number[] = []): number[] {
  return [...new Set([current + 1, current, current - 1, ...known])].sort((a, b) => b - a);
}
