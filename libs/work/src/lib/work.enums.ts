import { labelledEnum } from '@zeren/shared-graphql';

export enum PlanStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
export const PLAN_STATUS_LABELS = labelledEnum(PlanStatus, 'WorkPlanStatus', '工作要点状态', { DRAFT: '草稿', PUBLISHED: '已印发' });

export enum TaskStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
  RECALLED = 'RECALLED',
}
export const TASK_STATUS_LABELS = labelledEnum(TaskStatus, 'WorkTaskStatus', '重点任务状态', { DRAFT: '草稿', SENT: '已推送', RECALLED: '已撤回' });

/** Whom a task goes to. Grids (网格) join when libs/grids exists. */
export enum TaskTarget {
  ALL = 'ALL',
  CHOSEN = 'CHOSEN',
}
export const TASK_TARGET_LABELS = labelledEnum(TaskTarget, 'WorkTaskTarget', '推送对象', { ALL: '全部单位', CHOSEN: '指定单位' });

/** 未签收 → 已签收 → 办理中 → 已报送 → 已通过 | 已退回 (→ 办理中 again). */
export enum ReceiptStatus {
  UNSIGNED = 'UNSIGNED',
  SIGNED = 'SIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  REPORTED = 'REPORTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}
export const RECEIPT_STATUS_LABELS = labelledEnum(ReceiptStatus, 'TaskReceiptStatus', '任务回执状态', {
  UNSIGNED: '未签收',
  SIGNED: '已签收',
  IN_PROGRESS: '办理中',
  REPORTED: '已报送',
  APPROVED: '已通过',
  RETURNED: '已退回',
});

/** The problems a breakthrough project attacks, as the brief lists them: 机构、人员、经费、场所、活动. */
export enum ProblemCategory {
  ORGANIZATION = 'ORGANIZATION',
  STAFF = 'STAFF',
  FUNDING = 'FUNDING',
  VENUE = 'VENUE',
  ACTIVITY = 'ACTIVITY',
}
export const PROBLEM_CATEGORY_LABELS = labelledEnum(ProblemCategory, 'ProblemCategory', '突破项目的问题类别', {
  ORGANIZATION: '机构',
  STAFF: '人员',
  FUNDING: '经费',
  VENUE: '场所',
  ACTIVITY: '活动',
});

/** 申报 → 立项审核 → 实施 → 结项验收 → 销号 | 终止. */
export enum ProjectStatus {
  DRAFT = 'DRAFT',
  APPLIED = 'APPLIED',
  RETURNED = 'RETURNED',
  IMPLEMENTING = 'IMPLEMENTING',
  ACCEPTANCE = 'ACCEPTANCE',
  CLOSED = 'CLOSED',
  TERMINATED = 'TERMINATED',
}
export const PROJECT_STATUS_LABELS = labelledEnum(ProjectStatus, 'ProjectStatus', '突破项目状态', {
  DRAFT: '草稿',
  APPLIED: '待立项审核',
  RETURNED: '退回修改',
  IMPLEMENTING: '实施中',
  ACCEPTANCE: '待结项验收',
  CLOSED: '已销号',
  TERMINATED: '已终止',
});
