import type { SweepFixtures } from '@zeren/shared-graphql';

const RULES = 'the accountability rules belong to no tenant (globalTable, committee writers); agencies are refused by permission';

/** Valid inputs for the isolation sweep: the committee's decisions on one agency's measure. */
export const accountabilitySweep: SweepFixtures = {
  mutations: {
    confirmAccountabilityMeasure: ({ own }) => ({ id: own('accountability_measure'), input: { note: '清扫确认', dueOn: '2099-12-31' } }),
    dismissAccountabilityMeasure: ({ own }) => ({ id: own('accountability_measure'), input: { reason: '清扫不予问责' } }),
  },
  committeeReach: { confirmAccountabilityMeasure: 'dispatch', dismissAccountabilityMeasure: 'dispatch' },
  unswept: {
    createAccountabilityRule: RULES,
    updateAccountabilityRule: RULES,
    proposeAccountabilityMeasures: 'takes no id: proposes into every agency with a result through one dispatch, the agency refused by permission (accountability-api.spec.ts)',
  },
};
