import type { SweepFixtures } from '@zeren/shared-graphql';
import { institutionSweep } from './institution/institution.sweep';
import { PostCode } from '@zeren/org-tree';
import { currentYear } from './list/current-template';

/** An organisation duty of a branch, due yearly: it falls on the unit the sweep hands an agency's callers. */
const spec = (title: string) => ({
  level: 'BRANCH',
  postCode: PostCode.BRANCH,
  area: '组织建设',
  title,
  content: '清扫事项',
  requirement: '清扫要求',
  cadence: 'YEAR',
  dueOffsetDays: 0,
  minEvidence: 0,
  weight: 1,
  supervisor: '机关党委',
});

const GLOBAL = "the committee's template tables belong to no tenant (globalTable, committee writers); agencies are refused by permission";

/** Valid inputs for the isolation sweep (tools/isolation-sweep): lists, own items and fulfilment records. */
export const responsibilitySweep: SweepFixtures = {
  mutations: {
    addAgencyDuty: ({ own, unique }) => ({ listId: own('agency_duty_list'), input: spec(`清扫自定事项${unique}`) }),
    updateAgencyDuty: ({ own, unique }) => ({ id: own('agency_duty_item'), input: spec(`清扫修改${unique}`) }),
    removeAgencyDuty: ({ own }) => ({ id: own('agency_duty_item') }),
    submitFulfilmentRecord: ({ own }) => ({
      input: {
        dutyId: own('agency_duty_item'),
        periodKey: String(currentYear()),
        unitId: own('org_unit'),
        // An organisation duty takes no member: a valid one is refused as such once it is found.
        memberId: own('party_member'),
        content: '清扫纪实',
        happenedOn: `${currentYear()}-01-15`,
        fileIds: [own('stored_file')],
      },
    }),
    correctFulfilmentRecord: ({ own }) => ({
      id: own('fulfilment_record'),
      input: { content: '清扫更正', happenedOn: `${currentYear()}-01-16`, fileIds: [own('stored_file')], reason: '清扫' },
    }),
    reviewFulfilmentRecord: ({ own }) => ({ id: own('fulfilment_record'), accept: true }),
    ...institutionSweep.mutations,
  },
  unswept: {
    createDutyTemplate: GLOBAL,
    updateDutyTemplate: GLOBAL,
    addDutyItem: GLOBAL,
    updateDutyItem: GLOBAL,
    removeDutyItem: GLOBAL,
    publishDutyTemplate: `${GLOBAL}; its dispatch into every agency is asserted in responsibility-api.spec.ts`,
    issueMissingDutyLists: `${GLOBAL}; dispatches only into agencies without the list (responsibility-api.spec.ts)`,
    tightenDuty: "takes a template item's id (global: every agency may tighten any mandated item); the tightening row is the caller's own, stamped with its tenant",
    clearDutyTightening: "takes a template item's id (global); deletes only the caller's own tightening row",
    ...institutionSweep.unswept,
  },
};
