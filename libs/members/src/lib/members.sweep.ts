import type { SweepFixtures } from '@zeren/shared-graphql';
import { localDateOf, localYear } from '@zeren/shared-periods';

const rule = () => ({ category: '清扫类别', name: '清扫规则', points: 1, evidenceRequired: false, awarder: 'BOTH', mode: 'DECLARED' });
const entry = ({ own }: { own: (table: string, column?: string) => string }) => ({ ruleId: own('agency_points_rule'), occurredOn: localDateOf(new Date()), note: '清扫事由', fileIds: [own('stored_file')] });

/** Valid inputs for the isolation sweep (tools/isolation-sweep): an agency's rules and its points ledger. */
export const membersSweep: SweepFixtures = {
  mutations: {
    createPointsRule: () => ({ input: { ...rule(), year: localYear() + 1 } }),
    updatePointsRule: ({ own }) => ({ id: own('agency_points_rule'), input: rule() }),
    removePointsRule: ({ own }) => ({ id: own('agency_points_rule') }),
    copyPointsRules: () => ({ input: { year: localYear() + 1 } }),
    declarePoints: (ids) => ({ input: entry(ids) }),
    awardPoints: (ids) => ({ input: { ...entry(ids), memberId: ids.own('party_member') } }),
    approvePointsEntry: ({ own }) => ({ id: own('points_entry') }),
    rejectPointsEntry: ({ own }) => ({ id: own('points_entry'), input: { reason: '清扫驳回' } }),
    appealPointsEntry: ({ own }) => ({ id: own('points_entry'), input: { reason: '清扫申诉' } }),
    reversePointsEntry: ({ own }) => ({ id: own('points_entry'), input: { reason: '清扫冲正' } }),
    archivePointsYear: () => ({ year: localYear() - 1 }),
  },
};
