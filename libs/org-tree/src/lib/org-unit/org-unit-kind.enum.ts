import { registerEnumType } from 'type-graphql';

export enum OrgUnitKind {
  PARTY_GROUP = 'PARTY_GROUP',
  PARTY_COMMITTEE = 'PARTY_COMMITTEE',
  ORGAN_PARTY_COMMITTEE = 'ORGAN_PARTY_COMMITTEE',
  GENERAL_BRANCH = 'GENERAL_BRANCH',
  BRANCH = 'BRANCH',
  PARTY_CELL = 'PARTY_CELL',
  /** A temporary branch attached to a task force or a major project (四个在一线). */
  ACTION_BRANCH = 'ACTION_BRANCH',
}
registerEnumType(OrgUnitKind, {
  name: 'OrgUnitKind',
  description: '党组织类型',
  valuesConfig: {
    PARTY_GROUP: { description: '党组' },
    PARTY_COMMITTEE: { description: '党委' },
    ORGAN_PARTY_COMMITTEE: { description: '机关党委' },
    GENERAL_BRANCH: { description: '党总支' },
    BRANCH: { description: '党支部' },
    PARTY_CELL: { description: '党小组' },
    ACTION_BRANCH: { description: '行动支部' },
  },
});

export const KIND_LABELS: Record<OrgUnitKind, string> = {
  PARTY_GROUP: '党组',
  PARTY_COMMITTEE: '党委',
  ORGAN_PARTY_COMMITTEE: '机关党委',
  GENERAL_BRANCH: '党总支',
  BRANCH: '党支部',
  PARTY_CELL: '党小组',
  ACTION_BRANCH: '行动支部',
};

/** The kinds a tenant's single top-level organization may have. */
export const ROOT_KINDS: readonly OrgUnitKind[] = [OrgUnitKind.PARTY_GROUP, OrgUnitKind.PARTY_COMMITTEE, OrgUnitKind.ORGAN_PARTY_COMMITTEE];

/** Which kinds each kind may hold directly: a branch cannot hold a party committee. */
export const CHILD_KINDS: Record<OrgUnitKind, readonly OrgUnitKind[]> = {
  PARTY_GROUP: [OrgUnitKind.ORGAN_PARTY_COMMITTEE, OrgUnitKind.GENERAL_BRANCH, OrgUnitKind.BRANCH, OrgUnitKind.ACTION_BRANCH],
  PARTY_COMMITTEE: [
    OrgUnitKind.PARTY_COMMITTEE,
    OrgUnitKind.ORGAN_PARTY_COMMITTEE,
    OrgUnitKind.GENERAL_BRANCH,
    OrgUnitKind.BRANCH,
    OrgUnitKind.ACTION_BRANCH,
  ],
  ORGAN_PARTY_COMMITTEE: [OrgUnitKind.GENERAL_BRANCH, OrgUnitKind.BRANCH, OrgUnitKind.ACTION_BRANCH],
  GENERAL_BRANCH: [OrgUnitKind.BRANCH, OrgUnitKind.ACTION_BRANCH],
  BRANCH: [OrgUnitKind.PARTY_CELL],
  ACTION_BRANCH: [OrgUnitKind.PARTY_CELL],
  PARTY_CELL: [],
};

/** Depth of the deepest unit (the root is 0); bounds the materialized path's length. */
export const MAX_DEPTH = 7;
