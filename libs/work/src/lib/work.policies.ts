import { dispatchable, globalTable } from '@zeren/tenancy';
import { WorkPlan, WorkPoint } from './plan/work-plan.entity';
import { TaskDeadlineChange, WorkTask } from './task/work-task.entity';
import { TaskReceipt } from './task/task-receipt.entity';
import { BreakthroughProject } from './project/breakthrough-project.entity';
import { ProjectStatus as P, ReceiptStatus as R } from './work.enums';

// The key points and the tasks are the committee's: every agency reads them, only the committee writes.
globalTable(WorkPlan, { writers: 'committee' });
globalTable(WorkPoint, { writers: 'committee' });
globalTable(WorkTask, { writers: 'committee' });
globalTable(TaskDeadlineChange, { writers: 'committee' });

// Sending writes every target agency's receipt in one statement; the agency answers, the committee reviews.
dispatchable(TaskReceipt, {
  committeeFields: ['taskId', 'issuedAt', 'reviewComment', 'reviewedAt', 'reviewedById'],
  agencyFields: ['signedAt', 'signedById', 'response', 'evidence', 'firstReportedAt', 'reportedAt', 'reportedById', 'reportCount', 'late'],
  state: {
    field: 'status',
    initial: R.UNSIGNED,
    transitions: [
      { from: R.UNSIGNED, to: R.SIGNED, by: 'agency' },
      { from: R.SIGNED, to: R.IN_PROGRESS, by: 'agency' },
      { from: R.IN_PROGRESS, to: R.REPORTED, by: 'agency' },
      { from: R.REPORTED, to: R.APPROVED, by: 'committee' },
      { from: R.REPORTED, to: R.RETURNED, by: 'committee' },
      { from: R.RETURNED, to: R.IN_PROGRESS, by: 'agency' },
    ],
  },
});

// The agency files a project and reports on it; the committee approves it, accepts it, closes or ends it.
dispatchable(BreakthroughProject, {
  createdBy: 'agency',
  agencyFields: ['year', 'unitId', 'secretaryMemberId', 'title', 'category', 'problem', 'measures', 'expectedOutcome', 'proposal', 'appliedAt', 'outcome', 'acceptanceRequestedAt', 'createdById'],
  committeeFields: ['necessityScore', 'timelinessScore', 'leverageScore', 'reviewComment', 'approvedAt', 'reviewedById', 'acceptanceScore', 'acceptanceComment', 'closedAt', 'terminationReason', 'terminatedAt'],
  state: {
    field: 'status',
    initial: P.DRAFT,
    transitions: [
      { from: P.DRAFT, to: P.APPLIED, by: 'agency' },
      { from: P.RETURNED, to: P.APPLIED, by: 'agency' },
      { from: P.APPLIED, to: P.IMPLEMENTING, by: 'committee' },
      { from: P.APPLIED, to: P.RETURNED, by: 'committee' },
      { from: P.IMPLEMENTING, to: P.ACCEPTANCE, by: 'agency' },
      { from: P.ACCEPTANCE, to: P.CLOSED, by: 'committee' },
      { from: P.ACCEPTANCE, to: P.IMPLEMENTING, by: 'committee' },
      { from: P.IMPLEMENTING, to: P.TERMINATED, by: 'committee' },
      { from: P.ACCEPTANCE, to: P.TERMINATED, by: 'committee' },
    ],
  },
});
