import type { ReviewReportStatus, ReviewSessionStatus } from '@/gql/graphql';

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';

export const SESSION_STATUSES: ReviewSessionStatus[] = ['PLANNED', 'REPORTING', 'RATING', 'CLOSED'];
export const SESSION_STATUS_TAG: Record<ReviewSessionStatus, TagType> = { PLANNED: 'info', REPORTING: 'warning', RATING: 'primary', CLOSED: 'success' };
export const REPORT_STATUSES: ReviewReportStatus[] = ['PENDING', 'SUBMITTED', 'RETURNED'];
export const REPORT_STATUS_TAG: Record<ReviewReportStatus, TagType> = { PENDING: 'info', SUBMITTED: 'success', RETURNED: 'danger' };
/** The scale's grades from best to worst take these colours in charts (a longer scale repeats the last). */
export const GRADE_COLORS = ['#c8161d', '#e6a23c', '#409eff', '#909399'];
