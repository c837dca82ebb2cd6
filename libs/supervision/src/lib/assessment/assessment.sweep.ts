import type { SweepFixtures } from '@zeren/shared-graphql';
import { localYear } from '@zeren/shared-periods';

const GLOBAL = "the assessment scheme belongs to no tenant (globalTable, committee writers); agencies are refused by permission";
const EVERY_AGENCY = 'takes no id: writes every active agency’s rows through one dispatch, the agency refused by permission (assessment-api.spec.ts)';

/** Valid inputs for the isolation sweep (tools/isolation-sweep): 加减分 names one agency; the rest is global or year-wide. */
export const assessmentSweep: SweepFixtures = {
  mutations: {
    addAssessmentAdjustment: ({ own }) => ({ input: { tenantId: own('tenant'), year: localYear(), points: -1, reason: '清扫减分' } }),
    removeAssessmentAdjustment: ({ own }) => ({ id: own('assessment_adjustment') }),
  },
  // The committee's side of a dispatched row: agencies are refused by permission, a narrowed view writes nothing.
  committeeReach: { addAssessmentAdjustment: 'dispatch', removeAssessmentAdjustment: 'dispatch' },
  unswept: {
    createAssessmentScheme: GLOBAL,
    updateAssessmentScheme: GLOBAL,
    publishAssessmentScheme: GLOBAL,
    computeAssessment: EVERY_AGENCY,
    publishAssessmentResults: `${GLOBAL}; it publishes a year, no agency's row`,
  },
};
