import { labelledEnum } from '@zeren/shared-graphql';

/** What a scheme's weighted component reads; ADJUSTMENT (加减分) is added as points, outside the weights. */
export enum ComponentKind {
  DUTY_FULFILMENT = 'DUTY_FULFILMENT',
  TASK_RECEIPTS = 'TASK_RECEIPTS',
  INSPECTION = 'INSPECTION',
  REVIEW_RATING = 'REVIEW_RATING',
  PROJECTS = 'PROJECTS',
  ADJUSTMENT = 'ADJUSTMENT',
}
export const COMPONENT_KIND_LABELS = labelledEnum(ComponentKind, 'AssessmentComponentKind', '考核指标类型', {
  DUTY_FULFILMENT: '履责纪实',
  TASK_RECEIPTS: '重点任务落实',
  INSPECTION: '党务督查及整改',
  REVIEW_RATING: '述职评议',
  PROJECTS: '书记突破项目',
  ADJUSTMENT: '加减分',
});

/** 好 · 较好 · 一般 · 差, best first; the scores that reach each are the scheme's data. */
export enum AssessmentGrade {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  FAIR = 'FAIR',
  POOR = 'POOR',
}
export const ASSESSMENT_GRADE_LABELS = labelledEnum(AssessmentGrade, 'AssessmentGrade', '考核等次', { EXCELLENT: '好', GOOD: '较好', FAIR: '一般', POOR: '差' });
/** Best first: a grade "at most" another is at its index or after it. */
export const GRADE_ORDER: readonly AssessmentGrade[] = [AssessmentGrade.EXCELLENT, AssessmentGrade.GOOD, AssessmentGrade.FAIR, AssessmentGrade.POOR];

/** 草稿 → 已发布 (locked; results may be computed) → 结果已公布 (results final, agencies read theirs). */
export enum SchemeStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RESULTS_PUBLISHED = 'RESULTS_PUBLISHED',
}
export const SCHEME_STATUS_LABELS = labelledEnum(SchemeStatus, 'AssessmentSchemeStatus', '考核方案状态', { DRAFT: '草稿', PUBLISHED: '已发布', RESULTS_PUBLISHED: '结果已公布' });
