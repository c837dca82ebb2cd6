import { registerEnumType } from 'type-graphql';
import { Cadence } from '@zeren/shared-periods';
import { OrgUnitKind, PostCode } from '@zeren/org-tree';

/** 三级: the three levels of party organization a duty belongs to. */
export enum DutyLevel {
  PARTY_GROUP = 'PARTY_GROUP',
  ORGAN_COMMITTEE = 'ORGAN_COMMITTEE',
  BRANCH = 'BRANCH',
}
registerEnumType(DutyLevel, {
  name: 'DutyLevel',
  description: '责任层级(三级)',
  valuesConfig: { PARTY_GROUP: { description: '党组(党委)' }, ORGAN_COMMITTEE: { description: '机关党委' }, BRANCH: { description: '党支部' } },
});

export const DUTY_LEVEL_LABELS: Readonly<Record<DutyLevel, string>> = {
  PARTY_GROUP: '党组(党委)',
  ORGAN_COMMITTEE: '机关党委',
  BRANCH: '党支部',
};

/** The organizations a level's duties fall on, unless an item names fewer. */
export const LEVEL_UNIT_KINDS: Readonly<Record<DutyLevel, readonly OrgUnitKind[]>> = {
  PARTY_GROUP: [OrgUnitKind.PARTY_GROUP, OrgUnitKind.PARTY_COMMITTEE],
  ORGAN_COMMITTEE: [OrgUnitKind.ORGAN_PARTY_COMMITTEE],
  BRANCH: [OrgUnitKind.GENERAL_BRANCH, OrgUnitKind.BRANCH, OrgUnitKind.ACTION_BRANCH],
};

/** Where each of the nine posts sits; other posts of the catalogue may be bound at any level their unit kinds allow. */
export const LEVEL_OF_NINE_POSTS: Readonly<Record<string, DutyLevel>> = {
  [PostCode.PARTY_GROUP]: DutyLevel.PARTY_GROUP,
  [PostCode.PARTY_GROUP_SECRETARY]: DutyLevel.PARTY_GROUP,
  [PostCode.PARTY_GROUP_MEMBER]: DutyLevel.PARTY_GROUP,
  [PostCode.ORGAN_COMMITTEE]: DutyLevel.ORGAN_COMMITTEE,
  [PostCode.ORGAN_COMMITTEE_SECRETARY]: DutyLevel.ORGAN_COMMITTEE,
  [PostCode.ORGAN_COMMITTEE_FULL_TIME_DEPUTY]: DutyLevel.ORGAN_COMMITTEE,
  [PostCode.BRANCH]: DutyLevel.BRANCH,
  [PostCode.BRANCH_SECRETARY]: DutyLevel.BRANCH,
  [PostCode.PARTY_MEMBER]: DutyLevel.BRANCH,
};

// The periods helper's cadences, registered for GraphQL once here (shared-periods leaves that to its callers).
registerEnumType(Cadence, {
  name: 'Cadence',
  description: '履责周期',
  valuesConfig: {
    YEAR: { description: '每年' },
    HALF: { description: '每半年' },
    QUARTER: { description: '每季度' },
    MONTH: { description: '每月' },
    WEEK: { description: '每周' },
    ONCE: { description: '一次性' },
  },
});

// Evidence kinds are libs/files' (a task's evidence takes the same ones).
export { EvidenceKind } from '@zeren/files';
