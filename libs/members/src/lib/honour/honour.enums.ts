import { labelledEnum } from '@zeren/shared-graphql';

/** The level of the body conferring an honour; all three are "市级以上" (市级 and above). */
export enum HonourLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  MUNICIPAL = 'MUNICIPAL',
}
export const HONOUR_LEVEL_LABELS = labelledEnum(HonourLevel, 'HonourLevel', '表彰级别', { NATIONAL: '国家级', PROVINCIAL: '省级', MUNICIPAL: '市级' });
/** The levels the brief's figures count ("市级以上表彰"). */
export const MUNICIPAL_AND_ABOVE: readonly HonourLevel[] = [HonourLevel.NATIONAL, HonourLevel.PROVINCIAL, HonourLevel.MUNICIPAL];

/** What is commended: a member, a member holding a party post, or a unit. */
export enum HonourCategory {
  MEMBER = 'MEMBER',
  PARTY_WORKER = 'PARTY_WORKER',
  ORGANISATION = 'ORGANISATION',
}
export const HONOUR_CATEGORY_LABELS = labelledEnum(HonourCategory, 'HonourCategory', '表彰类别', {
  MEMBER: '优秀共产党员',
  PARTY_WORKER: '优秀党务工作者',
  ORGANISATION: '先进基层党组织',
});
export const FOR_MEMBERS: readonly HonourCategory[] = [HonourCategory.MEMBER, HonourCategory.PARTY_WORKER];

/** A round takes nominations until the committee publishes its results (表彰名单). */
export enum HonourRoundStatus {
  OPEN = 'OPEN',
  PUBLISHED = 'PUBLISHED',
}
export const HONOUR_ROUND_STATUS_LABELS = labelledEnum(HonourRoundStatus, 'HonourRoundStatus', '表彰评选状态', { OPEN: '征集提名', PUBLISHED: '已公布' });

/** 已提交 → 审核通过 | 已驳回, by the committee. */
export enum NominationStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
export const NOMINATION_STATUS_LABELS = labelledEnum(NominationStatus, 'HonourNominationStatus', '提名状态', { SUBMITTED: '已提交', APPROVED: '审核通过', REJECTED: '已驳回' });

/** The kinds of eligibility check a round may carry, each with its parameter. */
export enum EligibilityRuleKind {
  NOT_DISQUALIFIED = 'NOT_DISQUALIFIED',
  NO_DISCIPLINE = 'NO_DISCIPLINE',
  MIN_POINTS = 'MIN_POINTS',
  MIN_STARS = 'MIN_STARS',
}
export const ELIGIBILITY_RULE_LABELS = labelledEnum(EligibilityRuleKind, 'HonourEligibilityRuleKind', '评选资格条件', {
  NOT_DISQUALIFIED: '所在单位未被取消评先资格',
  NO_DISCIPLINE: '不在党纪处分影响期内',
  MIN_POINTS: '年度积分不低于门槛',
  MIN_STARS: '星级不低于门槛',
});

/** 党纪处分 short of expulsion: each keeps a member from honours until its influence period ends. */
export enum DisciplineKind {
  WARNING = 'WARNING',
  SERIOUS_WARNING = 'SERIOUS_WARNING',
  REMOVAL_FROM_POST = 'REMOVAL_FROM_POST',
  PROBATION = 'PROBATION',
}
export const DISCIPLINE_KIND_LABELS = labelledEnum(DisciplineKind, 'DisciplineKind', '党纪处分种类', {
  WARNING: '警告',
  SERIOUS_WARNING: '严重警告',
  REMOVAL_FROM_POST: '撤销党内职务',
  PROBATION: '留党察看',
});
