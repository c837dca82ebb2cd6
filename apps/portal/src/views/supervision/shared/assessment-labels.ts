import type { AccountabilityMeasureKind, AccountabilityMeasureStatus, AccountabilityRuleTrigger, AssessmentComponentKind, AssessmentGrade, AssessmentSchemeStatus } from '@/gql/graphql';

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';

// 考核 and 问责 labels are i18n keys (assessment.*); these are the orders and colours both pages share.
export const GRADES: AssessmentGrade[] = ['EXCELLENT', 'GOOD', 'FAIR', 'POOR'];
export const GRADE_TAG: Record<AssessmentGrade, TagType> = { EXCELLENT: 'success', GOOD: 'primary', FAIR: 'warning', POOR: 'danger' };
export const GRADE_COLOR: Record<AssessmentGrade, string> = { EXCELLENT: '#327a25', GOOD: '#1d5fbf', FAIR: '#b26b00', POOR: '#c0261d' };
export const SCHEME_STATUS_TAG: Record<AssessmentSchemeStatus, TagType> = { DRAFT: 'info', PUBLISHED: 'primary', RESULTS_PUBLISHED: 'success' };
// ADJUSTMENT is added as points outside the weights: a scheme cannot weigh it.
export const WEIGHTED_COMPONENTS: AssessmentComponentKind[] = ['DUTY_FULFILMENT', 'TASK_RECEIPTS', 'INSPECTION', 'REVIEW_RATING', 'PROJECTS'];
export const MEASURE_KINDS: AccountabilityMeasureKind[] = ['INTERVIEW', 'RECTIFY_BY_DEADLINE', 'DISQUALIFY'];
export const MEASURE_STATUSES: AccountabilityMeasureStatus[] = ['PROPOSED', 'CONFIRMED', 'DISMISSED'];
export const MEASURE_STATUS_TAG: Record<AccountabilityMeasureStatus, TagType> = { PROPOSED: 'warning', CONFIRMED: 'danger', DISMISSED: 'info' };
export const MEASURE_KIND_TAG: Record<AccountabilityMeasureKind, TagType> = { INTERVIEW: 'primary', RECTIFY_BY_DEADLINE: 'warning', DISQUALIFY: 'danger' };
export const TRIGGERS: AccountabilityRuleTrigger[] = ['GRADE_AT_MOST', 'OVERDUE_MARKS_AT_LEAST', 'OPEN_RECTIFICATIONS_AT_LEAST', 'RANK_IN_BOTTOM'];

/** Points as the ledger writes them: a sign always, at most two decimals. */
export function signedPoints(n: number): string {
  const text = Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, '');
  return n > 0 ? `+${text}` : text;
}
