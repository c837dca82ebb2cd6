import { labelledEnum } from '@zeren/shared-graphql';

/** 问责 as the brief names it: 约谈提醒, 限期整改, 取消综合考核评先资格. */
export enum MeasureKind {
  INTERVIEW = 'INTERVIEW',
  RECTIFY_BY_DEADLINE = 'RECTIFY_BY_DEADLINE',
  DISQUALIFY = 'DISQUALIFY',
}
export const MEASURE_KIND_LABELS = labelledEnum(MeasureKind, 'AccountabilityMeasureKind', '问责措施', {
  INTERVIEW: '约谈提醒',
  RECTIFY_BY_DEADLINE: '限期整改',
  DISQUALIFY: '取消综合考核评先资格',
});

/** What in a year's result sets a rule off. */
export enum RuleTrigger {
  GRADE_AT_MOST = 'GRADE_AT_MOST',
  OVERDUE_MARKS_AT_LEAST = 'OVERDUE_MARKS_AT_LEAST',
  OPEN_RECTIFICATIONS_AT_LEAST = 'OPEN_RECTIFICATIONS_AT_LEAST',
  RANK_IN_BOTTOM = 'RANK_IN_BOTTOM',
}
export const RULE_TRIGGER_LABELS = labelledEnum(RuleTrigger, 'AccountabilityRuleTrigger', '问责触发条件', {
  GRADE_AT_MOST: '考核等次为某等次或更低',
  OVERDUE_MARKS_AT_LEAST: '履责逾期标记达到 N 个',
  OPEN_RECTIFICATIONS_AT_LEAST: '未销号整改达到 N 项',
  RANK_IN_BOTTOM: '考核排名末位 N 名(含并列)',
});

/** 拟问责 → 已确认 | 不予问责 (with the reason), both by the committee. */
export enum MeasureStatus {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  DISMISSED = 'DISMISSED',
}
export const MEASURE_STATUS_LABELS = labelledEnum(MeasureStatus, 'AccountabilityMeasureStatus', '问责措施状态', { PROPOSED: '拟问责', CONFIRMED: '已确认', DISMISSED: '不予问责' });
