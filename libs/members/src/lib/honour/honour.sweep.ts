import type { SweepFixtures } from '@zeren/shared-graphql';
import { localDateOf } from '@zeren/shared-periods';

const ROUNDS = 'the rounds belong to no tenant (globalTable, committee writers); agencies are refused by permission (honours-api.spec.ts)';
const today = () => localDateOf(new Date());

/**
 * Valid inputs for the isolation sweep: the committee's review of an agency's nomination, the agency's
 * outside honours and discipline records (the sweep's own member sits in its own unit, as 讲台活动's fixtures rely on too).
 */
export const honourSweep: SweepFixtures = {
  mutations: {
    approveHonourNomination: ({ own }) => ({ id: own('honour_nomination') }),
    rejectHonourNomination: ({ own }) => ({ id: own('honour_nomination'), input: { reason: '清扫驳回' } }),
    recordOutsideHonour: ({ own }) => ({ input: { category: 'MEMBER', level: 'PROVINCIAL', memberId: own('party_member'), unitId: own('org_unit'), title: '清扫荣誉', conferredBy: '清扫机关', conferredOn: today() } }),
    removeOutsideHonour: ({ own }) => ({ id: own('outside_honour') }),
    recordDiscipline: ({ own }) => ({ input: { memberId: own('party_member'), kind: 'WARNING', decidedOn: today(), influenceEndsOn: today(), note: '清扫说明' } }),
    removeDiscipline: ({ own }) => ({ id: own('discipline_record') }),
  },
  committeeReach: { approveHonourNomination: 'dispatch', rejectHonourNomination: 'dispatch' },
  unswept: {
    createHonourRound: ROUNDS,
    updateHonourRound: ROUNDS,
    publishHonourRound: ROUNDS,
    nominateForHonour:
      'its roundId names a global round the sweep has no own() for; a nomination naming another agency\'s member or unit is NOT_FOUND and saves nothing (honours-api.spec.ts "agency B never nominates nor reads A\'s")',
  },
};
