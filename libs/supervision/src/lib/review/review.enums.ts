import { labelledEnum } from '@zeren/shared-graphql';

/** A year's 述职评议: 筹备 (groups, participants) → 报送述职报告 → 现场述职、点评和打分 → 通报结果. */
export enum ReviewSessionStatus {
  PLANNED = 'PLANNED',
  REPORTING = 'REPORTING',
  RATING = 'RATING',
  CLOSED = 'CLOSED',
}
export const REVIEW_SESSION_STATUS_LABELS = labelledEnum(ReviewSessionStatus, 'ReviewSessionStatus', '述职评议状态', {
  PLANNED: '筹备中',
  REPORTING: '述职报告报送中',
  RATING: '评议打分中',
  CLOSED: '已通报结果',
});

/** An agency's 述职报告: 待报送 → 已报送 (单位), 已报送 → 退回修改 (工委), 退回修改 → 已报送 (单位). */
export enum ReviewReportStatus {
  PENDING = 'PENDING',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
}
export const REVIEW_REPORT_STATUS_LABELS = labelledEnum(ReviewReportStatus, 'ReviewReportStatus', '述职报告状态', {
  PENDING: '待报送',
  SUBMITTED: '已报送',
  RETURNED: '退回修改',
});
