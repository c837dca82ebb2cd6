import { labelledEnum } from '@zeren/shared-graphql';

/** A year's scheme is drafted, opened for the branches' ratings, then closed (nothing moves any more). */
export enum StarSchemeStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
export const STAR_SCHEME_STATUS_LABELS = labelledEnum(StarSchemeStatus, 'StarSchemeStatus', '星级评定方案状态', { DRAFT: '草稿', OPEN: '评定中', CLOSED: '已结束' });

/** Where a criterion's self-assessment score is prefilled from: Zeren's own records, or none (the branch scores it). */
export enum StarEvidenceSource {
  FULFILMENT = 'FULFILMENT',
  POINTS_PARTICIPATION = 'POINTS_PARTICIPATION',
  STAGE_COVERAGE = 'STAGE_COVERAGE',
  INSPECTION_FINDINGS = 'INSPECTION_FINDINGS',
  NONE = 'NONE',
}
export const STAR_EVIDENCE_SOURCE_LABELS = labelledEnum(StarEvidenceSource, 'StarEvidenceSource', '评分依据', {
  FULFILMENT: '履责纪实按时通过率',
  POINTS_PARTICIPATION: '党员积分参与率',
  STAGE_COVERAGE: '人人上讲台覆盖率',
  INSPECTION_FINDINGS: '督查发现问题',
  NONE: '无(支部自评)',
});

/** 自评荐星 → 党委考核评星 → 工委复核定星 → 公示 → 命名亮星. */
export enum StarRatingStatus {
  DRAFT = 'DRAFT',
  SELF_SUBMITTED = 'SELF_SUBMITTED',
  PARTY_REVIEWED = 'PARTY_REVIEWED',
  COMMITTEE_CONFIRMED = 'COMMITTEE_CONFIRMED',
  PUBLICIZED = 'PUBLICIZED',
  NAMED = 'NAMED',
}
export const STAR_RATING_STATUS_LABELS = labelledEnum(StarRatingStatus, 'StarRatingStatus', '星级评定状态', {
  DRAFT: '自评中',
  SELF_SUBMITTED: '已自评',
  PARTY_REVIEWED: '党委已评',
  COMMITTEE_CONFIRMED: '工委已复核',
  PUBLICIZED: '公示中',
  NAMED: '已命名',
});

/** Against last year's named stars. */
export enum StarMovement {
  UP = 'UP',
  DOWN = 'DOWN',
  SAME = 'SAME',
  NEW = 'NEW',
}
export const STAR_MOVEMENT_LABELS = labelledEnum(StarMovement, 'StarMovement', '星级变化', { UP: '升星', DOWN: '降星', SAME: '持平', NEW: '首次评定' });

export enum StarObjectionStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
}
export const STAR_OBJECTION_STATUS_LABELS = labelledEnum(StarObjectionStatus, 'StarObjectionStatus', '异议状态', { OPEN: '待答复', ANSWERED: '已答复' });
