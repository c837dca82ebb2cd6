import { labelledEnum } from '@zeren/shared-graphql';

/** The kinds of session: 人人上讲台, and the three of 学理论、谈感悟、述工作. */
export enum ActivityKind {
  STAGE = 'STAGE',
  THEORY = 'THEORY',
  REFLECTION = 'REFLECTION',
  WORK_REPORT = 'WORK_REPORT',
}
export const ACTIVITY_KIND_LABELS = labelledEnum(ActivityKind, 'ActivityKind', '讲台活动类型', { STAGE: '人人上讲台', THEORY: '学理论', REFLECTION: '谈感悟', WORK_REPORT: '述工作' });

/** 已计划 → 已举行 | 已取消; a held session may still be cancelled (its points reversed). */
export enum ActivityStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
export const ACTIVITY_STATUS_LABELS = labelledEnum(ActivityStatus, 'ActivityStatus', '讲台活动状态', { PLANNED: '已计划', HELD: '已举行', CANCELLED: '已取消' });

/** What makes an AUTOMATIC rule award points: data on the rule (`trigger`), not its name. */
export enum PointsTrigger {
  ACTIVITY_ATTEND = 'ACTIVITY_ATTEND',
  ACTIVITY_SPEAK = 'ACTIVITY_SPEAK',
  DUTY_FULFILLED = 'DUTY_FULFILLED',
}
export const POINTS_TRIGGER_LABELS = labelledEnum(PointsTrigger, 'PointsTrigger', '自动积分触发', { ACTIVITY_ATTEND: '参加讲台活动', ACTIVITY_SPEAK: '讲台活动主讲', DUTY_FULFILLED: '履责纪实通过' });
