import type { SweepFixtures } from '@zeren/shared-graphql';
import { localYear } from '@zeren/shared-periods';

const GLOBAL = "the committee's key points and tasks belong to no tenant (globalTable, committee writers); agencies are refused by permission";

const project = ({ own }: { own: (table: string, column?: string) => string }) => ({
  year: localYear(),
  secretaryMemberId: own('party_member'),
  title: '清扫突破项目',
  category: 'VENUE',
  problem: '清扫问题',
  measures: '清扫措施',
  expectedOutcome: '清扫成效',
  milestones: [{ title: '清扫节点', dueOn: `${localYear()}-12-31` }],
  proposalFileIds: [own('stored_file')],
});

/** Valid inputs for the isolation sweep (tools/isolation-sweep): receipts, projects, milestones and progress. */
export const workSweep: SweepFixtures = {
  mutations: {
    signTaskReceipt: ({ own }) => ({ id: own('task_receipt') }),
    startTaskReceipt: ({ own }) => ({ id: own('task_receipt') }),
    saveTaskResponse: ({ own }) => ({ id: own('task_receipt'), input: { response: '清扫办理', fileIds: [own('stored_file')] } }),
    reportTaskReceipt: ({ own }) => ({ id: own('task_receipt'), input: { response: '清扫报送', fileIds: [own('stored_file')] } }),
    // The caller's own member, found, is refused as no 党组(党委)书记 (BAD_USER_INPUT); a foreign one is NOT_FOUND.
    createBreakthroughProject: (ids) => ({ input: project(ids) }),
    updateBreakthroughProject: (ids) => ({ id: ids.own('breakthrough_project'), input: project(ids) }),
    removeBreakthroughProject: ({ own }) => ({ id: own('breakthrough_project') }),
    applyBreakthroughProject: ({ own }) => ({ id: own('breakthrough_project') }),
    reportProjectProgress: ({ own }) => ({ projectId: own('breakthrough_project'), input: { content: '清扫进展', fileIds: [own('stored_file')] } }),
    setProjectMilestoneDone: ({ own }) => ({ id: own('project_milestone'), doneOn: `${localYear()}-01-02` }),
    requestProjectAcceptance: ({ own }) => ({ id: own('breakthrough_project'), input: { outcome: '清扫成效' } }),
    // The committee's side: agencies are refused by permission, the committee's narrowed view finds no other agency's row.
    reviewTaskReceipt: ({ own }) => ({ id: own('task_receipt'), input: { approve: false, comment: '清扫退回' } }),
    reviewBreakthroughProject: ({ own }) => ({ id: own('breakthrough_project'), input: { approve: false, comment: '清扫退回' } }),
    acceptBreakthroughProject: ({ own }) => ({ id: own('breakthrough_project'), input: { pass: false, comment: '清扫' } }),
    terminateBreakthroughProject: ({ own }) => ({ id: own('breakthrough_project'), input: { reason: '清扫' } }),
  },
  committeeReach: {
    reviewTaskReceipt: 'dispatch',
    reviewBreakthroughProject: 'dispatch',
    acceptBreakthroughProject: 'dispatch',
    terminateBreakthroughProject: 'dispatch',
  },
  unswept: {
    createWorkPlan: GLOBAL,
    renameWorkPlan: GLOBAL,
    publishWorkPlan: GLOBAL,
    addWorkPoint: GLOBAL,
    updateWorkPoint: GLOBAL,
    removeWorkPoint: GLOBAL,
    createWorkTask: `${GLOBAL}; chosen agencies are checked as active agencies (work-api.spec.ts)`,
    updateWorkTask: GLOBAL,
    removeWorkTask: GLOBAL,
    sendWorkTask: `${GLOBAL}; its dispatch into each target agency is asserted in work-api.spec.ts`,
    recallWorkTask: `${GLOBAL}; withdraws only that task's receipts (work-api.spec.ts)`,
    amendWorkTaskDeadline: GLOBAL,
  },
};
