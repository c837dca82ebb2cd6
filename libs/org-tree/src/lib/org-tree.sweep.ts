import type { SweepFixtures } from '@zeren/shared-graphql';
import { CHILD_KINDS, OrgUnitKind } from './org-unit/org-unit-kind.enum';
import { Gender } from './member/party-member.entity';
import { MEMBER_COLUMNS, buildMemberSheet } from './member/member-import.service';
import { PostCode } from './post/post-type.catalogue';

/** A kind the unit may hold that needs no action-branch fields. */
const childKindOf = (parentKind: string): OrgUnitKind =>
  CHILD_KINDS[parentKind as OrgUnitKind].find((k) => k !== OrgUnitKind.ACTION_BRANCH) ?? OrgUnitKind.PARTY_CELL;

/** Valid inputs for the isolation sweep (tools/isolation-sweep): units, members and posts. */
export const orgTreeSweep: SweepFixtures = {
  mutations: {
    createOrgUnit: ({ own, unique }) => ({
      input: { parentId: own('org_unit'), kind: childKindOf(own('org_unit', 'kind')), name: `清扫组织${unique}`, code: unique },
    }),
    updateOrgUnit: ({ own }) => ({ id: own('org_unit'), input: { sortOrder: 990 } }),
    // The same unit twice is refused (CONFLICT) only after both ids have been fetched.
    moveOrgUnit: ({ own }) => ({ id: own('org_unit'), parentId: own('org_unit') }),
    dissolveOrgUnit: ({ own }) => ({ id: own('org_unit') }),
    restoreOrgUnit: ({ own }) => ({ id: own('org_unit') }),
    createPartyMember: ({ own }) => ({ input: { unitId: own('org_unit'), userId: own('user'), name: '清扫党员', gender: Gender.FEMALE } }),
    updatePartyMember: ({ own }) => ({ id: own('party_member'), input: { jobTitle: '清扫科员' } }),
    transferPartyMember: ({ own }) => ({ id: own('party_member'), input: { toUnitId: own('org_unit') } }),
    importPartyMembers: async ({ own }) => {
      const row = Object.fromEntries(MEMBER_COLUMNS.map((c) => [c.header, c.key === 'unitCode' ? own('org_unit', 'code') : c.example]));
      return { fileBase64: (await buildMemberSheet([row])).toString('base64') };
    },
    // A post any unit kind may hold, assignable to a person.
    assignPost: ({ own }) => ({ input: { memberId: own('party_member'), unitId: own('org_unit'), postCode: PostCode.PART_TIME_CADRE } }),
    endPostAssignment: ({ own }) => ({ id: own('post_assignment') }),
    createPostType: ({ unique }) => ({ input: { code: `SWEEP_${unique}`, name: '清扫岗位' } }),
    updatePostType: () => ({ code: PostCode.PART_TIME_CADRE, input: { sortOrder: 990 } }),
  },
};
