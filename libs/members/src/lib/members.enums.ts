import { Cadence } from '@zeren/shared-periods';
import { labelledEnum } from '@zeren/shared-graphql';

/** The period a rule's cap counts over, and a ranking's period. */
export enum PointsPeriod {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
export const POINTS_PERIOD_LABELS = labelledEnum(PointsPeriod, 'PointsPeriod', '积分周期', { MONTH: '每月', QUARTER: '每季度', YEAR: '每年' });

export const CADENCE_OF: Readonly<Record<PointsPeriod, Cadence>> = { MONTH: Cadence.MONTH, QUARTER: Cadence.QUARTER, YEAR: Cadence.YEAR };

/** Who may award points under a rule (a member's own declaration is decided by the secretary either way). */
export enum PointsAwarder {
  GROUP_LEADER = 'GROUP_LEADER',
  SECRETARY = 'SECRETARY',
  BOTH = 'BOTH',
}
export const POINTS_AWARDER_LABELS = labelledEnum(PointsAwarder, 'PointsAwarder', '积分给予人', { GROUP_LEADER: '党小组组长', SECRETARY: '支部书记', BOTH: '党小组组长或支部书记' });

/** How points under a rule arise: declared by the member (or awarded), or computed (part 2: no engine yet). */
export enum PointsMode {
  DECLARED = 'DECLARED',
  AUTOMATIC = 'AUTOMATIC',
}
export const POINTS_MODE_LABELS = labelledEnum(PointsMode, 'PointsMode', '积分方式', { DECLARED: '申报', AUTOMATIC: '自动' });

/** Whose rule it is: the committee's default for every agency, or the agency's own addition. */
export enum RuleOwner {
  COMMITTEE = 'COMMITTEE',
  AGENCY = 'AGENCY',
}
export const RULE_OWNER_LABELS = labelledEnum(RuleOwner, 'PointsRuleOwner', '积分规则来源', { COMMITTEE: '工委规定', AGENCY: '本单位增设' });

/** 待审核 → 已通过 | 已驳回; 已驳回 → 待审核 once, by the member's appeal. */
export enum EntryStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
export const ENTRY_STATUS_LABELS = labelledEnum(EntryStatus, 'PointsEntryStatus', '积分审核状态', { PENDING: '待审核', APPROVED: '已通过', REJECTED: '已驳回' });

/** How an entry came to be. */
export enum EntryOrigin {
  DECLARED = 'DECLARED',
  AWARDED = 'AWARDED',
  REVERSAL = 'REVERSAL',
  /** Written by the automatic points (讲台活动, fulfilment records), approved at once. */
  AUTOMATIC = 'AUTOMATIC',
}
export const ENTRY_ORIGIN_LABELS = labelledEnum(EntryOrigin, 'PointsEntryOrigin', '积分来源', { DECLARED: '党员申报', AWARDED: '组织给予', REVERSAL: '冲正', AUTOMATIC: '自动积分' });
