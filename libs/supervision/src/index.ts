import './lib/supervision.policies';
import './lib/review/review.policies';
import './lib/assessment/assessment.policies';
import './lib/accountability/accountability.policies';
import { mergeSweeps, type ZerenModule } from '@zeren/api';
import { FindingCategory, InspectionCampaign, InspectionFinding, InspectionTeam, InspectionVisit } from './lib/inspection/inspection.entity';
import { Rectification, RectificationExtension } from './lib/rectification/rectification.entity';
import { CadenceReport } from './lib/cadence/cadence-report.entity';
import { FindingCategoryResolver, InspectionCampaignResolver, InspectionFindingResolver, InspectionTeamResolver, InspectionVisitResolver } from './lib/inspection/inspection.resolver';
import { RectificationExtensionResolver, RectificationResolver } from './lib/rectification/rectification.resolver';
import { SupervisionFiguresResolver } from './lib/figures/supervision-figures.resolver';
import { SupervisionExportResolver } from './lib/export/supervision-export.resolver';
import { Supervision1765000000000 } from './lib/migrations/1765000000000-supervision.migration';
import { INSPECTION_GRANTS } from './lib/supervision.permissions';
import { supervisionMessages } from './lib/supervision.messages.en';
import { supervisionSeeder } from './lib/seed/supervision.seeder';
import { AssessmentScheme } from './lib/assessment/assessment-scheme.entity';
import { AssessmentResult } from './lib/assessment/assessment-result.entity';
import { AssessmentAdjustment } from './lib/assessment/assessment-adjustment.entity';
import { AccountabilityRule } from './lib/accountability/accountability-rule.entity';
import { AccountabilityMeasure } from './lib/accountability/accountability-measure.entity';
import { Assessment1765000020000 } from './lib/migrations/1765000020000-assessment.migration';
import { AssessmentAdjustmentResolver, AssessmentResultResolver, AssessmentSchemeResolver } from './lib/assessment/assessment.resolver';
import { AccountabilityMeasureResolver, AccountabilityRuleResolver } from './lib/accountability/accountability.resolver';
import { ASSESSMENT_GRANTS } from './lib/assessment/assessment.permissions';
import { ACCOUNTABILITY_GRANTS } from './lib/accountability/accountability.permissions';
import { assessmentMessages } from './lib/assessment/assessment.messages.en';
import { assessmentSweep } from './lib/assessment/assessment.sweep';
import { accountabilitySweep } from './lib/accountability/accountability.sweep';
import { assessmentTodos } from './lib/accountability/accountability.todos';
import { inspectionSweep } from './lib/supervision.sweep';
import { inspectionTodos } from './lib/supervision.todos';
import { inspectionReminders } from './lib/supervision.reminders';
import { CadenceResolver } from './lib/cadence/cadence.resolver';
import { cadenceSweep } from './lib/cadence/cadence.sweep';
import { ReviewGroup, ReviewSession } from './lib/review/review-session.entity';
import { ReviewComment, ReviewParticipant, ReviewRating } from './lib/review/review-participant.entity';
import { Review1765000010000 } from './lib/migrations/1765000010000-review.migration';
import { ReviewCommentResolver, ReviewGroupResolver, ReviewParticipantResolver, ReviewSessionResolver } from './lib/review/review.resolver';
import { REVIEW_GRANTS } from './lib/review/review.permissions';
import { reviewMessages } from './lib/review/review.messages.en';
import { reviewSweep } from './lib/review/review.sweep';
import { reviewTodos } from './lib/review/review.todos';
import { reviewReminders } from './lib/review/review.reminders';

export { FindingCategory, InspectionCampaign, InspectionFinding, InspectionTeam, InspectionVisit } from './lib/inspection/inspection.entity';
export { Rectification, RectificationExtension } from './lib/rectification/rectification.entity';
export { CadenceReport } from './lib/cadence/cadence-report.entity';
export { CadenceService } from './lib/cadence/cadence.service';
export { CadenceContent, CadenceGrouping } from './lib/cadence/cadence-content.type';
export * from './lib/supervision.enums';
export { SupervisionPermission } from './lib/supervision.permissions';
export { FINDING_CATEGORIES, ensureFindingCategories } from './lib/inspection/finding-category.catalogue';
export { ReviewGroup, ReviewSession, ReviewGrade } from './lib/review/review-session.entity';
export { ReviewComment, ReviewParticipant, ReviewRating } from './lib/review/review-participant.entity';
export { ReviewReportStatus, ReviewSessionStatus } from './lib/review/review.enums';
export { ReviewPermission } from './lib/review/review.permissions';
export { AssessmentScheme } from './lib/assessment/assessment-scheme.entity';
export { AssessmentResult } from './lib/assessment/assessment-result.entity';
export { AssessmentAdjustment } from './lib/assessment/assessment-adjustment.entity';
export { AccountabilityRule } from './lib/accountability/accountability-rule.entity';
export { AccountabilityMeasure } from './lib/accountability/accountability-measure.entity';
export * from './lib/assessment/assessment.enums';
export * from './lib/accountability/accountability.enums';
export { AssessmentPermission } from './lib/assessment/assessment.permissions';
export { AccountabilityPermission } from './lib/accountability/accountability.permissions';
export { disqualifiedTenantIds, isDisqualified } from './lib/accountability/accountability.service';
export { ensureAccountabilityRules } from './lib/accountability/accountability-rule.catalogue';
export { InspectionService, type CampaignCoverage } from './lib/inspection/inspection.service';
export { SupervisionFiguresService } from './lib/figures/supervision-figures.service';
export { FindingFigures, FindingGrouping, RectificationFigures, RectificationGrouping } from './lib/figures/supervision-figures.type';
export { RectificationService, rectificationWhere, OPEN, UNFINISHED, type RectificationOrder } from './lib/rectification/rectification.service';

/** 尽责: the year's inspection and its rectifications, the 调度·分析·排查 cadence, 述职评议, 考核 and 问责. */
export const supervisionModule: ZerenModule = {
  name: 'supervision',
  dependsOn: ['auth', 'files', 'org-tree', 'responsibility', 'work'],
  entities: [FindingCategory, InspectionCampaign, InspectionTeam, InspectionVisit, InspectionFinding, Rectification, RectificationExtension, CadenceReport, ReviewSession, ReviewGroup, ReviewParticipant, ReviewComment, ReviewRating, AssessmentScheme, AssessmentResult, AssessmentAdjustment, AccountabilityRule, AccountabilityMeasure],
  migrations: [Supervision1765000000000, Review1765000010000, Assessment1765000020000],
  resolvers: [
    FindingCategoryResolver,
    InspectionCampaignResolver,
    InspectionTeamResolver,
    InspectionVisitResolver,
    InspectionFindingResolver,
    RectificationResolver,
    RectificationExtensionResolver,
    SupervisionFiguresResolver,
    SupervisionExportResolver,
    CadenceResolver,
    ReviewSessionResolver,
    ReviewGroupResolver,
    ReviewParticipantResolver,
    ReviewCommentResolver,
    AssessmentSchemeResolver,
    AssessmentResultResolver,
    AssessmentAdjustmentResolver,
    AccountabilityRuleResolver,
    AccountabilityMeasureResolver,
  ],
  permissions: { ...INSPECTION_GRANTS, ...REVIEW_GRANTS, ...ASSESSMENT_GRANTS, ...ACCOUNTABILITY_GRANTS },
  messages: { ...supervisionMessages, ...reviewMessages, ...assessmentMessages },
  seed: supervisionSeeder,
  todos: [inspectionTodos, reviewTodos, assessmentTodos],
  reminders: [inspectionReminders, reviewReminders],
  sweep: mergeSweeps([inspectionSweep, cadenceSweep, reviewSweep, assessmentSweep, accountabilitySweep]),
};
