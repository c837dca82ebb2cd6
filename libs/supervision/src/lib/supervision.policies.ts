import { dispatchable, globalTable } from '@zeren/tenancy';
import { FindingCategory, InspectionCampaign, InspectionFinding, InspectionTeam, InspectionVisit } from './inspection/inspection.entity';
import { Rectification, RectificationExtension } from './rectification/rectification.entity';
import { CadenceReport } from './cadence/cadence-report.entity';
import { ExtensionStatus as E, RectificationStatus as R } from './supervision.enums';

// The campaign, its teams and the problem categories are the committee's; every agency reads them.
globalTable(FindingCategory, { writers: 'committee' });
globalTable(InspectionCampaign, { writers: 'committee' });
globalTable(InspectionTeam, { writers: 'committee' });
globalTable(CadenceReport, { writers: 'committee' });

// What the inspectors saw and found is written by the committee into the agency, which reads it.
dispatchable(InspectionVisit, { committeeFields: ['campaignId', 'teamId', 'visitedOn', 'notes', 'createdById'], agencyFields: [] });
dispatchable(InspectionFinding, {
  committeeFields: ['campaignId', 'year', 'visitId', 'categoryId', 'severity', 'description', 'repeatOfId', 'createdById'],
  agencyFields: [],
});

// The rectification: the agency plans, works and reports; the committee verifies and closes.
dispatchable(Rectification, {
  committeeFields: ['year', 'source', 'sourceId', 'categoryId', 'problem', 'dueOn', 'dueAt', 'failedCount', 'verifyComment', 'verifiedAt', 'verifiedById', 'closeNote', 'closedAt', 'closedById', 'issuedById'],
  agencyFields: ['measures', 'responsibleMemberId', 'responsiblePostCode', 'report', 'evidence', 'startedAt', 'firstRectifiedAt', 'rectifiedAt', 'rectifiedById', 'late'],
  state: {
    field: 'status',
    initial: R.PENDING,
    transitions: [
      { from: R.PENDING, to: R.IN_PROGRESS, by: 'agency' },
      { from: R.IN_PROGRESS, to: R.RECTIFIED, by: 'agency' },
      { from: R.RECTIFIED, to: R.VERIFIED, by: 'committee' },
      { from: R.RECTIFIED, to: R.IN_PROGRESS, by: 'committee' },
      { from: R.VERIFIED, to: R.CLOSED, by: 'committee' },
    ],
  },
});

// An extension is the agency's request and the committee's decision.
dispatchable(RectificationExtension, {
  createdBy: 'agency',
  agencyFields: ['rectificationId', 'fromDueOn', 'toDueOn', 'reason', 'requestedById'],
  committeeFields: ['decisionComment', 'decidedAt', 'decidedById'],
  state: {
    field: 'status',
    initial: E.REQUESTED,
    transitions: [
      { from: E.REQUESTED, to: E.APPROVED, by: 'committee' },
      { from: E.REQUESTED, to: E.REJECTED, by: 'committee' },
    ],
  },
});
