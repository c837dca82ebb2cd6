import { OrgUnitKind } from '../org-unit/org-unit-kind.enum';
import { CadreKind, PostClass, type PostType } from './post-type.entity';

/** Codes the rules and figures refer to; names and flags live in the table. */
export const PostCode = {
  PARTY_GROUP: 'PARTY_GROUP',
  PARTY_GROUP_SECRETARY: 'PARTY_GROUP_SECRETARY',
  PARTY_GROUP_MEMBER: 'PARTY_GROUP_MEMBER',
  ORGAN_COMMITTEE: 'ORGAN_COMMITTEE',
  ORGAN_COMMITTEE_SECRETARY: 'ORGAN_COMMITTEE_SECRETARY',
  ORGAN_COMMITTEE_FULL_TIME_DEPUTY: 'ORGAN_COMMITTEE_FULL_TIME_DEPUTY',
  BRANCH: 'BRANCH',
  BRANCH_SECRETARY: 'BRANCH_SECRETARY',
  GENERAL_BRANCH_SECRETARY: 'GENERAL_BRANCH_SECRETARY',
  CELL_LEADER: 'CELL_LEADER',
  PARTY_MEMBER: 'PARTY_MEMBER',
  DEPUTY_SECRETARY: 'DEPUTY_SECRETARY',
  COMMITTEE_MEMBER: 'COMMITTEE_MEMBER',
  ORGANIZATION_MEMBER: 'ORGANIZATION_MEMBER',
  PUBLICITY_MEMBER: 'PUBLICITY_MEMBER',
  DISCIPLINE_MEMBER: 'DISCIPLINE_MEMBER',
  FULL_TIME_CADRE: 'FULL_TIME_CADRE',
  PART_TIME_CADRE: 'PART_TIME_CADRE',
} as const;
export type PostCode = (typeof PostCode)[keyof typeof PostCode];

const TOP = [OrgUnitKind.PARTY_GROUP, OrgUnitKind.PARTY_COMMITTEE];
const ORGAN = [OrgUnitKind.ORGAN_PARTY_COMMITTEE];
const BRANCHES = [OrgUnitKind.GENERAL_BRANCH, OrgUnitKind.BRANCH, OrgUnitKind.ACTION_BRANCH, OrgUnitKind.PARTY_CELL];
const COMMITTEES = [...TOP, ...ORGAN, OrgUnitKind.GENERAL_BRANCH, OrgUnitKind.BRANCH, OrgUnitKind.ACTION_BRANCH];
/** A 党支部书记 leads a 党支部 (or an action branch, which is one); a 党总支 and a 党小组 have their own heads. */
const BRANCH_ONLY = [OrgUnitKind.BRANCH, OrgUnitKind.ACTION_BRANCH];
// 党内规矩 as data: who may hold a post. An elected post of a unit's committee is held by a full member
// (预备党员 have neither the right to vote nor to be elected) of that unit or one below it.
const ELECTED = { fullMembersOnly: true, holderWithinUnit: true };

type Row = Omit<PostType, 'sortOrder'>;
const LATER_ORDER: Record<string, number> = { GENERAL_BRANCH_SECRETARY: 82, CELL_LEADER: 84 };
const row = (code: PostCode, name: string, postClass: PostClass, flags: Partial<Row> = {}): Row => ({
  code,
  name,
  postClass,
  ninePost: false,
  assignable: postClass === PostClass.INDIVIDUAL,
  secretary: false,
  cadre: null,
  unitKinds: null,
  fullMembersOnly: false,
  holderWithinUnit: false,
  ...flags,
});

/** The catalogue a new database starts with: the nine posts of DESIGN.md, then the others. */
export const POST_CATALOGUE: PostType[] = [
  row(PostCode.PARTY_GROUP, '党组(党委)', PostClass.ORGANIZATION, { ninePost: true, unitKinds: TOP }),
  row(PostCode.PARTY_GROUP_SECRETARY, '党组(党委)书记', PostClass.INDIVIDUAL, { ninePost: true, secretary: true, unitKinds: TOP, ...ELECTED }),
  row(PostCode.PARTY_GROUP_MEMBER, '党组(党委)班子成员', PostClass.INDIVIDUAL, { ninePost: true, unitKinds: TOP, ...ELECTED }),
  row(PostCode.ORGAN_COMMITTEE, '机关党委', PostClass.ORGANIZATION, { ninePost: true, unitKinds: ORGAN }),
  row(PostCode.ORGAN_COMMITTEE_SECRETARY, '机关党委书记', PostClass.INDIVIDUAL, { ninePost: true, secretary: true, unitKinds: ORGAN, ...ELECTED }),
  row(PostCode.ORGAN_COMMITTEE_FULL_TIME_DEPUTY, '机关党委专职副书记', PostClass.INDIVIDUAL, {
    ninePost: true,
    cadre: CadreKind.FULL_TIME,
    unitKinds: ORGAN,
    ...ELECTED,
  }),
  row(PostCode.BRANCH, '党支部', PostClass.ORGANIZATION, { ninePost: true, unitKinds: BRANCHES }),
  row(PostCode.BRANCH_SECRETARY, '党支部书记', PostClass.INDIVIDUAL, { ninePost: true, secretary: true, unitKinds: BRANCH_ONLY, ...ELECTED }),
  // Every member holds it by being one: not assigned.
  row(PostCode.PARTY_MEMBER, '党员', PostClass.INDIVIDUAL, { ninePost: true, assignable: false }),
  row(PostCode.DEPUTY_SECRETARY, '副书记', PostClass.INDIVIDUAL, { unitKinds: COMMITTEES, ...ELECTED }),
  row(PostCode.COMMITTEE_MEMBER, '委员', PostClass.INDIVIDUAL, { unitKinds: COMMITTEES, ...ELECTED }),
  row(PostCode.ORGANIZATION_MEMBER, '组织委员', PostClass.INDIVIDUAL, { unitKinds: COMMITTEES, ...ELECTED }),
  row(PostCode.PUBLICITY_MEMBER, '宣传委员', PostClass.INDIVIDUAL, { unitKinds: COMMITTEES, ...ELECTED }),
  row(PostCode.DISCIPLINE_MEMBER, '纪检委员', PostClass.INDIVIDUAL, { unitKinds: COMMITTEES, ...ELECTED }),
  row(PostCode.FULL_TIME_CADRE, '专职党务干部', PostClass.INDIVIDUAL, { cadre: CadreKind.FULL_TIME }),
  row(PostCode.PART_TIME_CADRE, '兼职党务干部', PostClass.INDIVIDUAL, { cadre: CadreKind.PART_TIME }),
  // Added later (migration 1764500000000); listed beside 党支部书记 by their order.
  row(PostCode.GENERAL_BRANCH_SECRETARY, '党总支书记', PostClass.INDIVIDUAL, { secretary: true, unitKinds: [OrgUnitKind.GENERAL_BRANCH], ...ELECTED }),
  row(PostCode.CELL_LEADER, '党小组组长', PostClass.INDIVIDUAL, { secretary: true, unitKinds: [OrgUnitKind.PARTY_CELL], ...ELECTED }),
].map((r, i) => ({ ...r, sortOrder: LATER_ORDER[r.code] ?? (i + 1) * 10 }));

