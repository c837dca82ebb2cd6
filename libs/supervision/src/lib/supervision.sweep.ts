import type { SweepFixtures } from '@zeren/shared-graphql';
import { DAY_MS, localDateOf, localYear } from '@zeren/shared-periods';

const GLOBAL = "the committee's campaigns, teams and categories belong to no tenant (globalTable, committee writers); agencies are refused by permission";
const later = (days: number) => localDateOf(new Date(Date.now() + days * DAY_MS));

/** Valid inputs for the isolation sweep (tools/isolation-sweep): findings, visits, rectifications and extensions. */
export const inspectionSweep: SweepFixtures = {
  mutations: {
    // The agency's side of its rectification.
    planRectification: ({ own }) => ({ id: own('rectification'), input: { measures: '清扫措施', responsibleMemberId: own('party_member') } }),
    reportRectification: ({ own }) => ({ id: own('rectification'), input: { report: '清扫整改', fileIds: [own('stored_file')] } }),
    requestRectificationExtension: ({ own }) => ({ id: own('rectification'), input: { toDueOn: later(90), reason: '清扫延期' } }),
    // The committee's side: agencies are refused by permission, the committee's narrowed view finds no other agency's row.
    updateInspectionVisit: ({ own }) => ({ id: own('inspection_visit'), input: { visitedOn: `${localYear()}-01-02`, notes: '清扫走访' } }),
    removeInspectionVisit: ({ own }) => ({ id: own('inspection_visit') }),
    removeInspectionFinding: ({ own }) => ({ id: own('inspection_finding') }),
    verifyRectification: ({ own }) => ({ id: own('rectification'), input: { pass: false, comment: '清扫' } }),
    closeRectification: ({ own }) => ({ id: own('rectification'), input: { note: '清扫回访' } }),
    decideRectificationExtension: ({ own }) => ({ id: own('rectification_extension'), input: { approve: false, comment: '清扫' } }),
  },
  committeeReach: {
    updateInspectionVisit: 'dispatch',
    removeInspectionVisit: 'dispatch',
    removeInspectionFinding: 'dispatch',
    verifyRectification: 'dispatch',
    closeRectification: 'dispatch',
    decideRectificationExtension: 'dispatch',
  },
  unswept: {
    addFindingCategory: GLOBAL,
    updateFindingCategory: GLOBAL,
    retireFindingCategory: GLOBAL,
    createInspectionCampaign: GLOBAL,
    updateInspectionCampaign: GLOBAL,
    startInspectionCampaign: GLOBAL,
    closeInspectionCampaign: GLOBAL,
    saveInspectionTeam: `${GLOBAL}; its agencies are checked as active agencies (inspection-api.spec.ts)`,
    removeInspectionTeam: GLOBAL,
    recordInspectionFinding: `${GLOBAL}; it also names a global category, which own() cannot hand out: the visit's agency and the narrowed view's NOT_FOUND are asserted in inspection-api.spec.ts`,
    recordInspectionVisit: `${GLOBAL}; it names the agency it writes into, checked as an active agency, and is asserted in inspection-api.spec.ts`,
  },
};
