import type { SweepFixtures } from '@zeren/shared-graphql';
import { localDateOf } from '@zeren/shared-periods';

const session = ({ own }: { own: (table: string, column?: string) => string }) => ({
  kind: 'STAGE',
  topic: '清扫主题',
  heldOn: localDateOf(new Date()),
  place: '清扫地点',
  speakerIds: [own('party_member')],
  notes: '',
  fileIds: [own('stored_file')],
});
const attendance = ({ own }: { own: (table: string, column?: string) => string }) => ({ attendeeIds: [own('party_member')], speakerIds: [own('party_member')] });

/** Valid inputs for the isolation sweep (tools/isolation-sweep): an agency's 讲台活动. */
export const activitySweep: SweepFixtures = {
  mutations: {
    planStageActivity: (ids) => ({ input: { ...session(ids), unitId: ids.own('org_unit') } }),
    updateStageActivity: (ids) => ({ id: ids.own('stage_activity'), input: session(ids) }),
    holdStageActivity: (ids) => ({ id: ids.own('stage_activity'), input: attendance(ids) }),
    correctStageActivityAttendance: (ids) => ({ id: ids.own('stage_activity'), input: attendance(ids) }),
    runAutomaticPoints: () => ({ month: localDateOf(new Date()).slice(0, 7) }),
    cancelStageActivity: ({ own }) => ({ id: own('stage_activity'), input: { reason: '清扫取消' } }),
  },
};
