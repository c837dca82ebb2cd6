/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AccountabilityMeasure($id: ID!) {\n  accountabilityMeasure(id: $id) {\n    ...MeasureFields\n  }\n}": typeof types.AccountabilityMeasureDocument,
    "query AccountabilityMeasures($year: Int, $status: AccountabilityMeasureStatus, $kind: AccountabilityMeasureKind, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  accountabilityMeasures(\n    year: $year\n    status: $status\n    kind: $kind\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...MeasureFields\n    }\n  }\n}": typeof types.AccountabilityMeasuresDocument,
    "query AccountabilityRules {\n  accountabilityRules {\n    ...RuleFields\n  }\n}": typeof types.AccountabilityRulesDocument,
    "mutation AddAssessmentAdjustment($input: AssessmentAdjustmentInput!) {\n  addAssessmentAdjustment(input: $input) {\n    ...AdjustmentFields\n  }\n}": typeof types.AddAssessmentAdjustmentDocument,
    "fragment AdjustmentFields on AssessmentAdjustment {\n  id\n  year\n  tenantId\n  points\n  reason\n  createdAt\n}": typeof types.AdjustmentFieldsFragmentDoc,
    "query AssessmentAdjustments($year: Int!, $tenantId: ID) {\n  assessmentAdjustments(year: $year, tenantId: $tenantId) {\n    ...AdjustmentFields\n  }\n}": typeof types.AssessmentAdjustmentsDocument,
    "query AssessmentResultsDocx($year: Int!) {\n  assessmentResultsDocx(year: $year)\n}": typeof types.AssessmentResultsDocxDocument,
    "query AssessmentResultsXlsx($year: Int!) {\n  assessmentResultsXlsx(year: $year)\n}": typeof types.AssessmentResultsXlsxDocument,
    "query AssessmentResults($year: Int!, $grade: AssessmentGrade, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  assessmentResults(\n    year: $year\n    grade: $grade\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...ResultFields\n    }\n  }\n}": typeof types.AssessmentResultsDocument,
    "query AssessmentSchemes {\n  assessmentSchemes {\n    ...SchemeFields\n  }\n}": typeof types.AssessmentSchemesDocument,
    "mutation ComputeAssessment($year: Int!) {\n  computeAssessment(year: $year) {\n    ...SchemeFields\n  }\n}": typeof types.ComputeAssessmentDocument,
    "mutation ConfirmAccountabilityMeasure($id: ID!, $input: ConfirmMeasureInput!) {\n  confirmAccountabilityMeasure(id: $id, input: $input) {\n    ...MeasureFields\n  }\n}": typeof types.ConfirmAccountabilityMeasureDocument,
    "mutation CreateAccountabilityRule($input: AccountabilityRuleInput!) {\n  createAccountabilityRule(input: $input) {\n    ...RuleFields\n  }\n}": typeof types.CreateAccountabilityRuleDocument,
    "mutation CreateAssessmentScheme($input: AssessmentSchemeInput!) {\n  createAssessmentScheme(input: $input) {\n    ...SchemeFields\n  }\n}": typeof types.CreateAssessmentSchemeDocument,
    "mutation DismissAccountabilityMeasure($id: ID!, $input: DismissMeasureInput!) {\n  dismissAccountabilityMeasure(id: $id, input: $input) {\n    ...MeasureFields\n  }\n}": typeof types.DismissAccountabilityMeasureDocument,
    "query DisqualificationFigures($until: Int, $years: Int!) {\n  disqualificationFigures(until: $until, years: $years) {\n    measures\n    units\n    years {\n      year\n      units\n    }\n  }\n}": typeof types.DisqualificationFiguresDocument,
    "query AssessmentGradeCounts($year: Int!) {\n  excellent: assessmentResults(year: $year, grade: EXCELLENT, offset: 0, limit: 1) {\n    total\n  }\n  good: assessmentResults(year: $year, grade: GOOD, offset: 0, limit: 1) {\n    total\n  }\n  fair: assessmentResults(year: $year, grade: FAIR, offset: 0, limit: 1) {\n    total\n  }\n  poor: assessmentResults(year: $year, grade: POOR, offset: 0, limit: 1) {\n    total\n  }\n}": typeof types.AssessmentGradeCountsDocument,
    "fragment MeasureFields on AccountabilityMeasure {\n  id\n  year\n  tenantId\n  tenant {\n    id\n    name\n  }\n  kind\n  status\n  grounds\n  ruleIds\n  resultId\n  proposedAt\n  decidedAt\n  note\n  dueOn\n  dismissReason\n}": typeof types.MeasureFieldsFragmentDoc,
    "mutation ProposeAccountabilityMeasures($year: Int!) {\n  proposeAccountabilityMeasures(year: $year) {\n    year\n    proposed\n    decided\n  }\n}": typeof types.ProposeAccountabilityMeasuresDocument,
    "mutation PublishAssessmentResults($year: Int!) {\n  publishAssessmentResults(year: $year) {\n    ...SchemeFields\n  }\n}": typeof types.PublishAssessmentResultsDocument,
    "mutation PublishAssessmentScheme($id: ID!) {\n  publishAssessmentScheme(id: $id) {\n    ...SchemeFields\n  }\n}": typeof types.PublishAssessmentSchemeDocument,
    "mutation RemoveAssessmentAdjustment($id: ID!) {\n  removeAssessmentAdjustment(id: $id) {\n    id\n  }\n}": typeof types.RemoveAssessmentAdjustmentDocument,
    "fragment ResultFields on AssessmentResult {\n  id\n  year\n  tenantId\n  tenant {\n    id\n    name\n  }\n  total\n  adjustment\n  rank\n  rankedOf\n  grade\n  overdueMarks\n  openRectifications\n  computedAt\n  components {\n    kind\n    label\n    weight\n    raw\n    score\n    definition\n  }\n}": typeof types.ResultFieldsFragmentDoc,
    "fragment RuleFields on AccountabilityRule {\n  id\n  position\n  trigger\n  grade\n  threshold\n  kind\n  description\n  active\n}": typeof types.RuleFieldsFragmentDoc,
    "fragment SchemeFields on AssessmentScheme {\n  id\n  year\n  title\n  status\n  adjustmentLimit\n  components {\n    kind\n    label\n    weight\n    definition\n  }\n  gradeBands {\n    grade\n    min\n  }\n  publishedAt\n  computedAt\n  resultsPublishedAt\n}": typeof types.SchemeFieldsFragmentDoc,
    "mutation UpdateAccountabilityRule($id: ID!, $input: AccountabilityRuleInput!) {\n  updateAccountabilityRule(id: $id, input: $input) {\n    ...RuleFields\n  }\n}": typeof types.UpdateAccountabilityRuleDocument,
    "mutation UpdateAssessmentScheme($id: ID!, $input: AssessmentSchemeInput!) {\n  updateAssessmentScheme(id: $id, input: $input) {\n    ...SchemeFields\n  }\n}": typeof types.UpdateAssessmentSchemeDocument,
    "query AuditLog($offset: Int!, $limit: Int!, $tenantId: ID, $operation: String, $outcome: AuditOutcome, $from: DateTimeISO, $to: DateTimeISO) {\n  auditLog(\n    offset: $offset\n    limit: $limit\n    tenantId: $tenantId\n    operation: $operation\n    outcome: $outcome\n    from: $from\n    to: $to\n  ) {\n    total\n    offset\n    limit\n    items {\n      id\n      at\n      operation\n      outcome\n      errorCode\n      actorUsername\n      tenantId\n      targetIds\n      requestId\n    }\n  }\n}": typeof types.AuditLogDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}": typeof types.ChangePasswordDocument,
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    token\n    expiresAt\n    user {\n      id\n      username\n      displayName\n      roles\n      permissions\n      tenant {\n        id\n        name\n        kind\n        code\n      }\n    }\n  }\n}": typeof types.LoginDocument,
    "query Me {\n  me {\n    id\n    username\n    displayName\n    roles\n    permissions\n    tenant {\n      id\n      name\n      kind\n      code\n    }\n  }\n}": typeof types.MeDocument,
    "fragment CadenceContentFields on CadenceContent {\n  kind\n  year\n  period\n  periodKey\n  title\n  asOf\n  issued\n  issuedAt\n  documentNumber\n  notes\n  monthly {\n    counts {\n      open\n      overdue\n      dueSoon\n      closedThisMonth\n    }\n    agencies {\n      tenantId\n      agency\n      open\n      overdue\n      items {\n        ...CadenceItemFields\n      }\n    }\n  }\n  quarterly {\n    totals {\n      ...CadenceFiguresFields\n    }\n    sameQuarterLastYear {\n      ...CadenceFiguresFields\n    }\n    trend {\n      ...CadenceFiguresFields\n    }\n    groups {\n      by\n      rows {\n        ...CadenceFiguresFields\n      }\n    }\n  }\n  halfYear {\n    counts {\n      agencies\n      unclosed\n      overdue\n      repeated\n      late\n    }\n    agencies {\n      tenantId\n      agency\n      unclosed\n      overdue\n      repeated\n      late\n      items {\n        ...CadenceItemFields\n      }\n    }\n  }\n}": typeof types.CadenceContentFieldsFragmentDoc,
    "fragment CadenceFiguresFields on CadenceFigures {\n  key\n  label\n  findings\n  rectifications\n  closed\n  due\n  onTime\n  late\n  overdue\n  repeated\n  closureRate\n  onTimeRate\n}": typeof types.CadenceFiguresFieldsFragmentDoc,
    "fragment CadenceItemFields on CadenceItem {\n  id\n  tenantId\n  agency\n  year\n  source\n  category\n  problem\n  status\n  dueOn\n  overdue\n  daysOverdue\n  dueSoon\n  late\n  repeated\n  failedCount\n}": typeof types.CadenceItemFieldsFragmentDoc,
    "query CadenceReportDocx($kind: CadenceKind!, $year: Int!, $period: Int!) {\n  cadenceReportDocx(kind: $kind, year: $year, period: $period)\n}": typeof types.CadenceReportDocxDocument,
    "fragment CadenceReportFields on CadenceReport {\n  id\n  kind\n  year\n  period\n  title\n  documentNumber\n  issuedAt\n}": typeof types.CadenceReportFieldsFragmentDoc,
    "query CadenceReports($year: Int!) {\n  cadenceReports(year: $year) {\n    ...CadenceReportFields\n  }\n}": typeof types.CadenceReportsDocument,
    "query FindingFigures($grouping: FindingGrouping!, $year: Int) {\n  findingFigures(grouping: $grouping, year: $year) {\n    key\n    label\n    tenantId\n    total\n    repeated\n    grave\n  }\n}": typeof types.FindingFiguresDocument,
    "query HalfYearSweep($year: Int!, $half: Int!) {\n  halfYearSweep(year: $year, half: $half) {\n    ...CadenceContentFields\n  }\n}": typeof types.HalfYearSweepDocument,
    "mutation IssueCadenceReport($kind: CadenceKind!, $year: Int!, $period: Int!) {\n  issueCadenceReport(kind: $kind, year: $year, period: $period) {\n    ...CadenceReportFields\n  }\n}": typeof types.IssueCadenceReportDocument,
    "query MonthlyDispatch($year: Int!, $month: Int!) {\n  monthlyDispatch(year: $year, month: $month) {\n    ...CadenceContentFields\n  }\n}": typeof types.MonthlyDispatchDocument,
    "query QuarterlyAnalysis($year: Int!, $quarter: Int!) {\n  quarterlyAnalysis(year: $year, quarter: $quarter) {\n    ...CadenceContentFields\n  }\n}": typeof types.QuarterlyAnalysisDocument,
    "query RectificationFiguresXlsx($year: Int) {\n  rectificationFiguresXlsx(year: $year)\n}": typeof types.RectificationFiguresXlsxDocument,
    "query RectificationFigures($grouping: RectificationGrouping!, $year: Int) {\n  rectificationFigures(grouping: $grouping, year: $year) {\n    key\n    label\n    tenantId\n    total\n    pending\n    inProgress\n    rectified\n    verified\n    closed\n    due\n    onTime\n    late\n    overdue\n    failed\n    closureRate\n    onTimeRate\n  }\n}": typeof types.RectificationFiguresDocument,
    "mutation AddAgencyDuty($listId: ID!, $input: DutySpecInput!) {\n  addAgencyDuty(listId: $listId, input: $input) {\n    ...DutyFields\n  }\n}": typeof types.AddAgencyDutyDocument,
    "mutation AddDutyItem($templateId: ID!, $input: DutySpecInput!) {\n  addDutyItem(templateId: $templateId, input: $input) {\n    ...DutyItemFields\n  }\n}": typeof types.AddDutyItemDocument,
    "mutation AddInstitutionSupplement($receiptId: ID!, $input: SupplementInput!) {\n  addInstitutionSupplement(receiptId: $receiptId, input: $input) {\n    id\n  }\n}": typeof types.AddInstitutionSupplementDocument,
    "query AgencyDuties($tenantId: ID, $year: Int, $postCode: String) {\n  agencyDuties(tenantId: $tenantId, year: $year, postCode: $postCode) {\n    ...DutyFields\n    holders {\n      unitId\n      memberId\n      unit {\n        id\n        name\n      }\n      holder {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.AgencyDutiesDocument,
    "query AgencyDutyLists($tenantId: ID) {\n  agencyDutyLists(tenantId: $tenantId) {\n    id\n    year\n    templateId\n    issuedAt\n  }\n}": typeof types.AgencyDutyListsDocument,
    "mutation ClearDutyTightening($itemId: ID!) {\n  clearDutyTightening(itemId: $itemId) {\n    ...DutyFields\n  }\n}": typeof types.ClearDutyTighteningDocument,
    "mutation ConfirmInstitutionReceipt($id: ID!) {\n  confirmInstitutionReceipt(id: $id) {\n    id\n    status\n    confirmedAt\n  }\n}": typeof types.ConfirmInstitutionReceiptDocument,
    "mutation CorrectFulfilmentRecord($id: ID!, $input: CorrectRecordInput!) {\n  correctFulfilmentRecord(id: $id, input: $input) {\n    ...RecordFields\n  }\n}": typeof types.CorrectFulfilmentRecordDocument,
    "mutation CreateDutyTemplate($input: CreateDutyTemplateInput!) {\n  createDutyTemplate(input: $input) {\n    id\n    year\n    title\n    status\n  }\n}": typeof types.CreateDutyTemplateDocument,
    "mutation CreateInstitutionDocument($input: InstitutionDocumentInput!) {\n  createInstitutionDocument(input: $input) {\n    id\n  }\n}": typeof types.CreateInstitutionDocumentDocument,
    "mutation DraftInstitutionVersion($documentId: ID!, $input: InstitutionVersionInput!) {\n  draftInstitutionVersion(documentId: $documentId, input: $input) {\n    id\n    version\n  }\n}": typeof types.DraftInstitutionVersionDocument,
    "query DutyCompletion($grouping: CompletionGrouping!, $tenantId: ID, $year: Int) {\n  dutyCompletion(grouping: $grouping, tenantId: $tenantId, year: $year) {\n    key\n    label\n    tenantId\n    due\n    done\n    accepted\n    onTime\n    late\n    overdue\n    returned\n    rate\n    onTimeRate\n  }\n}": typeof types.DutyCompletionDocument,
    "fragment DutyFields on Duty {\n  id\n  tenantId\n  templateId\n  source\n  level\n  postCode\n  post {\n    code\n    name\n    postClass\n  }\n  unitKinds\n  area\n  title\n  content\n  requirement\n  extraRequirement\n  cadence\n  dueOffsetDays\n  dueOn\n  evidenceKinds\n  minEvidence\n  mandatedDueOffsetDays\n  mandatedDueOn\n  mandatedMinEvidence\n  tightened\n  weight\n  supervisor\n  sortOrder\n}": typeof types.DutyFieldsFragmentDoc,
    "fragment DutyItemFields on DutyItem {\n  id\n  templateId\n  level\n  postCode\n  unitKinds\n  area\n  title\n  content\n  requirement\n  cadence\n  dueOffsetDays\n  dueOn\n  evidenceKinds\n  minEvidence\n  weight\n  supervisor\n  sortOrder\n}": typeof types.DutyItemFieldsFragmentDoc,
    "query DutyPostHistory($unitId: ID!, $postCode: String!, $tenantId: ID) {\n  dutyPostHistory(unitId: $unitId, postCode: $postCode, tenantId: $tenantId) {\n    id\n    startsOn\n    endsOn\n    member {\n      id\n      name\n    }\n  }\n}": typeof types.DutyPostHistoryDocument,
    "query DutyTemplateXlsx($id: ID!) {\n  dutyTemplateXlsx(id: $id)\n}": typeof types.DutyTemplateXlsxDocument,
    "query DutyTemplate($id: ID!) {\n  dutyTemplate(id: $id) {\n    id\n    year\n    title\n    status\n    basedOnId\n    publishedAt\n    yellowWithinDays\n    items {\n      ...DutyItemFields\n    }\n  }\n}": typeof types.DutyTemplateDocument,
    "query DutyTemplates {\n  dutyTemplates {\n    id\n    year\n    title\n    status\n    basedOnId\n    publishedAt\n    yellowWithinDays\n    createdAt\n  }\n}": typeof types.DutyTemplatesDocument,
    "query FulfilmentHistory($id: ID!) {\n  fulfilmentHistory(id: $id) {\n    ...RecordFields\n    createdAt\n  }\n}": typeof types.FulfilmentHistoryDocument,
    "query FulfilmentLedgerXlsx($tenantId: ID, $dutyId: ID, $periodKey: String, $unitId: ID, $status: RecordStatus, $late: Boolean, $current: Boolean) {\n  fulfilmentLedgerXlsx(\n    tenantId: $tenantId\n    dutyId: $dutyId\n    periodKey: $periodKey\n    unitId: $unitId\n    status: $status\n    late: $late\n    current: $current\n  )\n}": typeof types.FulfilmentLedgerXlsxDocument,
    "query FulfilmentRecords($status: RecordStatus, $late: Boolean, $periodKey: String, $unitId: ID, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  fulfilmentRecords(\n    status: $status\n    late: $late\n    periodKey: $periodKey\n    unitId: $unitId\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...RecordFields\n      ...RecordContextFields\n    }\n  }\n}": typeof types.FulfilmentRecordsDocument,
    "mutation ImportDutyItems($templateId: ID!, $fileBase64: String!) {\n  importDutyItems(templateId: $templateId, fileBase64: $fileBase64) {\n    created\n  }\n}": typeof types.ImportDutyItemsDocument,
    "query InstitutionCompendiumDocx {\n  institutionCompendiumDocx\n}": typeof types.InstitutionCompendiumDocxDocument,
    "query InstitutionDocuments {\n  institutionDocuments {\n    id\n    kind\n    title\n    number\n    sortOrder\n    currentVersion {\n      id\n      version\n      body\n      effectiveOn\n      publishedAt\n    }\n    versions {\n      id\n      version\n      effectiveOn\n      publishedAt\n    }\n    draft {\n      id\n      version\n      body\n      effectiveOn\n    }\n  }\n}": typeof types.InstitutionDocumentsDocument,
    "query InstitutionLibrary {\n  institutionLibrary {\n    id\n    kind\n    title\n    number\n    sortOrder\n    currentVersion {\n      id\n      version\n      body\n      effectiveOn\n      publishedAt\n    }\n    versions {\n      id\n      version\n      effectiveOn\n      publishedAt\n    }\n    myReceipt {\n      id\n      status\n      confirmedAt\n    }\n    supplements {\n      id\n      title\n      body\n      fileIds\n      files {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.InstitutionLibraryDocument,
    "query InstitutionReceiptStatus($documentId: ID!) {\n  institutionReceiptStatus(documentId: $documentId) {\n    documentId\n    versionId\n    total\n    confirmed\n    unconfirmed {\n      id\n      code\n      name\n    }\n  }\n}": typeof types.InstitutionReceiptStatusDocument,
    "mutation IssueMissingDutyLists($id: ID!) {\n  issueMissingDutyLists(id: $id)\n}": typeof types.IssueMissingDutyListsDocument,
    "query MyDuties($year: Int) {\n  myDuties(year: $year) {\n    ...ObligationFields\n  }\n}": typeof types.MyDutiesDocument,
    "fragment ObligationFields on Obligation {\n  periodKey\n  periodLabel\n  unitId\n  memberId\n  holderMemberId\n  dueAt\n  status\n  warning\n  overdueMark\n  unit {\n    id\n    name\n  }\n  holder {\n    id\n    name\n  }\n  duty {\n    ...DutyFields\n  }\n  record {\n    ...RecordFields\n  }\n}": typeof types.ObligationFieldsFragmentDoc,
    "mutation PublishDutyTemplate($id: ID!) {\n  publishDutyTemplate(id: $id) {\n    id\n    status\n    publishedAt\n  }\n}": typeof types.PublishDutyTemplateDocument,
    "mutation PublishInstitutionVersion($id: ID!) {\n  publishInstitutionVersion(id: $id) {\n    id\n    status\n    publishedAt\n  }\n}": typeof types.PublishInstitutionVersionDocument,
    "fragment RecordContextFields on FulfilmentRecord {\n  duty {\n    id\n    title\n    area\n    level\n    minEvidence\n    post {\n      code\n      name\n    }\n  }\n  unit {\n    id\n    name\n  }\n  member {\n    id\n    name\n  }\n}": typeof types.RecordContextFieldsFragmentDoc,
    "fragment RecordFields on FulfilmentRecord {\n  id\n  tenantId\n  dutyId\n  periodKey\n  unitId\n  memberId\n  postCode\n  version\n  current\n  status\n  content\n  happenedOn\n  place\n  participants\n  late\n  dueAt\n  submittedAt\n  reviewComment\n  reviewedAt\n  correctionReason\n  evidenceIntact\n  files {\n    id\n    name\n    mimeType\n    size\n    hasThumbnail\n    url\n    thumbnailUrl\n  }\n}": typeof types.RecordFieldsFragmentDoc,
    "mutation RemoveAgencyDuty($id: ID!) {\n  removeAgencyDuty(id: $id) {\n    id\n  }\n}": typeof types.RemoveAgencyDutyDocument,
    "mutation RemoveDutyItem($id: ID!) {\n  removeDutyItem(id: $id) {\n    id\n  }\n}": typeof types.RemoveDutyItemDocument,
    "mutation RemoveInstitutionSupplement($id: ID!) {\n  removeInstitutionSupplement(id: $id) {\n    id\n  }\n}": typeof types.RemoveInstitutionSupplementDocument,
    "mutation ReviewFulfilmentRecord($id: ID!, $accept: Boolean!, $comment: String) {\n  reviewFulfilmentRecord(id: $id, accept: $accept, comment: $comment) {\n    id\n    status\n    reviewComment\n    reviewedAt\n  }\n}": typeof types.ReviewFulfilmentRecordDocument,
    "query ReviewQueue {\n  reviewQueue {\n    ...RecordFields\n    ...RecordContextFields\n  }\n}": typeof types.ReviewQueueDocument,
    "mutation SubmitFulfilmentRecord($input: SubmitRecordInput!) {\n  submitFulfilmentRecord(input: $input) {\n    ...RecordFields\n  }\n}": typeof types.SubmitFulfilmentRecordDocument,
    "mutation TightenDuty($itemId: ID!, $input: TightenDutyInput!) {\n  tightenDuty(itemId: $itemId, input: $input) {\n    ...DutyFields\n  }\n}": typeof types.TightenDutyDocument,
    "query UnitDuties($unitId: ID!, $tenantId: ID, $year: Int) {\n  unitDuties(unitId: $unitId, tenantId: $tenantId, year: $year) {\n    ...ObligationFields\n  }\n}": typeof types.UnitDutiesDocument,
    "mutation UpdateAgencyDuty($id: ID!, $input: DutySpecInput!) {\n  updateAgencyDuty(id: $id, input: $input) {\n    ...DutyFields\n  }\n}": typeof types.UpdateAgencyDutyDocument,
    "mutation UpdateDutyItem($id: ID!, $input: DutySpecInput!) {\n  updateDutyItem(id: $id, input: $input) {\n    ...DutyItemFields\n  }\n}": typeof types.UpdateDutyItemDocument,
    "mutation UpdateDutyTemplate($id: ID!, $input: UpdateDutyTemplateInput!) {\n  updateDutyTemplate(id: $id, input: $input) {\n    id\n    title\n    yellowWithinDays\n  }\n}": typeof types.UpdateDutyTemplateDocument,
    "mutation UpdateInstitutionDocument($id: ID!, $input: InstitutionDocumentInput!) {\n  updateInstitutionDocument(id: $id, input: $input) {\n    id\n  }\n}": typeof types.UpdateInstitutionDocumentDocument,
    "mutation UpdateInstitutionSupplement($id: ID!, $input: SupplementInput!) {\n  updateInstitutionSupplement(id: $id, input: $input) {\n    id\n  }\n}": typeof types.UpdateInstitutionSupplementDocument,
    "mutation UpdateInstitutionVersion($id: ID!, $input: InstitutionVersionInput!) {\n  updateInstitutionVersion(id: $id, input: $input) {\n    id\n  }\n}": typeof types.UpdateInstitutionVersionDocument,
    "mutation AssignAgenciesToGrid($gridId: ID!, $input: AssignAgenciesInput!) {\n  assignAgenciesToGrid(gridId: $gridId, input: $input) {\n    ...GridFields\n  }\n}": typeof types.AssignAgenciesToGridDocument,
    "mutation CreateGrid($input: GridInput!) {\n  createGrid(input: $input) {\n    ...GridFields\n  }\n}": typeof types.CreateGridDocument,
    "fragment GridFields on Grid {\n  id\n  name\n  position\n  note\n  leaderUserId\n  leader {\n    id\n    displayName\n  }\n  liaisons {\n    id\n    displayName\n  }\n  agencies {\n    id\n    code\n    name\n  }\n  members {\n    agencyId\n    startsOn\n  }\n}": typeof types.GridFieldsFragmentDoc,
    "query Grids {\n  grids {\n    ...GridFields\n  }\n  agenciesWithoutGrid {\n    id\n    code\n    name\n  }\n}": typeof types.GridsDocument,
    "mutation RemoveAgencyFromGrid($agencyId: ID!, $on: LocalDate!) {\n  removeAgencyFromGrid(agencyId: $agencyId, on: $on) {\n    agencyId\n    endsOn\n  }\n}": typeof types.RemoveAgencyFromGridDocument,
    "mutation RemoveGrid($id: ID!) {\n  removeGrid(id: $id) {\n    id\n  }\n}": typeof types.RemoveGridDocument,
    "mutation SetGridLiaisons($gridId: ID!, $userIds: [ID!]!) {\n  setGridLiaisons(gridId: $gridId, userIds: $userIds) {\n    ...GridFields\n  }\n}": typeof types.SetGridLiaisonsDocument,
    "mutation UpdateGrid($id: ID!, $input: GridInput!) {\n  updateGrid(id: $id, input: $input) {\n    ...GridFields\n  }\n}": typeof types.UpdateGridDocument,
    "query MyTodos {\n  myTodos {\n    id\n    module\n    title\n    dueAt\n    level\n    link\n  }\n}": typeof types.MyTodosDocument,
    "query BranchMembers($unitId: ID!) {\n  partyMembers(\n    unitId: $unitId\n    status: ACTIVE\n    includeDescendants: true\n    offset: 0\n    limit: 200\n  ) {\n    total\n    items {\n      id\n      name\n    }\n  }\n}": typeof types.BranchMembersDocument,
    "mutation CancelStageActivity($id: ID!, $reason: String!) {\n  cancelStageActivity(id: $id, input: {reason: $reason}) {\n    ...StageActivityFields\n  }\n}": typeof types.CancelStageActivityDocument,
    "mutation CorrectStageActivityAttendance($id: ID!, $input: ActivityAttendanceInput!) {\n  correctStageActivityAttendance(id: $id, input: $input) {\n    ...StageActivityFields\n  }\n}": typeof types.CorrectStageActivityAttendanceDocument,
    "mutation HoldStageActivity($id: ID!, $input: ActivityAttendanceInput!) {\n  holdStageActivity(id: $id, input: $input) {\n    ...StageActivityFields\n  }\n}": typeof types.HoldStageActivityDocument,
    "mutation PlanStageActivity($input: NewStageActivityInput!) {\n  planStageActivity(input: $input) {\n    ...StageActivityFields\n  }\n}": typeof types.PlanStageActivityDocument,
    "query StageActivities($tenantId: ID, $year: Int, $unitId: ID, $kind: ActivityKind, $status: ActivityStatus, $offset: Int!, $limit: Int!) {\n  stageActivities(\n    tenantId: $tenantId\n    year: $year\n    unitId: $unitId\n    kind: $kind\n    status: $status\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...StageActivityFields\n    }\n  }\n}": typeof types.StageActivitiesDocument,
    "fragment StageActivityFields on StageActivity {\n  id\n  tenantId\n  unitId\n  kind\n  topic\n  heldOn\n  place\n  status\n  notes\n  cancelReason\n  pointsNotes\n  speakerIds\n  attendeeIds\n  evidenceIntact\n  unit {\n    id\n    name\n  }\n  speakers {\n    id\n    name\n  }\n  attendees {\n    id\n    name\n  }\n  files {\n    ...StoredFileFields\n  }\n}": typeof types.StageActivityFieldsFragmentDoc,
    "query StageCoverage($tenantId: ID, $year: Int!) {\n  stageCoverage(tenantId: $tenantId, year: $year) {\n    year\n    members\n    speakers\n    rate\n    branches {\n      unitId\n      members\n      speakers\n      rate\n      unit {\n        id\n        name\n      }\n      notYet {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.StageCoverageDocument,
    "mutation UpdateStageActivity($id: ID!, $input: StageActivityInput!) {\n  updateStageActivity(id: $id, input: $input) {\n    ...StageActivityFields\n  }\n}": typeof types.UpdateStageActivityDocument,
    "mutation ApproveHonourNomination($id: ID!) {\n  approveHonourNomination(id: $id) {\n    ...HonourNominationFields\n  }\n}": typeof types.ApproveHonourNominationDocument,
    "mutation CreateHonourRound($input: HonourRoundInput!) {\n  createHonourRound(input: $input) {\n    ...HonourRoundFields\n  }\n}": typeof types.CreateHonourRoundDocument,
    "query DisciplineRecords {\n  disciplineRecords {\n    id\n    kind\n    decidedOn\n    influenceEndsOn\n    note\n    member {\n      id\n      name\n    }\n  }\n}": typeof types.DisciplineRecordsDocument,
    "query HonourFigures {\n  honourFigures {\n    from\n    to\n    definition\n    members\n    partyWorkers\n    organisations\n    breakdown {\n      year\n      level\n      category\n      count\n    }\n  }\n}": typeof types.HonourFiguresDocument,
    "fragment HonourNominationFields on HonourNomination {\n  id\n  tenantId\n  roundId\n  category\n  status\n  deeds\n  rejectReason\n  decidedAt\n  createdAt\n  member {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n  tenant {\n    id\n    name\n  }\n  round {\n    id\n    title\n    year\n    level\n  }\n  eligibility {\n    kind\n    label\n    passed\n    detail\n  }\n  files {\n    ...StoredFileFields\n  }\n}": typeof types.HonourNominationFieldsFragmentDoc,
    "query HonourNominationsXlsx($roundId: ID, $tenantId: ID, $category: HonourCategory, $status: HonourNominationStatus) {\n  honourNominationsXlsx(\n    roundId: $roundId\n    tenantId: $tenantId\n    category: $category\n    status: $status\n  )\n}": typeof types.HonourNominationsXlsxDocument,
    "query HonourNominations($roundId: ID, $tenantId: ID, $category: HonourCategory, $status: HonourNominationStatus, $offset: Int!, $limit: Int!) {\n  honourNominations(\n    roundId: $roundId\n    tenantId: $tenantId\n    category: $category\n    status: $status\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...HonourNominationFields\n    }\n  }\n}": typeof types.HonourNominationsDocument,
    "query HonourNomineeCheck($input: NomineeCheckInput!) {\n  honourNomineeCheck(input: $input) {\n    kind\n    label\n    passed\n    detail\n  }\n}": typeof types.HonourNomineeCheckDocument,
    "query HonourResults($category: HonourCategory) {\n  honourResults(category: $category) {\n    id\n    category\n    level\n    title\n    source\n    conferredOn\n    member {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    tenant {\n      id\n      name\n    }\n  }\n}": typeof types.HonourResultsDocument,
    "fragment HonourRoundFields on HonourRound {\n  id\n  year\n  title\n  level\n  categories\n  quotaPerAgency\n  quotaTotal\n  opensOn\n  closesOn\n  publishedOn\n  status\n  rules {\n    kind\n    threshold\n  }\n}": typeof types.HonourRoundFieldsFragmentDoc,
    "query HonourRounds($year: Int) {\n  honourRounds(year: $year) {\n    ...HonourRoundFields\n  }\n}": typeof types.HonourRoundsDocument,
    "mutation NominateForHonour($input: NominateInput!) {\n  nominateForHonour(input: $input) {\n    ...HonourNominationFields\n  }\n}": typeof types.NominateForHonourDocument,
    "query OutsideHonours {\n  outsideHonours {\n    id\n    category\n    level\n    title\n    conferredBy\n    conferredOn\n    member {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n  }\n}": typeof types.OutsideHonoursDocument,
    "mutation PublishHonourRound($id: ID!) {\n  publishHonourRound(id: $id) {\n    ...HonourRoundFields\n  }\n}": typeof types.PublishHonourRoundDocument,
    "mutation RecordDiscipline($input: DisciplineRecordInput!) {\n  recordDiscipline(input: $input) {\n    id\n  }\n}": typeof types.RecordDisciplineDocument,
    "mutation RecordOutsideHonour($input: OutsideHonourInput!) {\n  recordOutsideHonour(input: $input) {\n    id\n  }\n}": typeof types.RecordOutsideHonourDocument,
    "mutation RejectHonourNomination($id: ID!, $reason: String!) {\n  rejectHonourNomination(id: $id, input: {reason: $reason}) {\n    ...HonourNominationFields\n  }\n}": typeof types.RejectHonourNominationDocument,
    "mutation RemoveDiscipline($id: ID!) {\n  removeDiscipline(id: $id) {\n    id\n  }\n}": typeof types.RemoveDisciplineDocument,
    "mutation RemoveOutsideHonour($id: ID!) {\n  removeOutsideHonour(id: $id) {\n    id\n  }\n}": typeof types.RemoveOutsideHonourDocument,
    "mutation UpdateHonourRound($id: ID!, $input: HonourRoundInput!) {\n  updateHonourRound(id: $id, input: $input) {\n    ...HonourRoundFields\n  }\n}": typeof types.UpdateHonourRoundDocument,
    "mutation ArchivePointsYear($year: Int!) {\n  archivePointsYear(year: $year) {\n    id\n    year\n  }\n}": typeof types.ArchivePointsYearDocument,
    "query PointsArchiveRows($year: Int!, $offset: Int!, $limit: Int!) {\n  pointsArchiveRows(year: $year, offset: $offset, limit: $limit) {\n    total\n    items {\n      id\n      memberId\n      memberName\n      branchName\n      agencyRank\n      branchRank\n      points\n    }\n  }\n}": typeof types.PointsArchiveRowsDocument,
    "query PointsArchiveXlsx($year: Int!) {\n  pointsArchiveXlsx(year: $year)\n}": typeof types.PointsArchiveXlsxDocument,
    "query PointsArchives {\n  pointsArchives {\n    id\n    year\n    members\n    participants\n    totalPoints\n    archivedAt\n  }\n}": typeof types.PointsArchivesDocument,
    "mutation AppealPointsEntry($id: ID!, $reason: String!) {\n  appealPointsEntry(id: $id, input: {reason: $reason}) {\n    ...PointsEntryFields\n  }\n}": typeof types.AppealPointsEntryDocument,
    "mutation ApprovePointsEntry($id: ID!) {\n  approvePointsEntry(id: $id) {\n    ...PointsEntryFields\n  }\n}": typeof types.ApprovePointsEntryDocument,
    "mutation CopyPointsRules($year: Int!) {\n  copyPointsRules(input: {year: $year}) {\n    id\n  }\n}": typeof types.CopyPointsRulesDocument,
    "mutation CreatePointsRule($input: NewPointsRuleInput!) {\n  createPointsRule(input: $input) {\n    ...PointsRuleFields\n  }\n}": typeof types.CreatePointsRuleDocument,
    "mutation DeclarePoints($input: DeclarePointsInput!) {\n  declarePoints(input: $input) {\n    ...PointsEntryFields\n  }\n}": typeof types.DeclarePointsDocument,
    "query MyPointsStanding($periodKey: String!) {\n  myPointsStanding(periodKey: $periodKey) {\n    periodKey\n    periodLabel\n    memberId\n    points\n    rank\n    branchRank\n  }\n}": typeof types.MyPointsStandingDocument,
    "query PointsEntriesXlsx($status: PointsEntryStatus, $periodKey: String, $unitId: ID, $memberId: ID, $ruleId: ID) {\n  pointsEntriesXlsx(\n    status: $status\n    periodKey: $periodKey\n    unitId: $unitId\n    memberId: $memberId\n    ruleId: $ruleId\n  )\n}": typeof types.PointsEntriesXlsxDocument,
    "query PointsEntries($status: PointsEntryStatus, $year: Int, $periodKey: String, $unitId: ID, $memberId: ID, $ruleId: ID, $offset: Int!, $limit: Int!) {\n  pointsEntries(\n    status: $status\n    year: $year\n    periodKey: $periodKey\n    unitId: $unitId\n    memberId: $memberId\n    ruleId: $ruleId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...PointsEntryFields\n    }\n  }\n}": typeof types.PointsEntriesDocument,
    "fragment PointsEntryFields on PointsEntry {\n  id\n  memberId\n  ruleName\n  category\n  points\n  occurredOn\n  origin\n  status\n  note\n  rejectReason\n  appealReason\n  appealedAt\n  reversesId\n  reversedBy {\n    id\n  }\n  evidenceIntact\n  createdAt\n  member {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n  rule {\n    id\n    cap\n    capPeriod\n  }\n  files {\n    ...StoredFileFields\n  }\n}": typeof types.PointsEntryFieldsFragmentDoc,
    "query PointsMemberOptions($search: String, $unitId: ID) {\n  partyMembers(\n    search: $search\n    unitId: $unitId\n    includeDescendants: true\n    limit: 20\n  ) {\n    items {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.PointsMemberOptionsDocument,
    "query PointsRankingXlsx($periodKey: String!, $unitId: ID) {\n  pointsRankingXlsx(periodKey: $periodKey, unitId: $unitId)\n}": typeof types.PointsRankingXlsxDocument,
    "query PointsRanking($periodKey: String!, $unitId: ID, $offset: Int!, $limit: Int!) {\n  pointsRanking(\n    periodKey: $periodKey\n    unitId: $unitId\n    offset: $offset\n    limit: $limit\n  ) {\n    periodKey\n    periodLabel\n    total\n    items {\n      memberId\n      unitId\n      branchId\n      points\n      rank\n      branchRank\n      member {\n        id\n        name\n      }\n      branch {\n        id\n        name\n      }\n    }\n  }\n  pointsParticipation(periodKey: $periodKey) {\n    members\n    participants\n    rate\n  }\n}": typeof types.PointsRankingDocument,
    "fragment PointsRuleFields on PointsRule {\n  id\n  owner\n  tenantId\n  year\n  category\n  name\n  description\n  points\n  cap\n  capPeriod\n  evidenceRequired\n  awarder\n  mode\n  autoTrigger\n}": typeof types.PointsRuleFieldsFragmentDoc,
    "query PointsRules($year: Int!) {\n  pointsRules(year: $year) {\n    ...PointsRuleFields\n  }\n}": typeof types.PointsRulesDocument,
    "mutation RejectPointsEntry($id: ID!, $reason: String!) {\n  rejectPointsEntry(id: $id, input: {reason: $reason}) {\n    ...PointsEntryFields\n  }\n}": typeof types.RejectPointsEntryDocument,
    "mutation RemovePointsRule($id: ID!) {\n  removePointsRule(id: $id)\n}": typeof types.RemovePointsRuleDocument,
    "mutation ReversePointsEntry($id: ID!, $reason: String!) {\n  reversePointsEntry(id: $id, input: {reason: $reason}) {\n    ...PointsEntryFields\n  }\n}": typeof types.ReversePointsEntryDocument,
    "mutation UpdatePointsRule($id: ID!, $input: PointsRuleInput!) {\n  updatePointsRule(id: $id, input: $input) {\n    ...PointsRuleFields\n  }\n}": typeof types.UpdatePointsRuleDocument,
    "mutation AnswerStarObjection($id: ID!, $text: String!) {\n  answerStarObjection(id: $id, input: {text: $text}) {\n    ...StarObjectionFields\n  }\n}": typeof types.AnswerStarObjectionDocument,
    "mutation CloseStarScheme($id: ID!) {\n  closeStarScheme(id: $id) {\n    ...StarSchemeFields\n  }\n}": typeof types.CloseStarSchemeDocument,
    "mutation ConfirmStarRating($id: ID!) {\n  confirmStarRating(id: $id) {\n    ...StarRatingDetailFields\n  }\n}": typeof types.ConfirmStarRatingDocument,
    "mutation CreateStarScheme($input: StarSchemeInput!) {\n  createStarScheme(input: $input) {\n    ...StarSchemeFields\n  }\n}": typeof types.CreateStarSchemeDocument,
    "mutation NameStarRating($id: ID!) {\n  nameStarRating(id: $id) {\n    ...StarRatingDetailFields\n  }\n}": typeof types.NameStarRatingDocument,
    "mutation ObjectToStarRating($id: ID!, $text: String!) {\n  objectToStarRating(id: $id, input: {text: $text}) {\n    ...StarObjectionFields\n  }\n}": typeof types.ObjectToStarRatingDocument,
    "mutation OpenStarScheme($id: ID!) {\n  openStarScheme(id: $id) {\n    ...StarSchemeFields\n  }\n}": typeof types.OpenStarSchemeDocument,
    "mutation PartyReviewStarRating($id: ID!, $input: StarScoresInput!) {\n  partyReviewStarRating(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}": typeof types.PartyReviewStarRatingDocument,
    "mutation PublicizeStarRating($id: ID!, $input: StarPublicizeInput!) {\n  publicizeStarRating(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}": typeof types.PublicizeStarRatingDocument,
    "mutation ReturnStarPartyReview($id: ID!, $input: StarTextInput!) {\n  returnStarPartyReview(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}": typeof types.ReturnStarPartyReviewDocument,
    "mutation ReturnStarSelfAssessment($id: ID!, $input: StarTextInput!) {\n  returnStarSelfAssessment(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}": typeof types.ReturnStarSelfAssessmentDocument,
    "mutation SaveStarSelfAssessment($id: ID!, $input: StarScoresInput!) {\n  saveStarSelfAssessment(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}": typeof types.SaveStarSelfAssessmentDocument,
    "query StarFigures($year: Int!, $tenantId: ID) {\n  starFigures(year: $year, tenantId: $tenantId, limit: 200) {\n    year\n    definition\n    rated\n    named\n    up\n    down\n    same\n    fresh\n    levels {\n      stars\n      count\n    }\n    byAgency {\n      tenantId\n      rated\n      tenant {\n        id\n        name\n      }\n      levels {\n        stars\n        count\n      }\n    }\n  }\n}": typeof types.StarFiguresDocument,
    "fragment StarObjectionFields on StarObjection {\n  id\n  content\n  status\n  answer\n  createdAt\n  answeredAt\n}\n\nfragment StarRatingDetailFields on StarRating {\n  ...StarRatingFields\n  scores {\n    key\n    prefilled\n    evidence\n    selfScore\n    selfReason\n    partyScore\n    partyReason\n  }\n  scheme {\n    ...StarSchemeFields\n  }\n  objections {\n    ...StarObjectionFields\n  }\n}": typeof types.StarObjectionFieldsFragmentDoc,
    "fragment StarRatingFields on StarRating {\n  id\n  year\n  tenantId\n  unitId\n  status\n  total\n  stars\n  previousStars\n  movement\n  namedStars\n  namedOn\n  publicizedUntil\n  satisfaction\n  innovationProject\n  partyReturnReason\n  committeeReturnReason\n  tenant {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n}": typeof types.StarRatingFieldsFragmentDoc,
    "query StarRating($id: ID!) {\n  starRating(id: $id) {\n    ...StarRatingDetailFields\n  }\n}": typeof types.StarRatingDocument,
    "query StarRatingsXlsx($year: Int!, $tenantId: ID, $status: StarRatingStatus, $stars: Int) {\n  starRatingsXlsx(\n    year: $year\n    tenantId: $tenantId\n    status: $status\n    stars: $stars\n  )\n}": typeof types.StarRatingsXlsxDocument,
    "query StarRatings($year: Int!, $tenantId: ID, $status: StarRatingStatus, $stars: Int, $offset: Int!, $limit: Int!) {\n  starRatings(\n    year: $year\n    tenantId: $tenantId\n    status: $status\n    stars: $stars\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...StarRatingFields\n    }\n  }\n}": typeof types.StarRatingsDocument,
    "fragment StarSchemeFields on StarScheme {\n  id\n  year\n  title\n  status\n  satisfactionWeight\n  fiveStarNeedsInnovation\n  criteria {\n    key\n    name\n    maxScore\n    source\n  }\n  bands {\n    stars\n    minScore\n  }\n  satisfactionCaps {\n    below\n    maxStars\n  }\n  quotas {\n    stars\n    percent\n  }\n}": typeof types.StarSchemeFieldsFragmentDoc,
    "query StarSchemes {\n  starSchemes {\n    ...StarSchemeFields\n  }\n}": typeof types.StarSchemesDocument,
    "mutation StartStarRatings($year: Int!) {\n  startStarRatings(year: $year) {\n    id\n  }\n}": typeof types.StartStarRatingsDocument,
    "mutation SubmitStarSelfAssessment($id: ID!) {\n  submitStarSelfAssessment(id: $id) {\n    ...StarRatingDetailFields\n  }\n}": typeof types.SubmitStarSelfAssessmentDocument,
    "mutation CreatePartyMember($input: CreatePartyMemberInput!) {\n  createPartyMember(input: $input) {\n    id\n    name\n  }\n}": typeof types.CreatePartyMemberDocument,
    "mutation ImportPartyMembers($fileBase64: String!) {\n  importPartyMembers(fileBase64: $fileBase64) {\n    created\n  }\n}": typeof types.ImportPartyMembersDocument,
    "fragment MemberPost on PostAssignment {\n  id\n  startsOn\n  post {\n    code\n    name\n  }\n  unit {\n    id\n    name\n  }\n}": typeof types.MemberPostFragmentDoc,
    "fragment MemberRecord on PartyMember {\n  id\n  name\n  gender\n  ethnicity\n  birthDate\n  education\n  joinedOn\n  category\n  status\n  phone\n  idNumber\n  leadershipMember\n  jobTitle\n}": typeof types.MemberRecordFragmentDoc,
    "query MyPartyMember {\n  myPartyMember {\n    id\n    name\n    gender\n    joinedOn\n    category\n    status\n    jobTitle\n    leadershipMember\n    unit {\n      id\n      name\n      ancestors {\n        id\n        name\n      }\n    }\n    posts {\n      ...MemberPost\n    }\n  }\n}": typeof types.MyPartyMemberDocument,
    "query PartyMemberDetail($id: ID!) {\n  partyMember(id: $id) {\n    ...MemberRecord\n    unit {\n      id\n      name\n    }\n    posts {\n      ...MemberPost\n    }\n    transfers {\n      id\n      transferredOn\n      note\n      fromUnit {\n        id\n        name\n      }\n      toUnit {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.PartyMemberDetailDocument,
    "query PartyMemberImportTemplate {\n  partyMemberImportTemplate\n}": typeof types.PartyMemberImportTemplateDocument,
    "query PartyMembers($search: String, $unitId: ID, $status: MemberStatus, $includeDescendants: Boolean!, $offset: Int!, $limit: Int!) {\n  partyMembers(\n    search: $search\n    unitId: $unitId\n    status: $status\n    includeDescendants: $includeDescendants\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    offset\n    limit\n    items {\n      ...MemberRecord\n      tenantId\n      unitId\n      unit {\n        id\n        name\n        writable\n      }\n    }\n  }\n}": typeof types.PartyMembersDocument,
    "mutation TransferPartyMember($id: ID!, $input: TransferPartyMemberInput!) {\n  transferPartyMember(id: $id, input: $input) {\n    id\n    unitId\n  }\n}": typeof types.TransferPartyMemberDocument,
    "mutation UpdatePartyMember($id: ID!, $input: UpdatePartyMemberInput!) {\n  updatePartyMember(id: $id, input: $input) {\n    id\n    name\n  }\n}": typeof types.UpdatePartyMemberDocument,
    "mutation MarkAllSiteMessagesRead {\n  markAllSiteMessagesRead {\n    marked\n    unread\n  }\n}": typeof types.MarkAllSiteMessagesReadDocument,
    "mutation MarkSiteMessagesRead($ids: [ID!]!) {\n  markSiteMessagesRead(ids: $ids) {\n    marked\n    unread\n  }\n}": typeof types.MarkSiteMessagesReadDocument,
    "query MySiteMessages($unreadOnly: Boolean, $offset: Int, $limit: Int) {\n  mySiteMessages(unreadOnly: $unreadOnly, offset: $offset, limit: $limit) {\n    total\n    unread\n    items {\n      id\n      title\n      body\n      link\n      readAt\n      createdAt\n    }\n  }\n}": typeof types.MySiteMessagesDocument,
    "query MyUnreadSiteMessageCount {\n  myUnreadSiteMessageCount\n}": typeof types.MyUnreadSiteMessageCountDocument,
    "mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n  createOrgUnit(input: $input) {\n    id\n    name\n    parentId\n  }\n}": typeof types.CreateOrgUnitDocument,
    "mutation DissolveOrgUnit($id: ID!, $dissolvedOn: LocalDate) {\n  dissolveOrgUnit(id: $id, dissolvedOn: $dissolvedOn) {\n    id\n    dissolvedOn\n  }\n}": typeof types.DissolveOrgUnitDocument,
    "mutation MoveOrgUnit($id: ID!, $parentId: ID!, $sortOrder: Int) {\n  moveOrgUnit(id: $id, parentId: $parentId, sortOrder: $sortOrder) {\n    id\n    parentId\n  }\n}": typeof types.MoveOrgUnitDocument,
    "query OrgRoots {\n  orgRoots {\n    id\n    name\n    kind\n    code\n    tenantId\n    childCount\n    dissolvedOn\n    writable\n  }\n}": typeof types.OrgRootsDocument,
    "query OrgTree($id: ID, $depth: Int!) {\n  orgTree(id: $id, depth: $depth) {\n    id\n    name\n    kind\n    code\n    parentId\n    tenantId\n    depth\n    writable\n  }\n}": typeof types.OrgTreeDocument,
    "query OrgUnitChildren($id: ID!, $includeDissolved: Boolean!) {\n  orgUnit(id: $id) {\n    id\n    children(includeDissolved: $includeDissolved) {\n      id\n      name\n      kind\n      code\n      tenantId\n      childCount\n      dissolvedOn\n      writable\n    }\n  }\n}": typeof types.OrgUnitChildrenDocument,
    "query OrgUnitRules {\n  orgUnitRules {\n    rootKinds\n    maxDepth\n    childKinds {\n      kind\n      children\n    }\n  }\n}": typeof types.OrgUnitRulesDocument,
    "query OrgUnit($id: ID!) {\n  orgUnit(id: $id) {\n    id\n    name\n    kind\n    code\n    tenantId\n    parentId\n    depth\n    sortOrder\n    establishedOn\n    dissolvedOn\n    taskForce\n    startsOn\n    endsOn\n    childCount\n    writable\n    memberCount\n    totalMembers: memberCount(includeDescendants: true)\n    ancestors {\n      id\n      name\n      writable\n    }\n    secretary {\n      id\n      name\n    }\n    posts {\n      id\n      startsOn\n      post {\n        code\n        name\n      }\n      member {\n        id\n        name\n      }\n    }\n    children {\n      id\n      name\n      kind\n      code\n      childCount\n      memberCount(includeDescendants: true)\n      secretary {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.OrgUnitDocument,
    "mutation RestoreOrgUnit($id: ID!) {\n  restoreOrgUnit(id: $id) {\n    id\n    dissolvedOn\n  }\n}": typeof types.RestoreOrgUnitDocument,
    "mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {\n  updateOrgUnit(id: $id, input: $input) {\n    id\n    name\n    code\n  }\n}": typeof types.UpdateOrgUnitDocument,
    "query OrgOverview {\n  orgOverview {\n    agencies\n    members\n    probationaryMembers\n    branchSecretaries\n    branchSecretariesInLeadership\n    branchSecretaryLeadershipShare\n    partyAffairsCadres\n    fullTimeCadres\n    partTimeCadres\n    actionBranches\n    agenciesWithOrganCommittee\n    agenciesWithFullTimeDeputy\n    unitsByKind {\n      kind\n      count\n    }\n    byAgency {\n      tenantId\n      tenantName\n      tenantKind\n      units\n      members\n      branches\n      probationaryMembers\n      branchSecretaries\n      branchSecretariesInLeadership\n      branchSecretaryLeadershipShare\n      partyAffairsCadres\n      hasOrganCommittee\n      hasFullTimeDeputy\n      unitsByKind {\n        kind\n        count\n      }\n    }\n  }\n}": typeof types.OrgOverviewDocument,
    "mutation AssignPost($input: AssignPostInput!) {\n  assignPost(input: $input) {\n    id\n  }\n}": typeof types.AssignPostDocument,
    "mutation CreatePostType($input: CreatePostTypeInput!) {\n  createPostType(input: $input) {\n    code\n  }\n}": typeof types.CreatePostTypeDocument,
    "mutation EndPostAssignment($id: ID!, $endsOn: LocalDate) {\n  endPostAssignment(id: $id, endsOn: $endsOn) {\n    id\n    endsOn\n  }\n}": typeof types.EndPostAssignmentDocument,
    "query PostAssignments($unitId: ID, $postCode: String, $search: String, $offset: Int!, $limit: Int!) {\n  postAssignments(\n    unitId: $unitId\n    includeDescendants: true\n    postCode: $postCode\n    search: $search\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      id\n      tenantId\n      startsOn\n      postCode\n      post {\n        code\n        name\n        secretary\n      }\n      unit {\n        id\n        name\n        writable\n      }\n      member {\n        id\n        name\n        leadershipMember\n        jobTitle\n      }\n    }\n  }\n}": typeof types.PostAssignmentsDocument,
    "query PostTypes {\n  postTypes {\n    code\n    name\n    assignable\n    postClass\n    secretary\n    cadre\n    ninePost\n    unitKinds\n    fullMembersOnly\n    holderWithinUnit\n    sortOrder\n  }\n}": typeof types.PostTypesDocument,
    "query SecretaryMismatches {\n  secretaryMismatches {\n    tenantId\n    topUnit {\n      id\n      name\n    }\n    topSecretary {\n      id\n      name\n    }\n    organUnit {\n      id\n      name\n    }\n    organSecretary {\n      id\n      name\n    }\n  }\n}": typeof types.SecretaryMismatchesDocument,
    "mutation UpdatePostType($code: String!, $input: UpdatePostTypeInput!) {\n  updatePostType(code: $code, input: $input) {\n    code\n    name\n    cadre\n    unitKinds\n    fullMembersOnly\n    holderWithinUnit\n    sortOrder\n  }\n}": typeof types.UpdatePostTypeDocument,
    "query ReminderSettings {\n  reminderSettings {\n    leadDays\n    onDueDay\n    updatedAt\n  }\n}": typeof types.ReminderSettingsDocument,
    "mutation UpdateReminderSettings($input: UpdateReminderSettingsInput!) {\n  updateReminderSettings(input: $input) {\n    leadDays\n    onDueDay\n    updatedAt\n  }\n}": typeof types.UpdateReminderSettingsDocument,
    "mutation AddReviewComment($participantId: ID!, $input: ReviewCommentInput!) {\n  addReviewComment(participantId: $participantId, input: $input) {\n    ...ReviewCommentFields\n  }\n}": typeof types.AddReviewCommentDocument,
    "mutation AddReviewParticipants($input: ReviewParticipantsInput!) {\n  addReviewParticipants(input: $input) {\n    id\n  }\n}": typeof types.AddReviewParticipantsDocument,
    "mutation CloseReviewSession($id: ID!) {\n  closeReviewSession(id: $id) {\n    ...ReviewSessionFields\n  }\n}": typeof types.CloseReviewSessionDocument,
    "mutation CreateReviewGroup($sessionId: ID!, $input: ReviewGroupInput!) {\n  createReviewGroup(sessionId: $sessionId, input: $input) {\n    id\n    name\n    position\n  }\n}": typeof types.CreateReviewGroupDocument,
    "mutation CreateReviewSession($input: ReviewSessionInput!) {\n  createReviewSession(input: $input) {\n    ...ReviewSessionFields\n  }\n}": typeof types.CreateReviewSessionDocument,
    "mutation FollowUpReviewComment($id: ID!, $dueOn: LocalDate!, $problem: String) {\n  followUpReviewComment(id: $id, dueOn: $dueOn, problem: $problem) {\n    id\n    dueOn\n  }\n}": typeof types.FollowUpReviewCommentDocument,
    "mutation OpenReviewReporting($id: ID!) {\n  openReviewReporting(id: $id) {\n    ...ReviewSessionFields\n  }\n}": typeof types.OpenReviewReportingDocument,
    "mutation RateReviewParticipants($input: ReviewSheetInput!) {\n  rateReviewParticipants(input: $input) {\n    id\n    participantId\n    code\n  }\n}": typeof types.RateReviewParticipantsDocument,
    "mutation RemoveReviewComment($id: ID!) {\n  removeReviewComment(id: $id)\n}": typeof types.RemoveReviewCommentDocument,
    "mutation RemoveReviewGroup($id: ID!) {\n  removeReviewGroup(id: $id) {\n    id\n  }\n}": typeof types.RemoveReviewGroupDocument,
    "mutation RemoveReviewParticipant($id: ID!) {\n  removeReviewParticipant(id: $id) {\n    id\n  }\n}": typeof types.RemoveReviewParticipantDocument,
    "mutation ReturnReviewReport($id: ID!, $reason: String!) {\n  returnReviewReport(id: $id, reason: $reason) {\n    ...ReviewParticipantFields\n  }\n}": typeof types.ReturnReviewReportDocument,
    "fragment ReviewCommentFields on ReviewComment {\n  id\n  sessionId\n  tenantId\n  participantId\n  commenter\n  content\n  rectificationId\n  createdAt\n  tenant {\n    id\n    name\n  }\n}": typeof types.ReviewCommentFieldsFragmentDoc,
    "query ReviewComments($sessionId: ID!, $tenantId: ID, $followedUp: Boolean, $offset: Int!, $limit: Int!) {\n  reviewComments(\n    sessionId: $sessionId\n    tenantId: $tenantId\n    followedUp: $followedUp\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...ReviewCommentFields\n    }\n  }\n}": typeof types.ReviewCommentsDocument,
    "query ReviewFigures($sessionId: ID!) {\n  reviewFigures(sessionId: $sessionId) {\n    participants\n    submitted\n    notSubmitted\n    returned\n    ratings\n    distribution {\n      code\n      label\n      score\n      count\n    }\n  }\n}": typeof types.ReviewFiguresDocument,
    "query ReviewListed($sessionId: ID!, $offset: Int!, $limit: Int!) {\n  reviewParticipants(sessionId: $sessionId, offset: $offset, limit: $limit) {\n    total\n    items {\n      id\n      tenantId\n      groupId\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.ReviewListedDocument,
    "fragment ReviewParticipantFields on ReviewParticipant {\n  id\n  sessionId\n  tenantId\n  groupId\n  status\n  summary\n  submittedAt\n  returnReason\n  returnedAt\n  evidenceIntact\n  tenant {\n    id\n    name\n  }\n  files {\n    ...StoredFileFields\n  }\n}": typeof types.ReviewParticipantFieldsFragmentDoc,
    "query ReviewParticipants($sessionId: ID!, $groupId: ID, $status: ReviewReportStatus, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  reviewParticipants(\n    sessionId: $sessionId\n    groupId: $groupId\n    status: $status\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...ReviewParticipantFields\n      result {\n        ...ReviewResultFields\n      }\n    }\n  }\n}": typeof types.ReviewParticipantsDocument,
    "fragment ReviewResultFields on ReviewResult {\n  participantId\n  tenantId\n  groupId\n  ratingCount\n  score\n  gradeCode\n  gradeLabel\n  rank\n  ranked\n}": typeof types.ReviewResultFieldsFragmentDoc,
    "query ReviewResults($sessionId: ID!) {\n  reviewResults(sessionId: $sessionId) {\n    ...ReviewResultFields\n  }\n}": typeof types.ReviewResultsDocument,
    "fragment ReviewSessionFields on ReviewSession {\n  id\n  year\n  title\n  heldOn\n  status\n  reviewerUserIds\n  amReviewer\n  closedAt\n  scale {\n    code\n    label\n    score\n  }\n  groups {\n    id\n    name\n    position\n    participantCount\n  }\n}": typeof types.ReviewSessionFieldsFragmentDoc,
    "query ReviewSession($id: ID!) {\n  reviewSession(id: $id) {\n    ...ReviewSessionFields\n  }\n}": typeof types.ReviewSessionDocument,
    "query ReviewSessions {\n  reviewSessions {\n    ...ReviewSessionFields\n  }\n}": typeof types.ReviewSessionsDocument,
    "query ReviewSheet($sessionId: ID!, $groupId: ID!) {\n  reviewParticipants(\n    sessionId: $sessionId\n    groupId: $groupId\n    offset: 0\n    limit: 200\n  ) {\n    total\n    items {\n      id\n      tenantId\n      myRating\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.ReviewSheetDocument,
    "query ReviewSummaryDocx($sessionId: ID!) {\n  reviewSummaryDocx(sessionId: $sessionId)\n}": typeof types.ReviewSummaryDocxDocument,
    "mutation StartReviewRating($id: ID!) {\n  startReviewRating(id: $id) {\n    ...ReviewSessionFields\n  }\n}": typeof types.StartReviewRatingDocument,
    "mutation SubmitReviewReport($id: ID!, $input: ReviewReportInput!) {\n  submitReviewReport(id: $id, input: $input) {\n    ...ReviewParticipantFields\n  }\n}": typeof types.SubmitReviewReportDocument,
    "mutation UpdateReviewGroup($id: ID!, $input: ReviewGroupInput!) {\n  updateReviewGroup(id: $id, input: $input) {\n    id\n    name\n    position\n  }\n}": typeof types.UpdateReviewGroupDocument,
    "mutation UpdateReviewSession($id: ID!, $input: ReviewSessionInput!) {\n  updateReviewSession(id: $id, input: $input) {\n    ...ReviewSessionFields\n  }\n}": typeof types.UpdateReviewSessionDocument,
    "mutation AddFindingCategory($input: FindingCategoryInput!) {\n  addFindingCategory(input: $input) {\n    ...FindingCategoryFields\n  }\n}": typeof types.AddFindingCategoryDocument,
    "fragment CampaignFields on InspectionCampaign {\n  id\n  year\n  title\n  startsOn\n  endsOn\n  status\n  coverage {\n    agencies\n    inspected\n    rate\n    notInspected {\n      id\n      name\n    }\n  }\n}": typeof types.CampaignFieldsFragmentDoc,
    "mutation CloseInspectionCampaign($id: ID!) {\n  closeInspectionCampaign(id: $id) {\n    id\n    status\n  }\n}": typeof types.CloseInspectionCampaignDocument,
    "mutation CloseRectification($id: ID!, $input: RectificationCloseInput!) {\n  closeRectification(id: $id, input: $input) {\n    ...RectificationFields\n  }\n}": typeof types.CloseRectificationDocument,
    "mutation CreateInspectionCampaign($input: InspectionCampaignInput!) {\n  createInspectionCampaign(input: $input) {\n    ...CampaignFields\n  }\n}": typeof types.CreateInspectionCampaignDocument,
    "mutation DecideRectificationExtension($id: ID!, $input: ExtensionDecisionInput!) {\n  decideRectificationExtension(id: $id, input: $input) {\n    ...ExtensionFields\n  }\n}": typeof types.DecideRectificationExtensionDocument,
    "fragment ExtensionFields on RectificationExtension {\n  id\n  rectificationId\n  tenantId\n  fromDueOn\n  toDueOn\n  reason\n  status\n  decisionComment\n  decidedAt\n  createdAt\n  tenant {\n    id\n    name\n  }\n}": typeof types.ExtensionFieldsFragmentDoc,
    "query FindingCategories($includeRetired: Boolean) {\n  findingCategories(includeRetired: $includeRetired) {\n    ...FindingCategoryFields\n  }\n}": typeof types.FindingCategoriesDocument,
    "fragment FindingCategoryFields on FindingCategory {\n  id\n  name\n  description\n  position\n  retired\n}": typeof types.FindingCategoryFieldsFragmentDoc,
    "fragment FindingFields on InspectionFinding {\n  id\n  year\n  campaignId\n  visitId\n  tenantId\n  categoryId\n  severity\n  description\n  repeated\n  repeatOfId\n  createdAt\n  tenant {\n    id\n    name\n  }\n  category {\n    id\n    name\n  }\n  rectification {\n    id\n    status\n    dueOn\n    warning\n  }\n}": typeof types.FindingFieldsFragmentDoc,
    "query InspectionCampaign($id: ID!, $tenantId: ID) {\n  inspectionCampaign(id: $id) {\n    ...CampaignFields\n    teams {\n      id\n      name\n      leaderUserId\n      memberUserIds\n      leader {\n        id\n        displayName\n      }\n      members {\n        id\n        displayName\n      }\n      agencies {\n        id\n        name\n      }\n    }\n    visits(tenantId: $tenantId) {\n      id\n      tenantId\n      teamId\n      teamName\n      visitedOn\n      notes\n      tenant {\n        id\n        name\n      }\n      findings {\n        ...FindingFields\n      }\n    }\n  }\n}": typeof types.InspectionCampaignDocument,
    "query InspectionCampaigns {\n  inspectionCampaigns {\n    ...CampaignFields\n  }\n}": typeof types.InspectionCampaignsDocument,
    "query InspectionFindings($year: Int, $tenantId: ID, $categoryId: ID, $severity: FindingSeverity, $repeated: Boolean, $offset: Int!, $limit: Int!) {\n  inspectionFindings(\n    year: $year\n    tenantId: $tenantId\n    categoryId: $categoryId\n    severity: $severity\n    repeated: $repeated\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...FindingFields\n    }\n  }\n}": typeof types.InspectionFindingsDocument,
    "query PendingRectificationExtensions {\n  pendingRectificationExtensions {\n    ...ExtensionFields\n  }\n}": typeof types.PendingRectificationExtensionsDocument,
    "mutation PlanRectification($id: ID!, $input: RectificationPlanInput!) {\n  planRectification(id: $id, input: $input) {\n    ...RectificationFields\n  }\n}": typeof types.PlanRectificationDocument,
    "mutation RecordInspectionFinding($input: InspectionFindingInput!) {\n  recordInspectionFinding(input: $input) {\n    ...FindingFields\n  }\n}": typeof types.RecordInspectionFindingDocument,
    "mutation RecordInspectionVisit($campaignId: ID!, $input: InspectionVisitInput!) {\n  recordInspectionVisit(campaignId: $campaignId, input: $input) {\n    id\n  }\n}": typeof types.RecordInspectionVisitDocument,
    "fragment RectificationFields on Rectification {\n  id\n  year\n  tenantId\n  source\n  categoryId\n  problem\n  dueOn\n  status\n  measures\n  responsibleMemberId\n  responsiblePostCode\n  report\n  evidenceIntact\n  deadline\n  overdueMark\n  warning\n  late\n  failedCount\n  verifyComment\n  closeNote\n  createdAt\n  startedAt\n  firstRectifiedAt\n  rectifiedAt\n  verifiedAt\n  closedAt\n  tenant {\n    id\n    name\n  }\n  category {\n    id\n    name\n  }\n  responsibleMember {\n    id\n    name\n  }\n  files {\n    ...StoredFileFields\n  }\n  extensions {\n    ...ExtensionFields\n  }\n}": typeof types.RectificationFieldsFragmentDoc,
    "query RectificationLedgerXlsx($year: Int, $tenantId: ID, $status: RectificationStatus, $source: RectificationSource, $categoryId: ID, $overdue: Boolean, $dueMonth: Int, $dueWithinDays: Int) {\n  rectificationLedgerXlsx(\n    year: $year\n    tenantId: $tenantId\n    status: $status\n    source: $source\n    categoryId: $categoryId\n    overdue: $overdue\n    dueMonth: $dueMonth\n    dueWithinDays: $dueWithinDays\n  )\n}": typeof types.RectificationLedgerXlsxDocument,
    "query Rectification($id: ID!) {\n  rectification(id: $id) {\n    ...RectificationFields\n  }\n}": typeof types.RectificationDocument,
    "query Rectifications($year: Int, $tenantId: ID, $status: RectificationStatus, $source: RectificationSource, $categoryId: ID, $overdue: Boolean, $dueMonth: Int, $dueWithinDays: Int, $offset: Int!, $limit: Int!) {\n  rectifications(\n    year: $year\n    tenantId: $tenantId\n    status: $status\n    source: $source\n    categoryId: $categoryId\n    overdue: $overdue\n    dueMonth: $dueMonth\n    dueWithinDays: $dueWithinDays\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...RectificationFields\n    }\n  }\n}": typeof types.RectificationsDocument,
    "mutation RemoveInspectionFinding($id: ID!) {\n  removeInspectionFinding(id: $id) {\n    id\n  }\n}": typeof types.RemoveInspectionFindingDocument,
    "mutation RemoveInspectionTeam($id: ID!) {\n  removeInspectionTeam(id: $id) {\n    id\n  }\n}": typeof types.RemoveInspectionTeamDocument,
    "mutation ReportRectification($id: ID!, $input: RectificationReportInput!) {\n  reportRectification(id: $id, input: $input) {\n    ...RectificationFields\n  }\n}": typeof types.ReportRectificationDocument,
    "mutation RequestRectificationExtension($id: ID!, $input: ExtensionRequestInput!) {\n  requestRectificationExtension(id: $id, input: $input) {\n    ...ExtensionFields\n  }\n}": typeof types.RequestRectificationExtensionDocument,
    "mutation RetireFindingCategory($id: ID!, $retired: Boolean!) {\n  retireFindingCategory(id: $id, retired: $retired) {\n    ...FindingCategoryFields\n  }\n}": typeof types.RetireFindingCategoryDocument,
    "mutation SaveInspectionTeam($campaignId: ID!, $id: ID, $input: InspectionTeamInput!) {\n  saveInspectionTeam(campaignId: $campaignId, id: $id, input: $input) {\n    id\n  }\n}": typeof types.SaveInspectionTeamDocument,
    "mutation StartInspectionCampaign($id: ID!) {\n  startInspectionCampaign(id: $id) {\n    id\n    status\n  }\n}": typeof types.StartInspectionCampaignDocument,
    "mutation UpdateFindingCategory($id: ID!, $input: FindingCategoryInput!) {\n  updateFindingCategory(id: $id, input: $input) {\n    ...FindingCategoryFields\n  }\n}": typeof types.UpdateFindingCategoryDocument,
    "mutation UpdateInspectionCampaign($id: ID!, $input: InspectionCampaignInput!) {\n  updateInspectionCampaign(id: $id, input: $input) {\n    ...CampaignFields\n  }\n}": typeof types.UpdateInspectionCampaignDocument,
    "mutation UpdateInspectionVisit($id: ID!, $input: InspectionVisitUpdateInput!) {\n  updateInspectionVisit(id: $id, input: $input) {\n    id\n  }\n}": typeof types.UpdateInspectionVisitDocument,
    "mutation VerifyRectification($id: ID!, $input: RectificationVerifyInput!) {\n  verifyRectification(id: $id, input: $input) {\n    ...RectificationFields\n  }\n}": typeof types.VerifyRectificationDocument,
    "mutation CreateTenant($input: CreateTenantInput!) {\n  createTenant(input: $input) {\n    id\n    name\n  }\n}": typeof types.CreateTenantDocument,
    "mutation SetTenantStatus($id: ID!, $status: TenantStatus!) {\n  setTenantStatus(id: $id, status: $status) {\n    id\n    status\n  }\n}": typeof types.SetTenantStatusDocument,
    "query Tenants {\n  tenants {\n    id\n    name\n    code\n    kind\n    status\n    createdAt\n  }\n}": typeof types.TenantsDocument,
    "query AssignableRoles($tenantId: ID) {\n  assignableRoles(tenantId: $tenantId)\n}": typeof types.AssignableRolesDocument,
    "mutation CreateAgencyUser($tenantId: ID!, $input: CreateUserInput!) {\n  createAgencyUser(tenantId: $tenantId, input: $input) {\n    id\n    username\n  }\n}": typeof types.CreateAgencyUserDocument,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    id\n    username\n  }\n}": typeof types.CreateUserDocument,
    "mutation ResetUserPassword($id: ID!, $password: String!) {\n  resetUserPassword(id: $id, password: $password) {\n    id\n  }\n}": typeof types.ResetUserPasswordDocument,
    "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    id\n    displayName\n    roles\n    disabled\n  }\n}": typeof types.UpdateUserDocument,
    "query Users($search: String, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  users(search: $search, tenantId: $tenantId, offset: $offset, limit: $limit) {\n    total\n    offset\n    limit\n    items {\n      id\n      username\n      displayName\n      roles\n      disabled\n      lastLoginAt\n      createdAt\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.UsersDocument,
    "mutation AcceptBreakthroughProject($id: ID!, $input: ProjectAcceptanceInput!) {\n  acceptBreakthroughProject(id: $id, input: $input) {\n    id\n    status\n  }\n}": typeof types.AcceptBreakthroughProjectDocument,
    "mutation AddWorkPoint($planId: ID!, $input: WorkPointInput!) {\n  addWorkPoint(planId: $planId, input: $input) {\n    id\n  }\n}": typeof types.AddWorkPointDocument,
    "mutation AmendWorkTaskDeadline($id: ID!, $input: TaskDeadlineInput!) {\n  amendWorkTaskDeadline(id: $id, input: $input) {\n    id\n    dueOn\n    dueAt\n    deadlineChanges {\n      ...DeadlineChangeFields\n    }\n  }\n}": typeof types.AmendWorkTaskDeadlineDocument,
    "mutation ApplyBreakthroughProject($id: ID!) {\n  applyBreakthroughProject(id: $id) {\n    id\n    status\n    appliedAt\n  }\n}": typeof types.ApplyBreakthroughProjectDocument,
    "query BreakthroughProject($id: ID!) {\n  breakthroughProject(id: $id) {\n    ...ProjectFields\n  }\n}": typeof types.BreakthroughProjectDocument,
    "query BreakthroughProjects($year: Int, $status: ProjectStatus, $category: ProblemCategory, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  breakthroughProjects(\n    year: $year\n    status: $status\n    category: $category\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    offset\n    limit\n    items {\n      ...ProjectRowFields\n    }\n  }\n}": typeof types.BreakthroughProjectsDocument,
    "mutation CreateBreakthroughProject($input: ProjectInput!) {\n  createBreakthroughProject(input: $input) {\n    id\n    status\n  }\n}": typeof types.CreateBreakthroughProjectDocument,
    "mutation CreateWorkPlan($input: WorkPlanInput!) {\n  createWorkPlan(input: $input) {\n    ...WorkPlanFields\n  }\n}": typeof types.CreateWorkPlanDocument,
    "mutation CreateWorkTask($input: WorkTaskInput!) {\n  createWorkTask(input: $input) {\n    id\n    monthTaskCount\n    monthWarning\n  }\n}": typeof types.CreateWorkTaskDocument,
    "fragment DeadlineChangeFields on TaskDeadlineChange {\n  id\n  fromDueOn\n  toDueOn\n  reason\n  createdAt\n}": typeof types.DeadlineChangeFieldsFragmentDoc,
    "query PartyGroupSecretaries {\n  postAssignments(\n    postCode: \"PARTY_GROUP_SECRETARY\"\n    includeDescendants: true\n    offset: 0\n    limit: 50\n  ) {\n    items {\n      id\n      unit {\n        id\n        name\n      }\n      member {\n        id\n        name\n        jobTitle\n      }\n    }\n  }\n}": typeof types.PartyGroupSecretariesDocument,
    "fragment ProjectFields on BreakthroughProject {\n  ...ProjectRowFields\n  unitId\n  secretaryMemberId\n  problem\n  measures\n  expectedOutcome\n  reviewComment\n  outcome\n  acceptanceRequestedAt\n  acceptanceComment\n  terminationReason\n  createdAt\n  unit {\n    id\n    name\n  }\n  proposalFiles {\n    ...StoredFileFields\n  }\n  milestones {\n    id\n    title\n    dueOn\n    doneOn\n    sortOrder\n  }\n  progressReports {\n    id\n    periodKey\n    content\n    createdAt\n    updatedAt\n    files {\n      ...StoredFileFields\n    }\n  }\n}": typeof types.ProjectFieldsFragmentDoc,
    "query ProjectFigures($grouping: ProjectGrouping!, $year: Int) {\n  projectFigures(grouping: $grouping, year: $year) {\n    key\n    label\n    tenantId\n    total\n    implemented\n    closed\n  }\n  implementedProjectCount\n}": typeof types.ProjectFiguresDocument,
    "fragment ProjectRowFields on BreakthroughProject {\n  id\n  tenantId\n  year\n  title\n  category\n  status\n  appliedAt\n  approvedAt\n  closedAt\n  terminatedAt\n  necessityScore\n  timelinessScore\n  leverageScore\n  acceptanceScore\n  overdueMilestones\n  tenant {\n    id\n    name\n  }\n  secretary {\n    id\n    name\n  }\n  milestones {\n    id\n    doneOn\n  }\n}": typeof types.ProjectRowFieldsFragmentDoc,
    "query ProjectsBehindSchedule {\n  projectsBehindSchedule {\n    ...ProjectRowFields\n  }\n}": typeof types.ProjectsBehindScheduleDocument,
    "mutation PublishWorkPlan($id: ID!) {\n  publishWorkPlan(id: $id) {\n    id\n    status\n    publishedAt\n  }\n}": typeof types.PublishWorkPlanDocument,
    "mutation RecallWorkTask($id: ID!) {\n  recallWorkTask(id: $id) {\n    id\n    status\n    recalledAt\n  }\n}": typeof types.RecallWorkTaskDocument,
    "fragment ReceiptFiguresFields on ReceiptFigures {\n  key\n  label\n  tenantId\n  total\n  signed\n  reported\n  approved\n  returned\n  due\n  onTime\n  late\n  overdue\n  onTimeRate\n}": typeof types.ReceiptFiguresFieldsFragmentDoc,
    "mutation RemoveBreakthroughProject($id: ID!) {\n  removeBreakthroughProject(id: $id) {\n    id\n  }\n}": typeof types.RemoveBreakthroughProjectDocument,
    "mutation RemoveWorkPoint($id: ID!) {\n  removeWorkPoint(id: $id) {\n    id\n  }\n}": typeof types.RemoveWorkPointDocument,
    "mutation RemoveWorkTask($id: ID!) {\n  removeWorkTask(id: $id) {\n    id\n  }\n}": typeof types.RemoveWorkTaskDocument,
    "mutation RenameWorkPlan($id: ID!, $input: WorkPlanTitleInput!) {\n  renameWorkPlan(id: $id, input: $input) {\n    id\n    title\n  }\n}": typeof types.RenameWorkPlanDocument,
    "mutation ReportProjectProgress($projectId: ID!, $input: ProgressInput!) {\n  reportProjectProgress(projectId: $projectId, input: $input) {\n    id\n    periodKey\n  }\n}": typeof types.ReportProjectProgressDocument,
    "mutation ReportTaskReceipt($id: ID!, $input: TaskResponseInput!) {\n  reportTaskReceipt(id: $id, input: $input) {\n    id\n    status\n    response\n    reportedAt\n    firstReportedAt\n    reportCount\n    late\n    files {\n      ...StoredFileFields\n    }\n  }\n}": typeof types.ReportTaskReceiptDocument,
    "mutation RequestProjectAcceptance($id: ID!, $input: ProjectOutcomeInput!) {\n  requestProjectAcceptance(id: $id, input: $input) {\n    id\n    status\n  }\n}": typeof types.RequestProjectAcceptanceDocument,
    "mutation ReviewBreakthroughProject($id: ID!, $input: ProjectReviewInput!) {\n  reviewBreakthroughProject(id: $id, input: $input) {\n    id\n    status\n  }\n}": typeof types.ReviewBreakthroughProjectDocument,
    "mutation ReviewTaskReceipt($id: ID!, $input: ReviewInput!) {\n  reviewTaskReceipt(id: $id, input: $input) {\n    id\n    status\n    reviewComment\n    reviewedAt\n  }\n}": typeof types.ReviewTaskReceiptDocument,
    "mutation SaveTaskResponse($id: ID!, $input: TaskResponseInput!) {\n  saveTaskResponse(id: $id, input: $input) {\n    id\n    status\n    response\n    files {\n      ...StoredFileFields\n    }\n  }\n}": typeof types.SaveTaskResponseDocument,
    "query SecretariesWithoutProject($year: Int!) {\n  secretariesWithoutProject(year: $year) {\n    tenantId\n    unitId\n    memberId\n    tenant {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    member {\n      id\n      name\n      jobTitle\n    }\n  }\n}": typeof types.SecretariesWithoutProjectDocument,
    "mutation SendWorkTask($id: ID!) {\n  sendWorkTask(id: $id) {\n    id\n    status\n    sentAt\n    receiptCount\n    monthWarning\n  }\n}": typeof types.SendWorkTaskDocument,
    "mutation SetProjectMilestoneDone($id: ID!, $doneOn: LocalDate) {\n  setProjectMilestoneDone(id: $id, doneOn: $doneOn) {\n    id\n    doneOn\n  }\n}": typeof types.SetProjectMilestoneDoneDocument,
    "mutation SignTaskReceipt($id: ID!) {\n  signTaskReceipt(id: $id) {\n    id\n    status\n    signedAt\n  }\n}": typeof types.SignTaskReceiptDocument,
    "mutation StartTaskReceipt($id: ID!) {\n  startTaskReceipt(id: $id) {\n    id\n    status\n  }\n}": typeof types.StartTaskReceiptDocument,
    "fragment StoredFileFields on StoredFile {\n  id\n  name\n  mimeType\n  size\n  hasThumbnail\n  url\n  thumbnailUrl\n}": typeof types.StoredFileFieldsFragmentDoc,
    "fragment TaskReceiptFields on TaskReceipt {\n  id\n  tenantId\n  taskId\n  status\n  issuedAt\n  signedAt\n  response\n  firstReportedAt\n  reportedAt\n  reportCount\n  late\n  reviewComment\n  reviewedAt\n  deadline\n  overdueMark\n  warning\n  evidenceIntact\n  tenant {\n    id\n    name\n  }\n  files {\n    ...StoredFileFields\n  }\n  task {\n    id\n    year\n    month\n    title\n    requirement\n    dueOn\n    dueAt\n    evidenceKinds\n    minEvidence\n    status\n    point {\n      id\n      number\n      title\n    }\n    deadlineChanges {\n      ...DeadlineChangeFields\n    }\n  }\n}": typeof types.TaskReceiptFieldsFragmentDoc,
    "query TaskReceiptFigures($grouping: ReceiptGrouping!, $year: Int) {\n  taskReceiptFigures(grouping: $grouping, year: $year) {\n    ...ReceiptFiguresFields\n  }\n}": typeof types.TaskReceiptFiguresDocument,
    "query TaskReceipt($id: ID!) {\n  taskReceipt(id: $id) {\n    ...TaskReceiptFields\n  }\n}": typeof types.TaskReceiptDocument,
    "query TaskReceipts($taskId: ID, $tenantId: ID, $status: TaskReceiptStatus, $overdue: Boolean, $year: Int, $month: Int, $offset: Int!, $limit: Int!) {\n  taskReceipts(\n    taskId: $taskId\n    tenantId: $tenantId\n    status: $status\n    overdue: $overdue\n    year: $year\n    month: $month\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    offset\n    limit\n    items {\n      ...TaskReceiptFields\n    }\n  }\n}": typeof types.TaskReceiptsDocument,
    "mutation TerminateBreakthroughProject($id: ID!, $input: ReasonInput!) {\n  terminateBreakthroughProject(id: $id, input: $input) {\n    id\n    status\n  }\n}": typeof types.TerminateBreakthroughProjectDocument,
    "mutation UpdateBreakthroughProject($id: ID!, $input: ProjectInput!) {\n  updateBreakthroughProject(id: $id, input: $input) {\n    id\n    status\n  }\n}": typeof types.UpdateBreakthroughProjectDocument,
    "mutation UpdateWorkPoint($id: ID!, $input: WorkPointInput!) {\n  updateWorkPoint(id: $id, input: $input) {\n    id\n    number\n    title\n    content\n  }\n}": typeof types.UpdateWorkPointDocument,
    "mutation UpdateWorkTask($id: ID!, $input: WorkTaskInput!) {\n  updateWorkTask(id: $id, input: $input) {\n    id\n    monthTaskCount\n    monthWarning\n  }\n}": typeof types.UpdateWorkTaskDocument,
    "fragment WorkPlanFields on WorkPlan {\n  id\n  year\n  title\n  status\n  publishedAt\n  points {\n    id\n    number\n    title\n    content\n  }\n}": typeof types.WorkPlanFieldsFragmentDoc,
    "query WorkPlans {\n  workPlans {\n    ...WorkPlanFields\n  }\n}": typeof types.WorkPlansDocument,
    "fragment WorkTaskFields on WorkTask {\n  id\n  year\n  month\n  pointId\n  title\n  requirement\n  dueOn\n  dueAt\n  evidenceKinds\n  minEvidence\n  target\n  targetTenantIds\n  status\n  sentAt\n  receiptCount\n  recalledAt\n  createdAt\n  monthTaskCount\n  monthWarning\n  point {\n    id\n    number\n    title\n  }\n  deadlineChanges {\n    ...DeadlineChangeFields\n  }\n}": typeof types.WorkTaskFieldsFragmentDoc,
    "query WorkTask($id: ID!, $reviewer: Boolean!) {\n  workTask(id: $id) {\n    ...WorkTaskFields\n    receiptFigures @include(if: $reviewer) {\n      ...ReceiptFiguresFields\n    }\n  }\n}": typeof types.WorkTaskDocument,
    "query WorkTasks($year: Int, $month: Int) {\n  workTasks(year: $year, month: $month) {\n    ...WorkTaskFields\n  }\n}": typeof types.WorkTasksDocument,
};
const documents: Documents = {
    "query AccountabilityMeasure($id: ID!) {\n  accountabilityMeasure(id: $id) {\n    ...MeasureFields\n  }\n}": types.AccountabilityMeasureDocument,
    "query AccountabilityMeasures($year: Int, $status: AccountabilityMeasureStatus, $kind: AccountabilityMeasureKind, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  accountabilityMeasures(\n    year: $year\n    status: $status\n    kind: $kind\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...MeasureFields\n    }\n  }\n}": types.AccountabilityMeasuresDocument,
    "query AccountabilityRules {\n  accountabilityRules {\n    ...RuleFields\n  }\n}": types.AccountabilityRulesDocument,
    "mutation AddAssessmentAdjustment($input: AssessmentAdjustmentInput!) {\n  addAssessmentAdjustment(input: $input) {\n    ...AdjustmentFields\n  }\n}": types.AddAssessmentAdjustmentDocument,
    "fragment AdjustmentFields on AssessmentAdjustment {\n  id\n  year\n  tenantId\n  points\n  reason\n  createdAt\n}": types.AdjustmentFieldsFragmentDoc,
    "query AssessmentAdjustments($year: Int!, $tenantId: ID) {\n  assessmentAdjustments(year: $year, tenantId: $tenantId) {\n    ...AdjustmentFields\n  }\n}": types.AssessmentAdjustmentsDocument,
    "query AssessmentResultsDocx($year: Int!) {\n  assessmentResultsDocx(year: $year)\n}": types.AssessmentResultsDocxDocument,
    "query AssessmentResultsXlsx($year: Int!) {\n  assessmentResultsXlsx(year: $year)\n}": types.AssessmentResultsXlsxDocument,
    "query AssessmentResults($year: Int!, $grade: AssessmentGrade, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  assessmentResults(\n    year: $year\n    grade: $grade\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...ResultFields\n    }\n  }\n}": types.AssessmentResultsDocument,
    "query AssessmentSchemes {\n  assessmentSchemes {\n    ...SchemeFields\n  }\n}": types.AssessmentSchemesDocument,
    "mutation ComputeAssessment($year: Int!) {\n  computeAssessment(year: $year) {\n    ...SchemeFields\n  }\n}": types.ComputeAssessmentDocument,
    "mutation ConfirmAccountabilityMeasure($id: ID!, $input: ConfirmMeasureInput!) {\n  confirmAccountabilityMeasure(id: $id, input: $input) {\n    ...MeasureFields\n  }\n}": types.ConfirmAccountabilityMeasureDocument,
    "mutation CreateAccountabilityRule($input: AccountabilityRuleInput!) {\n  createAccountabilityRule(input: $input) {\n    ...RuleFields\n  }\n}": types.CreateAccountabilityRuleDocument,
    "mutation CreateAssessmentScheme($input: AssessmentSchemeInput!) {\n  createAssessmentScheme(input: $input) {\n    ...SchemeFields\n  }\n}": types.CreateAssessmentSchemeDocument,
    "mutation DismissAccountabilityMeasure($id: ID!, $input: DismissMeasureInput!) {\n  dismissAccountabilityMeasure(id: $id, input: $input) {\n    ...MeasureFields\n  }\n}": types.DismissAccountabilityMeasureDocument,
    "query DisqualificationFigures($until: Int, $years: Int!) {\n  disqualificationFigures(until: $until, years: $years) {\n    measures\n    units\n    years {\n      year\n      units\n    }\n  }\n}": types.DisqualificationFiguresDocument,
    "query AssessmentGradeCounts($year: Int!) {\n  excellent: assessmentResults(year: $year, grade: EXCELLENT, offset: 0, limit: 1) {\n    total\n  }\n  good: assessmentResults(year: $year, grade: GOOD, offset: 0, limit: 1) {\n    total\n  }\n  fair: assessmentResults(year: $year, grade: FAIR, offset: 0, limit: 1) {\n    total\n  }\n  poor: assessmentResults(year: $year, grade: POOR, offset: 0, limit: 1) {\n    total\n  }\n}": types.AssessmentGradeCountsDocument,
    "fragment MeasureFields on AccountabilityMeasure {\n  id\n  year\n  tenantId\n  tenant {\n    id\n    name\n  }\n  kind\n  status\n  grounds\n  ruleIds\n  resultId\n  proposedAt\n  decidedAt\n  note\n  dueOn\n  dismissReason\n}": types.MeasureFieldsFragmentDoc,
    "mutation ProposeAccountabilityMeasures($year: Int!) {\n  proposeAccountabilityMeasures(year: $year) {\n    year\n    proposed\n    decided\n  }\n}": types.ProposeAccountabilityMeasuresDocument,
    "mutation PublishAssessmentResults($year: Int!) {\n  publishAssessmentResults(year: $year) {\n    ...SchemeFields\n  }\n}": types.PublishAssessmentResultsDocument,
    "mutation PublishAssessmentScheme($id: ID!) {\n  publishAssessmentScheme(id: $id) {\n    ...SchemeFields\n  }\n}": types.PublishAssessmentSchemeDocument,
    "mutation RemoveAssessmentAdjustment($id: ID!) {\n  removeAssessmentAdjustment(id: $id) {\n    id\n  }\n}": types.RemoveAssessmentAdjustmentDocument,
    "fragment ResultFields on AssessmentResult {\n  id\n  year\n  tenantId\n  tenant {\n    id\n    name\n  }\n  total\n  adjustment\n  rank\n  rankedOf\n  grade\n  overdueMarks\n  openRectifications\n  computedAt\n  components {\n    kind\n    label\n    weight\n    raw\n    score\n    definition\n  }\n}": types.ResultFieldsFragmentDoc,
    "fragment RuleFields on AccountabilityRule {\n  id\n  position\n  trigger\n  grade\n  threshold\n  kind\n  description\n  active\n}": types.RuleFieldsFragmentDoc,
    "fragment SchemeFields on AssessmentScheme {\n  id\n  year\n  title\n  status\n  adjustmentLimit\n  components {\n    kind\n    label\n    weight\n    definition\n  }\n  gradeBands {\n    grade\n    min\n  }\n  publishedAt\n  computedAt\n  resultsPublishedAt\n}": types.SchemeFieldsFragmentDoc,
    "mutation UpdateAccountabilityRule($id: ID!, $input: AccountabilityRuleInput!) {\n  updateAccountabilityRule(id: $id, input: $input) {\n    ...RuleFields\n  }\n}": types.UpdateAccountabilityRuleDocument,
    "mutation UpdateAssessmentScheme($id: ID!, $input: AssessmentSchemeInput!) {\n  updateAssessmentScheme(id: $id, input: $input) {\n    ...SchemeFields\n  }\n}": types.UpdateAssessmentSchemeDocument,
    "query AuditLog($offset: Int!, $limit: Int!, $tenantId: ID, $operation: String, $outcome: AuditOutcome, $from: DateTimeISO, $to: DateTimeISO) {\n  auditLog(\n    offset: $offset\n    limit: $limit\n    tenantId: $tenantId\n    operation: $operation\n    outcome: $outcome\n    from: $from\n    to: $to\n  ) {\n    total\n    offset\n    limit\n    items {\n      id\n      at\n      operation\n      outcome\n      errorCode\n      actorUsername\n      tenantId\n      targetIds\n      requestId\n    }\n  }\n}": types.AuditLogDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}": types.ChangePasswordDocument,
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    token\n    expiresAt\n    user {\n      id\n      username\n      displayName\n      roles\n      permissions\n      tenant {\n        id\n        name\n        kind\n        code\n      }\n    }\n  }\n}": types.LoginDocument,
    "query Me {\n  me {\n    id\n    username\n    displayName\n    roles\n    permissions\n    tenant {\n      id\n      name\n      kind\n      code\n    }\n  }\n}": types.MeDocument,
    "fragment CadenceContentFields on CadenceContent {\n  kind\n  year\n  period\n  periodKey\n  title\n  asOf\n  issued\n  issuedAt\n  documentNumber\n  notes\n  monthly {\n    counts {\n      open\n      overdue\n      dueSoon\n      closedThisMonth\n    }\n    agencies {\n      tenantId\n      agency\n      open\n      overdue\n      items {\n        ...CadenceItemFields\n      }\n    }\n  }\n  quarterly {\n    totals {\n      ...CadenceFiguresFields\n    }\n    sameQuarterLastYear {\n      ...CadenceFiguresFields\n    }\n    trend {\n      ...CadenceFiguresFields\n    }\n    groups {\n      by\n      rows {\n        ...CadenceFiguresFields\n      }\n    }\n  }\n  halfYear {\n    counts {\n      agencies\n      unclosed\n      overdue\n      repeated\n      late\n    }\n    agencies {\n      tenantId\n      agency\n      unclosed\n      overdue\n      repeated\n      late\n      items {\n        ...CadenceItemFields\n      }\n    }\n  }\n}": types.CadenceContentFieldsFragmentDoc,
    "fragment CadenceFiguresFields on CadenceFigures {\n  key\n  label\n  findings\n  rectifications\n  closed\n  due\n  onTime\n  late\n  overdue\n  repeated\n  closureRate\n  onTimeRate\n}": types.CadenceFiguresFieldsFragmentDoc,
    "fragment CadenceItemFields on CadenceItem {\n  id\n  tenantId\n  agency\n  year\n  source\n  category\n  problem\n  status\n  dueOn\n  overdue\n  daysOverdue\n  dueSoon\n  late\n  repeated\n  failedCount\n}": types.CadenceItemFieldsFragmentDoc,
    "query CadenceReportDocx($kind: CadenceKind!, $year: Int!, $period: Int!) {\n  cadenceReportDocx(kind: $kind, year: $year, period: $period)\n}": types.CadenceReportDocxDocument,
    "fragment CadenceReportFields on CadenceReport {\n  id\n  kind\n  year\n  period\n  title\n  documentNumber\n  issuedAt\n}": types.CadenceReportFieldsFragmentDoc,
    "query CadenceReports($year: Int!) {\n  cadenceReports(year: $year) {\n    ...CadenceReportFields\n  }\n}": types.CadenceReportsDocument,
    "query FindingFigures($grouping: FindingGrouping!, $year: Int) {\n  findingFigures(grouping: $grouping, year: $year) {\n    key\n    label\n    tenantId\n    total\n    repeated\n    grave\n  }\n}": types.FindingFiguresDocument,
    "query HalfYearSweep($year: Int!, $half: Int!) {\n  halfYearSweep(year: $year, half: $half) {\n    ...CadenceContentFields\n  }\n}": types.HalfYearSweepDocument,
    "mutation IssueCadenceReport($kind: CadenceKind!, $year: Int!, $period: Int!) {\n  issueCadenceReport(kind: $kind, year: $year, period: $period) {\n    ...CadenceReportFields\n  }\n}": types.IssueCadenceReportDocument,
    "query MonthlyDispatch($year: Int!, $month: Int!) {\n  monthlyDispatch(year: $year, month: $month) {\n    ...CadenceContentFields\n  }\n}": types.MonthlyDispatchDocument,
    "query QuarterlyAnalysis($year: Int!, $quarter: Int!) {\n  quarterlyAnalysis(year: $year, quarter: $quarter) {\n    ...CadenceContentFields\n  }\n}": types.QuarterlyAnalysisDocument,
    "query RectificationFiguresXlsx($year: Int) {\n  rectificationFiguresXlsx(year: $year)\n}": types.RectificationFiguresXlsxDocument,
    "query RectificationFigures($grouping: RectificationGrouping!, $year: Int) {\n  rectificationFigures(grouping: $grouping, year: $year) {\n    key\n    label\n    tenantId\n    total\n    pending\n    inProgress\n    rectified\n    verified\n    closed\n    due\n    onTime\n    late\n    overdue\n    failed\n    closureRate\n    onTimeRate\n  }\n}": types.RectificationFiguresDocument,
    "mutation AddAgencyDuty($listId: ID!, $input: DutySpecInput!) {\n  addAgencyDuty(listId: $listId, input: $input) {\n    ...DutyFields\n  }\n}": types.AddAgencyDutyDocument,
    "mutation AddDutyItem($templateId: ID!, $input: DutySpecInput!) {\n  addDutyItem(templateId: $templateId, input: $input) {\n    ...DutyItemFields\n  }\n}": types.AddDutyItemDocument,
    "mutation AddInstitutionSupplement($receiptId: ID!, $input: SupplementInput!) {\n  addInstitutionSupplement(receiptId: $receiptId, input: $input) {\n    id\n  }\n}": types.AddInstitutionSupplementDocument,
    "query AgencyDuties($tenantId: ID, $year: Int, $postCode: String) {\n  agencyDuties(tenantId: $tenantId, year: $year, postCode: $postCode) {\n    ...DutyFields\n    holders {\n      unitId\n      memberId\n      unit {\n        id\n        name\n      }\n      holder {\n        id\n        name\n      }\n    }\n  }\n}": types.AgencyDutiesDocument,
    "query AgencyDutyLists($tenantId: ID) {\n  agencyDutyLists(tenantId: $tenantId) {\n    id\n    year\n    templateId\n    issuedAt\n  }\n}": types.AgencyDutyListsDocument,
    "mutation ClearDutyTightening($itemId: ID!) {\n  clearDutyTightening(itemId: $itemId) {\n    ...DutyFields\n  }\n}": types.ClearDutyTighteningDocument,
    "mutation ConfirmInstitutionReceipt($id: ID!) {\n  confirmInstitutionReceipt(id: $id) {\n    id\n    status\n    confirmedAt\n  }\n}": types.ConfirmInstitutionReceiptDocument,
    "mutation CorrectFulfilmentRecord($id: ID!, $input: CorrectRecordInput!) {\n  correctFulfilmentRecord(id: $id, input: $input) {\n    ...RecordFields\n  }\n}": types.CorrectFulfilmentRecordDocument,
    "mutation CreateDutyTemplate($input: CreateDutyTemplateInput!) {\n  createDutyTemplate(input: $input) {\n    id\n    year\n    title\n    status\n  }\n}": types.CreateDutyTemplateDocument,
    "mutation CreateInstitutionDocument($input: InstitutionDocumentInput!) {\n  createInstitutionDocument(input: $input) {\n    id\n  }\n}": types.CreateInstitutionDocumentDocument,
    "mutation DraftInstitutionVersion($documentId: ID!, $input: InstitutionVersionInput!) {\n  draftInstitutionVersion(documentId: $documentId, input: $input) {\n    id\n    version\n  }\n}": types.DraftInstitutionVersionDocument,
    "query DutyCompletion($grouping: CompletionGrouping!, $tenantId: ID, $year: Int) {\n  dutyCompletion(grouping: $grouping, tenantId: $tenantId, year: $year) {\n    key\n    label\n    tenantId\n    due\n    done\n    accepted\n    onTime\n    late\n    overdue\n    returned\n    rate\n    onTimeRate\n  }\n}": types.DutyCompletionDocument,
    "fragment DutyFields on Duty {\n  id\n  tenantId\n  templateId\n  source\n  level\n  postCode\n  post {\n    code\n    name\n    postClass\n  }\n  unitKinds\n  area\n  title\n  content\n  requirement\n  extraRequirement\n  cadence\n  dueOffsetDays\n  dueOn\n  evidenceKinds\n  minEvidence\n  mandatedDueOffsetDays\n  mandatedDueOn\n  mandatedMinEvidence\n  tightened\n  weight\n  supervisor\n  sortOrder\n}": types.DutyFieldsFragmentDoc,
    "fragment DutyItemFields on DutyItem {\n  id\n  templateId\n  level\n  postCode\n  unitKinds\n  area\n  title\n  content\n  requirement\n  cadence\n  dueOffsetDays\n  dueOn\n  evidenceKinds\n  minEvidence\n  weight\n  supervisor\n  sortOrder\n}": types.DutyItemFieldsFragmentDoc,
    "query DutyPostHistory($unitId: ID!, $postCode: String!, $tenantId: ID) {\n  dutyPostHistory(unitId: $unitId, postCode: $postCode, tenantId: $tenantId) {\n    id\n    startsOn\n    endsOn\n    member {\n      id\n      name\n    }\n  }\n}": types.DutyPostHistoryDocument,
    "query DutyTemplateXlsx($id: ID!) {\n  dutyTemplateXlsx(id: $id)\n}": types.DutyTemplateXlsxDocument,
    "query DutyTemplate($id: ID!) {\n  dutyTemplate(id: $id) {\n    id\n    year\n    title\n    status\n    basedOnId\n    publishedAt\n    yellowWithinDays\n    items {\n      ...DutyItemFields\n    }\n  }\n}": types.DutyTemplateDocument,
    "query DutyTemplates {\n  dutyTemplates {\n    id\n    year\n    title\n    status\n    basedOnId\n    publishedAt\n    yellowWithinDays\n    createdAt\n  }\n}": types.DutyTemplatesDocument,
    "query FulfilmentHistory($id: ID!) {\n  fulfilmentHistory(id: $id) {\n    ...RecordFields\n    createdAt\n  }\n}": types.FulfilmentHistoryDocument,
    "query FulfilmentLedgerXlsx($tenantId: ID, $dutyId: ID, $periodKey: String, $unitId: ID, $status: RecordStatus, $late: Boolean, $current: Boolean) {\n  fulfilmentLedgerXlsx(\n    tenantId: $tenantId\n    dutyId: $dutyId\n    periodKey: $periodKey\n    unitId: $unitId\n    status: $status\n    late: $late\n    current: $current\n  )\n}": types.FulfilmentLedgerXlsxDocument,
    "query FulfilmentRecords($status: RecordStatus, $late: Boolean, $periodKey: String, $unitId: ID, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  fulfilmentRecords(\n    status: $status\n    late: $late\n    periodKey: $periodKey\n    unitId: $unitId\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...RecordFields\n      ...RecordContextFields\n    }\n  }\n}": types.FulfilmentRecordsDocument,
    "mutation ImportDutyItems($templateId: ID!, $fileBase64: String!) {\n  importDutyItems(templateId: $templateId, fileBase64: $fileBase64) {\n    created\n  }\n}": types.ImportDutyItemsDocument,
    "query InstitutionCompendiumDocx {\n  institutionCompendiumDocx\n}": types.InstitutionCompendiumDocxDocument,
    "query InstitutionDocuments {\n  institutionDocuments {\n    id\n    kind\n    title\n    number\n    sortOrder\n    currentVersion {\n      id\n      version\n      body\n      effectiveOn\n      publishedAt\n    }\n    versions {\n      id\n      version\n      effectiveOn\n      publishedAt\n    }\n    draft {\n      id\n      version\n      body\n      effectiveOn\n    }\n  }\n}": types.InstitutionDocumentsDocument,
    "query InstitutionLibrary {\n  institutionLibrary {\n    id\n    kind\n    title\n    number\n    sortOrder\n    currentVersion {\n      id\n      version\n      body\n      effectiveOn\n      publishedAt\n    }\n    versions {\n      id\n      version\n      effectiveOn\n      publishedAt\n    }\n    myReceipt {\n      id\n      status\n      confirmedAt\n    }\n    supplements {\n      id\n      title\n      body\n      fileIds\n      files {\n        id\n        name\n      }\n    }\n  }\n}": types.InstitutionLibraryDocument,
    "query InstitutionReceiptStatus($documentId: ID!) {\n  institutionReceiptStatus(documentId: $documentId) {\n    documentId\n    versionId\n    total\n    confirmed\n    unconfirmed {\n      id\n      code\n      name\n    }\n  }\n}": types.InstitutionReceiptStatusDocument,
    "mutation IssueMissingDutyLists($id: ID!) {\n  issueMissingDutyLists(id: $id)\n}": types.IssueMissingDutyListsDocument,
    "query MyDuties($year: Int) {\n  myDuties(year: $year) {\n    ...ObligationFields\n  }\n}": types.MyDutiesDocument,
    "fragment ObligationFields on Obligation {\n  periodKey\n  periodLabel\n  unitId\n  memberId\n  holderMemberId\n  dueAt\n  status\n  warning\n  overdueMark\n  unit {\n    id\n    name\n  }\n  holder {\n    id\n    name\n  }\n  duty {\n    ...DutyFields\n  }\n  record {\n    ...RecordFields\n  }\n}": types.ObligationFieldsFragmentDoc,
    "mutation PublishDutyTemplate($id: ID!) {\n  publishDutyTemplate(id: $id) {\n    id\n    status\n    publishedAt\n  }\n}": types.PublishDutyTemplateDocument,
    "mutation PublishInstitutionVersion($id: ID!) {\n  publishInstitutionVersion(id: $id) {\n    id\n    status\n    publishedAt\n  }\n}": types.PublishInstitutionVersionDocument,
    "fragment RecordContextFields on FulfilmentRecord {\n  duty {\n    id\n    title\n    area\n    level\n    minEvidence\n    post {\n      code\n      name\n    }\n  }\n  unit {\n    id\n    name\n  }\n  member {\n    id\n    name\n  }\n}": types.RecordContextFieldsFragmentDoc,
    "fragment RecordFields on FulfilmentRecord {\n  id\n  tenantId\n  dutyId\n  periodKey\n  unitId\n  memberId\n  postCode\n  version\n  current\n  status\n  content\n  happenedOn\n  place\n  participants\n  late\n  dueAt\n  submittedAt\n  reviewComment\n  reviewedAt\n  correctionReason\n  evidenceIntact\n  files {\n    id\n    name\n    mimeType\n    size\n    hasThumbnail\n    url\n    thumbnailUrl\n  }\n}": types.RecordFieldsFragmentDoc,
    "mutation RemoveAgencyDuty($id: ID!) {\n  removeAgencyDuty(id: $id) {\n    id\n  }\n}": types.RemoveAgencyDutyDocument,
    "mutation RemoveDutyItem($id: ID!) {\n  removeDutyItem(id: $id) {\n    id\n  }\n}": types.RemoveDutyItemDocument,
    "mutation RemoveInstitutionSupplement($id: ID!) {\n  removeInstitutionSupplement(id: $id) {\n    id\n  }\n}": types.RemoveInstitutionSupplementDocument,
    "mutation ReviewFulfilmentRecord($id: ID!, $accept: Boolean!, $comment: String) {\n  reviewFulfilmentRecord(id: $id, accept: $accept, comment: $comment) {\n    id\n    status\n    reviewComment\n    reviewedAt\n  }\n}": types.ReviewFulfilmentRecordDocument,
    "query ReviewQueue {\n  reviewQueue {\n    ...RecordFields\n    ...RecordContextFields\n  }\n}": types.ReviewQueueDocument,
    "mutation SubmitFulfilmentRecord($input: SubmitRecordInput!) {\n  submitFulfilmentRecord(input: $input) {\n    ...RecordFields\n  }\n}": types.SubmitFulfilmentRecordDocument,
    "mutation TightenDuty($itemId: ID!, $input: TightenDutyInput!) {\n  tightenDuty(itemId: $itemId, input: $input) {\n    ...DutyFields\n  }\n}": types.TightenDutyDocument,
    "query UnitDuties($unitId: ID!, $tenantId: ID, $year: Int) {\n  unitDuties(unitId: $unitId, tenantId: $tenantId, year: $year) {\n    ...ObligationFields\n  }\n}": types.UnitDutiesDocument,
    "mutation UpdateAgencyDuty($id: ID!, $input: DutySpecInput!) {\n  updateAgencyDuty(id: $id, input: $input) {\n    ...DutyFields\n  }\n}": types.UpdateAgencyDutyDocument,
    "mutation UpdateDutyItem($id: ID!, $input: DutySpecInput!) {\n  updateDutyItem(id: $id, input: $input) {\n    ...DutyItemFields\n  }\n}": types.UpdateDutyItemDocument,
    "mutation UpdateDutyTemplate($id: ID!, $input: UpdateDutyTemplateInput!) {\n  updateDutyTemplate(id: $id, input: $input) {\n    id\n    title\n    yellowWithinDays\n  }\n}": types.UpdateDutyTemplateDocument,
    "mutation UpdateInstitutionDocument($id: ID!, $input: InstitutionDocumentInput!) {\n  updateInstitutionDocument(id: $id, input: $input) {\n    id\n  }\n}": types.UpdateInstitutionDocumentDocument,
    "mutation UpdateInstitutionSupplement($id: ID!, $input: SupplementInput!) {\n  updateInstitutionSupplement(id: $id, input: $input) {\n    id\n  }\n}": types.UpdateInstitutionSupplementDocument,
    "mutation UpdateInstitutionVersion($id: ID!, $input: InstitutionVersionInput!) {\n  updateInstitutionVersion(id: $id, input: $input) {\n    id\n  }\n}": types.UpdateInstitutionVersionDocument,
    "mutation AssignAgenciesToGrid($gridId: ID!, $input: AssignAgenciesInput!) {\n  assignAgenciesToGrid(gridId: $gridId, input: $input) {\n    ...GridFields\n  }\n}": types.AssignAgenciesToGridDocument,
    "mutation CreateGrid($input: GridInput!) {\n  createGrid(input: $input) {\n    ...GridFields\n  }\n}": types.CreateGridDocument,
    "fragment GridFields on Grid {\n  id\n  name\n  position\n  note\n  leaderUserId\n  leader {\n    id\n    displayName\n  }\n  liaisons {\n    id\n    displayName\n  }\n  agencies {\n    id\n    code\n    name\n  }\n  members {\n    agencyId\n    startsOn\n  }\n}": types.GridFieldsFragmentDoc,
    "query Grids {\n  grids {\n    ...GridFields\n  }\n  agenciesWithoutGrid {\n    id\n    code\n    name\n  }\n}": types.GridsDocument,
    "mutation RemoveAgencyFromGrid($agencyId: ID!, $on: LocalDate!) {\n  removeAgencyFromGrid(agencyId: $agencyId, on: $on) {\n    agencyId\n    endsOn\n  }\n}": types.RemoveAgencyFromGridDocument,
    "mutation RemoveGrid($id: ID!) {\n  removeGrid(id: $id) {\n    id\n  }\n}": types.RemoveGridDocument,
    "mutation SetGridLiaisons($gridId: ID!, $userIds: [ID!]!) {\n  setGridLiaisons(gridId: $gridId, userIds: $userIds) {\n    ...GridFields\n  }\n}": types.SetGridLiaisonsDocument,
    "mutation UpdateGrid($id: ID!, $input: GridInput!) {\n  updateGrid(id: $id, input: $input) {\n    ...GridFields\n  }\n}": types.UpdateGridDocument,
    "query MyTodos {\n  myTodos {\n    id\n    module\n    title\n    dueAt\n    level\n    link\n  }\n}": types.MyTodosDocument,
    "query BranchMembers($unitId: ID!) {\n  partyMembers(\n    unitId: $unitId\n    status: ACTIVE\n    includeDescendants: true\n    offset: 0\n    limit: 200\n  ) {\n    total\n    items {\n      id\n      name\n    }\n  }\n}": types.BranchMembersDocument,
    "mutation CancelStageActivity($id: ID!, $reason: String!) {\n  cancelStageActivity(id: $id, input: {reason: $reason}) {\n    ...StageActivityFields\n  }\n}": types.CancelStageActivityDocument,
    "mutation CorrectStageActivityAttendance($id: ID!, $input: ActivityAttendanceInput!) {\n  correctStageActivityAttendance(id: $id, input: $input) {\n    ...StageActivityFields\n  }\n}": types.CorrectStageActivityAttendanceDocument,
    "mutation HoldStageActivity($id: ID!, $input: ActivityAttendanceInput!) {\n  holdStageActivity(id: $id, input: $input) {\n    ...StageActivityFields\n  }\n}": types.HoldStageActivityDocument,
    "mutation PlanStageActivity($input: NewStageActivityInput!) {\n  planStageActivity(input: $input) {\n    ...StageActivityFields\n  }\n}": types.PlanStageActivityDocument,
    "query StageActivities($tenantId: ID, $year: Int, $unitId: ID, $kind: ActivityKind, $status: ActivityStatus, $offset: Int!, $limit: Int!) {\n  stageActivities(\n    tenantId: $tenantId\n    year: $year\n    unitId: $unitId\n    kind: $kind\n    status: $status\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...StageActivityFields\n    }\n  }\n}": types.StageActivitiesDocument,
    "fragment StageActivityFields on StageActivity {\n  id\n  tenantId\n  unitId\n  kind\n  topic\n  heldOn\n  place\n  status\n  notes\n  cancelReason\n  pointsNotes\n  speakerIds\n  attendeeIds\n  evidenceIntact\n  unit {\n    id\n    name\n  }\n  speakers {\n    id\n    name\n  }\n  attendees {\n    id\n    name\n  }\n  files {\n    ...StoredFileFields\n  }\n}": types.StageActivityFieldsFragmentDoc,
    "query StageCoverage($tenantId: ID, $year: Int!) {\n  stageCoverage(tenantId: $tenantId, year: $year) {\n    year\n    members\n    speakers\n    rate\n    branches {\n      unitId\n      members\n      speakers\n      rate\n      unit {\n        id\n        name\n      }\n      notYet {\n        id\n        name\n      }\n    }\n  }\n}": types.StageCoverageDocument,
    "mutation UpdateStageActivity($id: ID!, $input: StageActivityInput!) {\n  updateStageActivity(id: $id, input: $input) {\n    ...StageActivityFields\n  }\n}": types.UpdateStageActivityDocument,
    "mutation ApproveHonourNomination($id: ID!) {\n  approveHonourNomination(id: $id) {\n    ...HonourNominationFields\n  }\n}": types.ApproveHonourNominationDocument,
    "mutation CreateHonourRound($input: HonourRoundInput!) {\n  createHonourRound(input: $input) {\n    ...HonourRoundFields\n  }\n}": types.CreateHonourRoundDocument,
    "query DisciplineRecords {\n  disciplineRecords {\n    id\n    kind\n    decidedOn\n    influenceEndsOn\n    note\n    member {\n      id\n      name\n    }\n  }\n}": types.DisciplineRecordsDocument,
    "query HonourFigures {\n  honourFigures {\n    from\n    to\n    definition\n    members\n    partyWorkers\n    organisations\n    breakdown {\n      year\n      level\n      category\n      count\n    }\n  }\n}": types.HonourFiguresDocument,
    "fragment HonourNominationFields on HonourNomination {\n  id\n  tenantId\n  roundId\n  category\n  status\n  deeds\n  rejectReason\n  decidedAt\n  createdAt\n  member {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n  tenant {\n    id\n    name\n  }\n  round {\n    id\n    title\n    year\n    level\n  }\n  eligibility {\n    kind\n    label\n    passed\n    detail\n  }\n  files {\n    ...StoredFileFields\n  }\n}": types.HonourNominationFieldsFragmentDoc,
    "query HonourNominationsXlsx($roundId: ID, $tenantId: ID, $category: HonourCategory, $status: HonourNominationStatus) {\n  honourNominationsXlsx(\n    roundId: $roundId\n    tenantId: $tenantId\n    category: $category\n    status: $status\n  )\n}": types.HonourNominationsXlsxDocument,
    "query HonourNominations($roundId: ID, $tenantId: ID, $category: HonourCategory, $status: HonourNominationStatus, $offset: Int!, $limit: Int!) {\n  honourNominations(\n    roundId: $roundId\n    tenantId: $tenantId\n    category: $category\n    status: $status\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...HonourNominationFields\n    }\n  }\n}": types.HonourNominationsDocument,
    "query HonourNomineeCheck($input: NomineeCheckInput!) {\n  honourNomineeCheck(input: $input) {\n    kind\n    label\n    passed\n    detail\n  }\n}": types.HonourNomineeCheckDocument,
    "query HonourResults($category: HonourCategory) {\n  honourResults(category: $category) {\n    id\n    category\n    level\n    title\n    source\n    conferredOn\n    member {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    tenant {\n      id\n      name\n    }\n  }\n}": types.HonourResultsDocument,
    "fragment HonourRoundFields on HonourRound {\n  id\n  year\n  title\n  level\n  categories\n  quotaPerAgency\n  quotaTotal\n  opensOn\n  closesOn\n  publishedOn\n  status\n  rules {\n    kind\n    threshold\n  }\n}": types.HonourRoundFieldsFragmentDoc,
    "query HonourRounds($year: Int) {\n  honourRounds(year: $year) {\n    ...HonourRoundFields\n  }\n}": types.HonourRoundsDocument,
    "mutation NominateForHonour($input: NominateInput!) {\n  nominateForHonour(input: $input) {\n    ...HonourNominationFields\n  }\n}": types.NominateForHonourDocument,
    "query OutsideHonours {\n  outsideHonours {\n    id\n    category\n    level\n    title\n    conferredBy\n    conferredOn\n    member {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n  }\n}": types.OutsideHonoursDocument,
    "mutation PublishHonourRound($id: ID!) {\n  publishHonourRound(id: $id) {\n    ...HonourRoundFields\n  }\n}": types.PublishHonourRoundDocument,
    "mutation RecordDiscipline($input: DisciplineRecordInput!) {\n  recordDiscipline(input: $input) {\n    id\n  }\n}": types.RecordDisciplineDocument,
    "mutation RecordOutsideHonour($input: OutsideHonourInput!) {\n  recordOutsideHonour(input: $input) {\n    id\n  }\n}": types.RecordOutsideHonourDocument,
    "mutation RejectHonourNomination($id: ID!, $reason: String!) {\n  rejectHonourNomination(id: $id, input: {reason: $reason}) {\n    ...HonourNominationFields\n  }\n}": types.RejectHonourNominationDocument,
    "mutation RemoveDiscipline($id: ID!) {\n  removeDiscipline(id: $id) {\n    id\n  }\n}": types.RemoveDisciplineDocument,
    "mutation RemoveOutsideHonour($id: ID!) {\n  removeOutsideHonour(id: $id) {\n    id\n  }\n}": types.RemoveOutsideHonourDocument,
    "mutation UpdateHonourRound($id: ID!, $input: HonourRoundInput!) {\n  updateHonourRound(id: $id, input: $input) {\n    ...HonourRoundFields\n  }\n}": types.UpdateHonourRoundDocument,
    "mutation ArchivePointsYear($year: Int!) {\n  archivePointsYear(year: $year) {\n    id\n    year\n  }\n}": types.ArchivePointsYearDocument,
    "query PointsArchiveRows($year: Int!, $offset: Int!, $limit: Int!) {\n  pointsArchiveRows(year: $year, offset: $offset, limit: $limit) {\n    total\n    items {\n      id\n      memberId\n      memberName\n      branchName\n      agencyRank\n      branchRank\n      points\n    }\n  }\n}": types.PointsArchiveRowsDocument,
    "query PointsArchiveXlsx($year: Int!) {\n  pointsArchiveXlsx(year: $year)\n}": types.PointsArchiveXlsxDocument,
    "query PointsArchives {\n  pointsArchives {\n    id\n    year\n    members\n    participants\n    totalPoints\n    archivedAt\n  }\n}": types.PointsArchivesDocument,
    "mutation AppealPointsEntry($id: ID!, $reason: String!) {\n  appealPointsEntry(id: $id, input: {reason: $reason}) {\n    ...PointsEntryFields\n  }\n}": types.AppealPointsEntryDocument,
    "mutation ApprovePointsEntry($id: ID!) {\n  approvePointsEntry(id: $id) {\n    ...PointsEntryFields\n  }\n}": types.ApprovePointsEntryDocument,
    "mutation CopyPointsRules($year: Int!) {\n  copyPointsRules(input: {year: $year}) {\n    id\n  }\n}": types.CopyPointsRulesDocument,
    "mutation CreatePointsRule($input: NewPointsRuleInput!) {\n  createPointsRule(input: $input) {\n    ...PointsRuleFields\n  }\n}": types.CreatePointsRuleDocument,
    "mutation DeclarePoints($input: DeclarePointsInput!) {\n  declarePoints(input: $input) {\n    ...PointsEntryFields\n  }\n}": types.DeclarePointsDocument,
    "query MyPointsStanding($periodKey: String!) {\n  myPointsStanding(periodKey: $periodKey) {\n    periodKey\n    periodLabel\n    memberId\n    points\n    rank\n    branchRank\n  }\n}": types.MyPointsStandingDocument,
    "query PointsEntriesXlsx($status: PointsEntryStatus, $periodKey: String, $unitId: ID, $memberId: ID, $ruleId: ID) {\n  pointsEntriesXlsx(\n    status: $status\n    periodKey: $periodKey\n    unitId: $unitId\n    memberId: $memberId\n    ruleId: $ruleId\n  )\n}": types.PointsEntriesXlsxDocument,
    "query PointsEntries($status: PointsEntryStatus, $year: Int, $periodKey: String, $unitId: ID, $memberId: ID, $ruleId: ID, $offset: Int!, $limit: Int!) {\n  pointsEntries(\n    status: $status\n    year: $year\n    periodKey: $periodKey\n    unitId: $unitId\n    memberId: $memberId\n    ruleId: $ruleId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...PointsEntryFields\n    }\n  }\n}": types.PointsEntriesDocument,
    "fragment PointsEntryFields on PointsEntry {\n  id\n  memberId\n  ruleName\n  category\n  points\n  occurredOn\n  origin\n  status\n  note\n  rejectReason\n  appealReason\n  appealedAt\n  reversesId\n  reversedBy {\n    id\n  }\n  evidenceIntact\n  createdAt\n  member {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n  rule {\n    id\n    cap\n    capPeriod\n  }\n  files {\n    ...StoredFileFields\n  }\n}": types.PointsEntryFieldsFragmentDoc,
    "query PointsMemberOptions($search: String, $unitId: ID) {\n  partyMembers(\n    search: $search\n    unitId: $unitId\n    includeDescendants: true\n    limit: 20\n  ) {\n    items {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n  }\n}": types.PointsMemberOptionsDocument,
    "query PointsRankingXlsx($periodKey: String!, $unitId: ID) {\n  pointsRankingXlsx(periodKey: $periodKey, unitId: $unitId)\n}": types.PointsRankingXlsxDocument,
    "query PointsRanking($periodKey: String!, $unitId: ID, $offset: Int!, $limit: Int!) {\n  pointsRanking(\n    periodKey: $periodKey\n    unitId: $unitId\n    offset: $offset\n    limit: $limit\n  ) {\n    periodKey\n    periodLabel\n    total\n    items {\n      memberId\n      unitId\n      branchId\n      points\n      rank\n      branchRank\n      member {\n        id\n        name\n      }\n      branch {\n        id\n        name\n      }\n    }\n  }\n  pointsParticipation(periodKey: $periodKey) {\n    members\n    participants\n    rate\n  }\n}": types.PointsRankingDocument,
    "fragment PointsRuleFields on PointsRule {\n  id\n  owner\n  tenantId\n  year\n  category\n  name\n  description\n  points\n  cap\n  capPeriod\n  evidenceRequired\n  awarder\n  mode\n  autoTrigger\n}": types.PointsRuleFieldsFragmentDoc,
    "query PointsRules($year: Int!) {\n  pointsRules(year: $year) {\n    ...PointsRuleFields\n  }\n}": types.PointsRulesDocument,
    "mutation RejectPointsEntry($id: ID!, $reason: String!) {\n  rejectPointsEntry(id: $id, input: {reason: $reason}) {\n    ...PointsEntryFields\n  }\n}": types.RejectPointsEntryDocument,
    "mutation RemovePointsRule($id: ID!) {\n  removePointsRule(id: $id)\n}": types.RemovePointsRuleDocument,
    "mutation ReversePointsEntry($id: ID!, $reason: String!) {\n  reversePointsEntry(id: $id, input: {reason: $reason}) {\n    ...PointsEntryFields\n  }\n}": types.ReversePointsEntryDocument,
    "mutation UpdatePointsRule($id: ID!, $input: PointsRuleInput!) {\n  updatePointsRule(id: $id, input: $input) {\n    ...PointsRuleFields\n  }\n}": types.UpdatePointsRuleDocument,
    "mutation AnswerStarObjection($id: ID!, $text: String!) {\n  answerStarObjection(id: $id, input: {text: $text}) {\n    ...StarObjectionFields\n  }\n}": types.AnswerStarObjectionDocument,
    "mutation CloseStarScheme($id: ID!) {\n  closeStarScheme(id: $id) {\n    ...StarSchemeFields\n  }\n}": types.CloseStarSchemeDocument,
    "mutation ConfirmStarRating($id: ID!) {\n  confirmStarRating(id: $id) {\n    ...StarRatingDetailFields\n  }\n}": types.ConfirmStarRatingDocument,
    "mutation CreateStarScheme($input: StarSchemeInput!) {\n  createStarScheme(input: $input) {\n    ...StarSchemeFields\n  }\n}": types.CreateStarSchemeDocument,
    "mutation NameStarRating($id: ID!) {\n  nameStarRating(id: $id) {\n    ...StarRatingDetailFields\n  }\n}": types.NameStarRatingDocument,
    "mutation ObjectToStarRating($id: ID!, $text: String!) {\n  objectToStarRating(id: $id, input: {text: $text}) {\n    ...StarObjectionFields\n  }\n}": types.ObjectToStarRatingDocument,
    "mutation OpenStarScheme($id: ID!) {\n  openStarScheme(id: $id) {\n    ...StarSchemeFields\n  }\n}": types.OpenStarSchemeDocument,
    "mutation PartyReviewStarRating($id: ID!, $input: StarScoresInput!) {\n  partyReviewStarRating(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}": types.PartyReviewStarRatingDocument,
    "mutation PublicizeStarRating($id: ID!, $input: StarPublicizeInput!) {\n  publicizeStarRating(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}": types.PublicizeStarRatingDocument,
    "mutation ReturnStarPartyReview($id: ID!, $input: StarTextInput!) {\n  returnStarPartyReview(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}": types.ReturnStarPartyReviewDocument,
    "mutation ReturnStarSelfAssessment($id: ID!, $input: StarTextInput!) {\n  returnStarSelfAssessment(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}": types.ReturnStarSelfAssessmentDocument,
    "mutation SaveStarSelfAssessment($id: ID!, $input: StarScoresInput!) {\n  saveStarSelfAssessment(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}": types.SaveStarSelfAssessmentDocument,
    "query StarFigures($year: Int!, $tenantId: ID) {\n  starFigures(year: $year, tenantId: $tenantId, limit: 200) {\n    year\n    definition\n    rated\n    named\n    up\n    down\n    same\n    fresh\n    levels {\n      stars\n      count\n    }\n    byAgency {\n      tenantId\n      rated\n      tenant {\n        id\n        name\n      }\n      levels {\n        stars\n        count\n      }\n    }\n  }\n}": types.StarFiguresDocument,
    "fragment StarObjectionFields on StarObjection {\n  id\n  content\n  status\n  answer\n  createdAt\n  answeredAt\n}\n\nfragment StarRatingDetailFields on StarRating {\n  ...StarRatingFields\n  scores {\n    key\n    prefilled\n    evidence\n    selfScore\n    selfReason\n    partyScore\n    partyReason\n  }\n  scheme {\n    ...StarSchemeFields\n  }\n  objections {\n    ...StarObjectionFields\n  }\n}": types.StarObjectionFieldsFragmentDoc,
    "fragment StarRatingFields on StarRating {\n  id\n  year\n  tenantId\n  unitId\n  status\n  total\n  stars\n  previousStars\n  movement\n  namedStars\n  namedOn\n  publicizedUntil\n  satisfaction\n  innovationProject\n  partyReturnReason\n  committeeReturnReason\n  tenant {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n}": types.StarRatingFieldsFragmentDoc,
    "query StarRating($id: ID!) {\n  starRating(id: $id) {\n    ...StarRatingDetailFields\n  }\n}": types.StarRatingDocument,
    "query StarRatingsXlsx($year: Int!, $tenantId: ID, $status: StarRatingStatus, $stars: Int) {\n  starRatingsXlsx(\n    year: $year\n    tenantId: $tenantId\n    status: $status\n    stars: $stars\n  )\n}": types.StarRatingsXlsxDocument,
    "query StarRatings($year: Int!, $tenantId: ID, $status: StarRatingStatus, $stars: Int, $offset: Int!, $limit: Int!) {\n  starRatings(\n    year: $year\n    tenantId: $tenantId\n    status: $status\n    stars: $stars\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...StarRatingFields\n    }\n  }\n}": types.StarRatingsDocument,
    "fragment StarSchemeFields on StarScheme {\n  id\n  year\n  title\n  status\n  satisfactionWeight\n  fiveStarNeedsInnovation\n  criteria {\n    key\n    name\n    maxScore\n    source\n  }\n  bands {\n    stars\n    minScore\n  }\n  satisfactionCaps {\n    below\n    maxStars\n  }\n  quotas {\n    stars\n    percent\n  }\n}": types.StarSchemeFieldsFragmentDoc,
    "query StarSchemes {\n  starSchemes {\n    ...StarSchemeFields\n  }\n}": types.StarSchemesDocument,
    "mutation StartStarRatings($year: Int!) {\n  startStarRatings(year: $year) {\n    id\n  }\n}": types.StartStarRatingsDocument,
    "mutation SubmitStarSelfAssessment($id: ID!) {\n  submitStarSelfAssessment(id: $id) {\n    ...StarRatingDetailFields\n  }\n}": types.SubmitStarSelfAssessmentDocument,
    "mutation CreatePartyMember($input: CreatePartyMemberInput!) {\n  createPartyMember(input: $input) {\n    id\n    name\n  }\n}": types.CreatePartyMemberDocument,
    "mutation ImportPartyMembers($fileBase64: String!) {\n  importPartyMembers(fileBase64: $fileBase64) {\n    created\n  }\n}": types.ImportPartyMembersDocument,
    "fragment MemberPost on PostAssignment {\n  id\n  startsOn\n  post {\n    code\n    name\n  }\n  unit {\n    id\n    name\n  }\n}": types.MemberPostFragmentDoc,
    "fragment MemberRecord on PartyMember {\n  id\n  name\n  gender\n  ethnicity\n  birthDate\n  education\n  joinedOn\n  category\n  status\n  phone\n  idNumber\n  leadershipMember\n  jobTitle\n}": types.MemberRecordFragmentDoc,
    "query MyPartyMember {\n  myPartyMember {\n    id\n    name\n    gender\n    joinedOn\n    category\n    status\n    jobTitle\n    leadershipMember\n    unit {\n      id\n      name\n      ancestors {\n        id\n        name\n      }\n    }\n    posts {\n      ...MemberPost\n    }\n  }\n}": types.MyPartyMemberDocument,
    "query PartyMemberDetail($id: ID!) {\n  partyMember(id: $id) {\n    ...MemberRecord\n    unit {\n      id\n      name\n    }\n    posts {\n      ...MemberPost\n    }\n    transfers {\n      id\n      transferredOn\n      note\n      fromUnit {\n        id\n        name\n      }\n      toUnit {\n        id\n        name\n      }\n    }\n  }\n}": types.PartyMemberDetailDocument,
    "query PartyMemberImportTemplate {\n  partyMemberImportTemplate\n}": types.PartyMemberImportTemplateDocument,
    "query PartyMembers($search: String, $unitId: ID, $status: MemberStatus, $includeDescendants: Boolean!, $offset: Int!, $limit: Int!) {\n  partyMembers(\n    search: $search\n    unitId: $unitId\n    status: $status\n    includeDescendants: $includeDescendants\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    offset\n    limit\n    items {\n      ...MemberRecord\n      tenantId\n      unitId\n      unit {\n        id\n        name\n        writable\n      }\n    }\n  }\n}": types.PartyMembersDocument,
    "mutation TransferPartyMember($id: ID!, $input: TransferPartyMemberInput!) {\n  transferPartyMember(id: $id, input: $input) {\n    id\n    unitId\n  }\n}": types.TransferPartyMemberDocument,
    "mutation UpdatePartyMember($id: ID!, $input: UpdatePartyMemberInput!) {\n  updatePartyMember(id: $id, input: $input) {\n    id\n    name\n  }\n}": types.UpdatePartyMemberDocument,
    "mutation MarkAllSiteMessagesRead {\n  markAllSiteMessagesRead {\n    marked\n    unread\n  }\n}": types.MarkAllSiteMessagesReadDocument,
    "mutation MarkSiteMessagesRead($ids: [ID!]!) {\n  markSiteMessagesRead(ids: $ids) {\n    marked\n    unread\n  }\n}": types.MarkSiteMessagesReadDocument,
    "query MySiteMessages($unreadOnly: Boolean, $offset: Int, $limit: Int) {\n  mySiteMessages(unreadOnly: $unreadOnly, offset: $offset, limit: $limit) {\n    total\n    unread\n    items {\n      id\n      title\n      body\n      link\n      readAt\n      createdAt\n    }\n  }\n}": types.MySiteMessagesDocument,
    "query MyUnreadSiteMessageCount {\n  myUnreadSiteMessageCount\n}": types.MyUnreadSiteMessageCountDocument,
    "mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n  createOrgUnit(input: $input) {\n    id\n    name\n    parentId\n  }\n}": types.CreateOrgUnitDocument,
    "mutation DissolveOrgUnit($id: ID!, $dissolvedOn: LocalDate) {\n  dissolveOrgUnit(id: $id, dissolvedOn: $dissolvedOn) {\n    id\n    dissolvedOn\n  }\n}": types.DissolveOrgUnitDocument,
    "mutation MoveOrgUnit($id: ID!, $parentId: ID!, $sortOrder: Int) {\n  moveOrgUnit(id: $id, parentId: $parentId, sortOrder: $sortOrder) {\n    id\n    parentId\n  }\n}": types.MoveOrgUnitDocument,
    "query OrgRoots {\n  orgRoots {\n    id\n    name\n    kind\n    code\n    tenantId\n    childCount\n    dissolvedOn\n    writable\n  }\n}": types.OrgRootsDocument,
    "query OrgTree($id: ID, $depth: Int!) {\n  orgTree(id: $id, depth: $depth) {\n    id\n    name\n    kind\n    code\n    parentId\n    tenantId\n    depth\n    writable\n  }\n}": types.OrgTreeDocument,
    "query OrgUnitChildren($id: ID!, $includeDissolved: Boolean!) {\n  orgUnit(id: $id) {\n    id\n    children(includeDissolved: $includeDissolved) {\n      id\n      name\n      kind\n      code\n      tenantId\n      childCount\n      dissolvedOn\n      writable\n    }\n  }\n}": types.OrgUnitChildrenDocument,
    "query OrgUnitRules {\n  orgUnitRules {\n    rootKinds\n    maxDepth\n    childKinds {\n      kind\n      children\n    }\n  }\n}": types.OrgUnitRulesDocument,
    "query OrgUnit($id: ID!) {\n  orgUnit(id: $id) {\n    id\n    name\n    kind\n    code\n    tenantId\n    parentId\n    depth\n    sortOrder\n    establishedOn\n    dissolvedOn\n    taskForce\n    startsOn\n    endsOn\n    childCount\n    writable\n    memberCount\n    totalMembers: memberCount(includeDescendants: true)\n    ancestors {\n      id\n      name\n      writable\n    }\n    secretary {\n      id\n      name\n    }\n    posts {\n      id\n      startsOn\n      post {\n        code\n        name\n      }\n      member {\n        id\n        name\n      }\n    }\n    children {\n      id\n      name\n      kind\n      code\n      childCount\n      memberCount(includeDescendants: true)\n      secretary {\n        id\n        name\n      }\n    }\n  }\n}": types.OrgUnitDocument,
    "mutation RestoreOrgUnit($id: ID!) {\n  restoreOrgUnit(id: $id) {\n    id\n    dissolvedOn\n  }\n}": types.RestoreOrgUnitDocument,
    "mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {\n  updateOrgUnit(id: $id, input: $input) {\n    id\n    name\n    code\n  }\n}": types.UpdateOrgUnitDocument,
    "query OrgOverview {\n  orgOverview {\n    agencies\n    members\n    probationaryMembers\n    branchSecretaries\n    branchSecretariesInLeadership\n    branchSecretaryLeadershipShare\n    partyAffairsCadres\n    fullTimeCadres\n    partTimeCadres\n    actionBranches\n    agenciesWithOrganCommittee\n    agenciesWithFullTimeDeputy\n    unitsByKind {\n      kind\n      count\n    }\n    byAgency {\n      tenantId\n      tenantName\n      tenantKind\n      units\n      members\n      branches\n      probationaryMembers\n      branchSecretaries\n      branchSecretariesInLeadership\n      branchSecretaryLeadershipShare\n      partyAffairsCadres\n      hasOrganCommittee\n      hasFullTimeDeputy\n      unitsByKind {\n        kind\n        count\n      }\n    }\n  }\n}": types.OrgOverviewDocument,
    "mutation AssignPost($input: AssignPostInput!) {\n  assignPost(input: $input) {\n    id\n  }\n}": types.AssignPostDocument,
    "mutation CreatePostType($input: CreatePostTypeInput!) {\n  createPostType(input: $input) {\n    code\n  }\n}": types.CreatePostTypeDocument,
    "mutation EndPostAssignment($id: ID!, $endsOn: LocalDate) {\n  endPostAssignment(id: $id, endsOn: $endsOn) {\n    id\n    endsOn\n  }\n}": types.EndPostAssignmentDocument,
    "query PostAssignments($unitId: ID, $postCode: String, $search: String, $offset: Int!, $limit: Int!) {\n  postAssignments(\n    unitId: $unitId\n    includeDescendants: true\n    postCode: $postCode\n    search: $search\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      id\n      tenantId\n      startsOn\n      postCode\n      post {\n        code\n        name\n        secretary\n      }\n      unit {\n        id\n        name\n        writable\n      }\n      member {\n        id\n        name\n        leadershipMember\n        jobTitle\n      }\n    }\n  }\n}": types.PostAssignmentsDocument,
    "query PostTypes {\n  postTypes {\n    code\n    name\n    assignable\n    postClass\n    secretary\n    cadre\n    ninePost\n    unitKinds\n    fullMembersOnly\n    holderWithinUnit\n    sortOrder\n  }\n}": types.PostTypesDocument,
    "query SecretaryMismatches {\n  secretaryMismatches {\n    tenantId\n    topUnit {\n      id\n      name\n    }\n    topSecretary {\n      id\n      name\n    }\n    organUnit {\n      id\n      name\n    }\n    organSecretary {\n      id\n      name\n    }\n  }\n}": types.SecretaryMismatchesDocument,
    "mutation UpdatePostType($code: String!, $input: UpdatePostTypeInput!) {\n  updatePostType(code: $code, input: $input) {\n    code\n    name\n    cadre\n    unitKinds\n    fullMembersOnly\n    holderWithinUnit\n    sortOrder\n  }\n}": types.UpdatePostTypeDocument,
    "query ReminderSettings {\n  reminderSettings {\n    leadDays\n    onDueDay\n    updatedAt\n  }\n}": types.ReminderSettingsDocument,
    "mutation UpdateReminderSettings($input: UpdateReminderSettingsInput!) {\n  updateReminderSettings(input: $input) {\n    leadDays\n    onDueDay\n    updatedAt\n  }\n}": types.UpdateReminderSettingsDocument,
    "mutation AddReviewComment($participantId: ID!, $input: ReviewCommentInput!) {\n  addReviewComment(participantId: $participantId, input: $input) {\n    ...ReviewCommentFields\n  }\n}": types.AddReviewCommentDocument,
    "mutation AddReviewParticipants($input: ReviewParticipantsInput!) {\n  addReviewParticipants(input: $input) {\n    id\n  }\n}": types.AddReviewParticipantsDocument,
    "mutation CloseReviewSession($id: ID!) {\n  closeReviewSession(id: $id) {\n    ...ReviewSessionFields\n  }\n}": types.CloseReviewSessionDocument,
    "mutation CreateReviewGroup($sessionId: ID!, $input: ReviewGroupInput!) {\n  createReviewGroup(sessionId: $sessionId, input: $input) {\n    id\n    name\n    position\n  }\n}": types.CreateReviewGroupDocument,
    "mutation CreateReviewSession($input: ReviewSessionInput!) {\n  createReviewSession(input: $input) {\n    ...ReviewSessionFields\n  }\n}": types.CreateReviewSessionDocument,
    "mutation FollowUpReviewComment($id: ID!, $dueOn: LocalDate!, $problem: String) {\n  followUpReviewComment(id: $id, dueOn: $dueOn, problem: $problem) {\n    id\n    dueOn\n  }\n}": types.FollowUpReviewCommentDocument,
    "mutation OpenReviewReporting($id: ID!) {\n  openReviewReporting(id: $id) {\n    ...ReviewSessionFields\n  }\n}": types.OpenReviewReportingDocument,
    "mutation RateReviewParticipants($input: ReviewSheetInput!) {\n  rateReviewParticipants(input: $input) {\n    id\n    participantId\n    code\n  }\n}": types.RateReviewParticipantsDocument,
    "mutation RemoveReviewComment($id: ID!) {\n  removeReviewComment(id: $id)\n}": types.RemoveReviewCommentDocument,
    "mutation RemoveReviewGroup($id: ID!) {\n  removeReviewGroup(id: $id) {\n    id\n  }\n}": types.RemoveReviewGroupDocument,
    "mutation RemoveReviewParticipant($id: ID!) {\n  removeReviewParticipant(id: $id) {\n    id\n  }\n}": types.RemoveReviewParticipantDocument,
    "mutation ReturnReviewReport($id: ID!, $reason: String!) {\n  returnReviewReport(id: $id, reason: $reason) {\n    ...ReviewParticipantFields\n  }\n}": types.ReturnReviewReportDocument,
    "fragment ReviewCommentFields on ReviewComment {\n  id\n  sessionId\n  tenantId\n  participantId\n  commenter\n  content\n  rectificationId\n  createdAt\n  tenant {\n    id\n    name\n  }\n}": types.ReviewCommentFieldsFragmentDoc,
    "query ReviewComments($sessionId: ID!, $tenantId: ID, $followedUp: Boolean, $offset: Int!, $limit: Int!) {\n  reviewComments(\n    sessionId: $sessionId\n    tenantId: $tenantId\n    followedUp: $followedUp\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...ReviewCommentFields\n    }\n  }\n}": types.ReviewCommentsDocument,
    "query ReviewFigures($sessionId: ID!) {\n  reviewFigures(sessionId: $sessionId) {\n    participants\n    submitted\n    notSubmitted\n    returned\n    ratings\n    distribution {\n      code\n      label\n      score\n      count\n    }\n  }\n}": types.ReviewFiguresDocument,
    "query ReviewListed($sessionId: ID!, $offset: Int!, $limit: Int!) {\n  reviewParticipants(sessionId: $sessionId, offset: $offset, limit: $limit) {\n    total\n    items {\n      id\n      tenantId\n      groupId\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}": types.ReviewListedDocument,
    "fragment ReviewParticipantFields on ReviewParticipant {\n  id\n  sessionId\n  tenantId\n  groupId\n  status\n  summary\n  submittedAt\n  returnReason\n  returnedAt\n  evidenceIntact\n  tenant {\n    id\n    name\n  }\n  files {\n    ...StoredFileFields\n  }\n}": types.ReviewParticipantFieldsFragmentDoc,
    "query ReviewParticipants($sessionId: ID!, $groupId: ID, $status: ReviewReportStatus, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  reviewParticipants(\n    sessionId: $sessionId\n    groupId: $groupId\n    status: $status\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...ReviewParticipantFields\n      result {\n        ...ReviewResultFields\n      }\n    }\n  }\n}": types.ReviewParticipantsDocument,
    "fragment ReviewResultFields on ReviewResult {\n  participantId\n  tenantId\n  groupId\n  ratingCount\n  score\n  gradeCode\n  gradeLabel\n  rank\n  ranked\n}": types.ReviewResultFieldsFragmentDoc,
    "query ReviewResults($sessionId: ID!) {\n  reviewResults(sessionId: $sessionId) {\n    ...ReviewResultFields\n  }\n}": types.ReviewResultsDocument,
    "fragment ReviewSessionFields on ReviewSession {\n  id\n  year\n  title\n  heldOn\n  status\n  reviewerUserIds\n  amReviewer\n  closedAt\n  scale {\n    code\n    label\n    score\n  }\n  groups {\n    id\n    name\n    position\n    participantCount\n  }\n}": types.ReviewSessionFieldsFragmentDoc,
    "query ReviewSession($id: ID!) {\n  reviewSession(id: $id) {\n    ...ReviewSessionFields\n  }\n}": types.ReviewSessionDocument,
    "query ReviewSessions {\n  reviewSessions {\n    ...ReviewSessionFields\n  }\n}": types.ReviewSessionsDocument,
    "query ReviewSheet($sessionId: ID!, $groupId: ID!) {\n  reviewParticipants(\n    sessionId: $sessionId\n    groupId: $groupId\n    offset: 0\n    limit: 200\n  ) {\n    total\n    items {\n      id\n      tenantId\n      myRating\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}": types.ReviewSheetDocument,
    "query ReviewSummaryDocx($sessionId: ID!) {\n  reviewSummaryDocx(sessionId: $sessionId)\n}": types.ReviewSummaryDocxDocument,
    "mutation StartReviewRating($id: ID!) {\n  startReviewRating(id: $id) {\n    ...ReviewSessionFields\n  }\n}": types.StartReviewRatingDocument,
    "mutation SubmitReviewReport($id: ID!, $input: ReviewReportInput!) {\n  submitReviewReport(id: $id, input: $input) {\n    ...ReviewParticipantFields\n  }\n}": types.SubmitReviewReportDocument,
    "mutation UpdateReviewGroup($id: ID!, $input: ReviewGroupInput!) {\n  updateReviewGroup(id: $id, input: $input) {\n    id\n    name\n    position\n  }\n}": types.UpdateReviewGroupDocument,
    "mutation UpdateReviewSession($id: ID!, $input: ReviewSessionInput!) {\n  updateReviewSession(id: $id, input: $input) {\n    ...ReviewSessionFields\n  }\n}": types.UpdateReviewSessionDocument,
    "mutation AddFindingCategory($input: FindingCategoryInput!) {\n  addFindingCategory(input: $input) {\n    ...FindingCategoryFields\n  }\n}": types.AddFindingCategoryDocument,
    "fragment CampaignFields on InspectionCampaign {\n  id\n  year\n  title\n  startsOn\n  endsOn\n  status\n  coverage {\n    agencies\n    inspected\n    rate\n    notInspected {\n      id\n      name\n    }\n  }\n}": types.CampaignFieldsFragmentDoc,
    "mutation CloseInspectionCampaign($id: ID!) {\n  closeInspectionCampaign(id: $id) {\n    id\n    status\n  }\n}": types.CloseInspectionCampaignDocument,
    "mutation CloseRectification($id: ID!, $input: RectificationCloseInput!) {\n  closeRectification(id: $id, input: $input) {\n    ...RectificationFields\n  }\n}": types.CloseRectificationDocument,
    "mutation CreateInspectionCampaign($input: InspectionCampaignInput!) {\n  createInspectionCampaign(input: $input) {\n    ...CampaignFields\n  }\n}": types.CreateInspectionCampaignDocument,
    "mutation DecideRectificationExtension($id: ID!, $input: ExtensionDecisionInput!) {\n  decideRectificationExtension(id: $id, input: $input) {\n    ...ExtensionFields\n  }\n}": types.DecideRectificationExtensionDocument,
    "fragment ExtensionFields on RectificationExtension {\n  id\n  rectificationId\n  tenantId\n  fromDueOn\n  toDueOn\n  reason\n  status\n  decisionComment\n  decidedAt\n  createdAt\n  tenant {\n    id\n    name\n  }\n}": types.ExtensionFieldsFragmentDoc,
    "query FindingCategories($includeRetired: Boolean) {\n  findingCategories(includeRetired: $includeRetired) {\n    ...FindingCategoryFields\n  }\n}": types.FindingCategoriesDocument,
    "fragment FindingCategoryFields on FindingCategory {\n  id\n  name\n  description\n  position\n  retired\n}": types.FindingCategoryFieldsFragmentDoc,
    "fragment FindingFields on InspectionFinding {\n  id\n  year\n  campaignId\n  visitId\n  tenantId\n  categoryId\n  severity\n  description\n  repeated\n  repeatOfId\n  createdAt\n  tenant {\n    id\n    name\n  }\n  category {\n    id\n    name\n  }\n  rectification {\n    id\n    status\n    dueOn\n    warning\n  }\n}": types.FindingFieldsFragmentDoc,
    "query InspectionCampaign($id: ID!, $tenantId: ID) {\n  inspectionCampaign(id: $id) {\n    ...CampaignFields\n    teams {\n      id\n      name\n      leaderUserId\n      memberUserIds\n      leader {\n        id\n        displayName\n      }\n      members {\n        id\n        displayName\n      }\n      agencies {\n        id\n        name\n      }\n    }\n    visits(tenantId: $tenantId) {\n      id\n      tenantId\n      teamId\n      teamName\n      visitedOn\n      notes\n      tenant {\n        id\n        name\n      }\n      findings {\n        ...FindingFields\n      }\n    }\n  }\n}": types.InspectionCampaignDocument,
    "query InspectionCampaigns {\n  inspectionCampaigns {\n    ...CampaignFields\n  }\n}": types.InspectionCampaignsDocument,
    "query InspectionFindings($year: Int, $tenantId: ID, $categoryId: ID, $severity: FindingSeverity, $repeated: Boolean, $offset: Int!, $limit: Int!) {\n  inspectionFindings(\n    year: $year\n    tenantId: $tenantId\n    categoryId: $categoryId\n    severity: $severity\n    repeated: $repeated\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...FindingFields\n    }\n  }\n}": types.InspectionFindingsDocument,
    "query PendingRectificationExtensions {\n  pendingRectificationExtensions {\n    ...ExtensionFields\n  }\n}": types.PendingRectificationExtensionsDocument,
    "mutation PlanRectification($id: ID!, $input: RectificationPlanInput!) {\n  planRectification(id: $id, input: $input) {\n    ...RectificationFields\n  }\n}": types.PlanRectificationDocument,
    "mutation RecordInspectionFinding($input: InspectionFindingInput!) {\n  recordInspectionFinding(input: $input) {\n    ...FindingFields\n  }\n}": types.RecordInspectionFindingDocument,
    "mutation RecordInspectionVisit($campaignId: ID!, $input: InspectionVisitInput!) {\n  recordInspectionVisit(campaignId: $campaignId, input: $input) {\n    id\n  }\n}": types.RecordInspectionVisitDocument,
    "fragment RectificationFields on Rectification {\n  id\n  year\n  tenantId\n  source\n  categoryId\n  problem\n  dueOn\n  status\n  measures\n  responsibleMemberId\n  responsiblePostCode\n  report\n  evidenceIntact\n  deadline\n  overdueMark\n  warning\n  late\n  failedCount\n  verifyComment\n  closeNote\n  createdAt\n  startedAt\n  firstRectifiedAt\n  rectifiedAt\n  verifiedAt\n  closedAt\n  tenant {\n    id\n    name\n  }\n  category {\n    id\n    name\n  }\n  responsibleMember {\n    id\n    name\n  }\n  files {\n    ...StoredFileFields\n  }\n  extensions {\n    ...ExtensionFields\n  }\n}": types.RectificationFieldsFragmentDoc,
    "query RectificationLedgerXlsx($year: Int, $tenantId: ID, $status: RectificationStatus, $source: RectificationSource, $categoryId: ID, $overdue: Boolean, $dueMonth: Int, $dueWithinDays: Int) {\n  rectificationLedgerXlsx(\n    year: $year\n    tenantId: $tenantId\n    status: $status\n    source: $source\n    categoryId: $categoryId\n    overdue: $overdue\n    dueMonth: $dueMonth\n    dueWithinDays: $dueWithinDays\n  )\n}": types.RectificationLedgerXlsxDocument,
    "query Rectification($id: ID!) {\n  rectification(id: $id) {\n    ...RectificationFields\n  }\n}": types.RectificationDocument,
    "query Rectifications($year: Int, $tenantId: ID, $status: RectificationStatus, $source: RectificationSource, $categoryId: ID, $overdue: Boolean, $dueMonth: Int, $dueWithinDays: Int, $offset: Int!, $limit: Int!) {\n  rectifications(\n    year: $year\n    tenantId: $tenantId\n    status: $status\n    source: $source\n    categoryId: $categoryId\n    overdue: $overdue\n    dueMonth: $dueMonth\n    dueWithinDays: $dueWithinDays\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...RectificationFields\n    }\n  }\n}": types.RectificationsDocument,
    "mutation RemoveInspectionFinding($id: ID!) {\n  removeInspectionFinding(id: $id) {\n    id\n  }\n}": types.RemoveInspectionFindingDocument,
    "mutation RemoveInspectionTeam($id: ID!) {\n  removeInspectionTeam(id: $id) {\n    id\n  }\n}": types.RemoveInspectionTeamDocument,
    "mutation ReportRectification($id: ID!, $input: RectificationReportInput!) {\n  reportRectification(id: $id, input: $input) {\n    ...RectificationFields\n  }\n}": types.ReportRectificationDocument,
    "mutation RequestRectificationExtension($id: ID!, $input: ExtensionRequestInput!) {\n  requestRectificationExtension(id: $id, input: $input) {\n    ...ExtensionFields\n  }\n}": types.RequestRectificationExtensionDocument,
    "mutation RetireFindingCategory($id: ID!, $retired: Boolean!) {\n  retireFindingCategory(id: $id, retired: $retired) {\n    ...FindingCategoryFields\n  }\n}": types.RetireFindingCategoryDocument,
    "mutation SaveInspectionTeam($campaignId: ID!, $id: ID, $input: InspectionTeamInput!) {\n  saveInspectionTeam(campaignId: $campaignId, id: $id, input: $input) {\n    id\n  }\n}": types.SaveInspectionTeamDocument,
    "mutation StartInspectionCampaign($id: ID!) {\n  startInspectionCampaign(id: $id) {\n    id\n    status\n  }\n}": types.StartInspectionCampaignDocument,
    "mutation UpdateFindingCategory($id: ID!, $input: FindingCategoryInput!) {\n  updateFindingCategory(id: $id, input: $input) {\n    ...FindingCategoryFields\n  }\n}": types.UpdateFindingCategoryDocument,
    "mutation UpdateInspectionCampaign($id: ID!, $input: InspectionCampaignInput!) {\n  updateInspectionCampaign(id: $id, input: $input) {\n    ...CampaignFields\n  }\n}": types.UpdateInspectionCampaignDocument,
    "mutation UpdateInspectionVisit($id: ID!, $input: InspectionVisitUpdateInput!) {\n  updateInspectionVisit(id: $id, input: $input) {\n    id\n  }\n}": types.UpdateInspectionVisitDocument,
    "mutation VerifyRectification($id: ID!, $input: RectificationVerifyInput!) {\n  verifyRectification(id: $id, input: $input) {\n    ...RectificationFields\n  }\n}": types.VerifyRectificationDocument,
    "mutation CreateTenant($input: CreateTenantInput!) {\n  createTenant(input: $input) {\n    id\n    name\n  }\n}": types.CreateTenantDocument,
    "mutation SetTenantStatus($id: ID!, $status: TenantStatus!) {\n  setTenantStatus(id: $id, status: $status) {\n    id\n    status\n  }\n}": types.SetTenantStatusDocument,
    "query Tenants {\n  tenants {\n    id\n    name\n    code\n    kind\n    status\n    createdAt\n  }\n}": types.TenantsDocument,
    "query AssignableRoles($tenantId: ID) {\n  assignableRoles(tenantId: $tenantId)\n}": types.AssignableRolesDocument,
    "mutation CreateAgencyUser($tenantId: ID!, $input: CreateUserInput!) {\n  createAgencyUser(tenantId: $tenantId, input: $input) {\n    id\n    username\n  }\n}": types.CreateAgencyUserDocument,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    id\n    username\n  }\n}": types.CreateUserDocument,
    "mutation ResetUserPassword($id: ID!, $password: String!) {\n  resetUserPassword(id: $id, password: $password) {\n    id\n  }\n}": types.ResetUserPasswordDocument,
    "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    id\n    displayName\n    roles\n    disabled\n  }\n}": types.UpdateUserDocument,
    "query Users($search: String, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  users(search: $search, tenantId: $tenantId, offset: $offset, limit: $limit) {\n    total\n    offset\n    limit\n    items {\n      id\n      username\n      displayName\n      roles\n      disabled\n      lastLoginAt\n      createdAt\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}": types.UsersDocument,
    "mutation AcceptBreakthroughProject($id: ID!, $input: ProjectAcceptanceInput!) {\n  acceptBreakthroughProject(id: $id, input: $input) {\n    id\n    status\n  }\n}": types.AcceptBreakthroughProjectDocument,
    "mutation AddWorkPoint($planId: ID!, $input: WorkPointInput!) {\n  addWorkPoint(planId: $planId, input: $input) {\n    id\n  }\n}": types.AddWorkPointDocument,
    "mutation AmendWorkTaskDeadline($id: ID!, $input: TaskDeadlineInput!) {\n  amendWorkTaskDeadline(id: $id, input: $input) {\n    id\n    dueOn\n    dueAt\n    deadlineChanges {\n      ...DeadlineChangeFields\n    }\n  }\n}": types.AmendWorkTaskDeadlineDocument,
    "mutation ApplyBreakthroughProject($id: ID!) {\n  applyBreakthroughProject(id: $id) {\n    id\n    status\n    appliedAt\n  }\n}": types.ApplyBreakthroughProjectDocument,
    "query BreakthroughProject($id: ID!) {\n  breakthroughProject(id: $id) {\n    ...ProjectFields\n  }\n}": types.BreakthroughProjectDocument,
    "query BreakthroughProjects($year: Int, $status: ProjectStatus, $category: ProblemCategory, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  breakthroughProjects(\n    year: $year\n    status: $status\n    category: $category\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    offset\n    limit\n    items {\n      ...ProjectRowFields\n    }\n  }\n}": types.BreakthroughProjectsDocument,
    "mutation CreateBreakthroughProject($input: ProjectInput!) {\n  createBreakthroughProject(input: $input) {\n    id\n    status\n  }\n}": types.CreateBreakthroughProjectDocument,
    "mutation CreateWorkPlan($input: WorkPlanInput!) {\n  createWorkPlan(input: $input) {\n    ...WorkPlanFields\n  }\n}": types.CreateWorkPlanDocument,
    "mutation CreateWorkTask($input: WorkTaskInput!) {\n  createWorkTask(input: $input) {\n    id\n    monthTaskCount\n    monthWarning\n  }\n}": types.CreateWorkTaskDocument,
    "fragment DeadlineChangeFields on TaskDeadlineChange {\n  id\n  fromDueOn\n  toDueOn\n  reason\n  createdAt\n}": types.DeadlineChangeFieldsFragmentDoc,
    "query PartyGroupSecretaries {\n  postAssignments(\n    postCode: \"PARTY_GROUP_SECRETARY\"\n    includeDescendants: true\n    offset: 0\n    limit: 50\n  ) {\n    items {\n      id\n      unit {\n        id\n        name\n      }\n      member {\n        id\n        name\n        jobTitle\n      }\n    }\n  }\n}": types.PartyGroupSecretariesDocument,
    "fragment ProjectFields on BreakthroughProject {\n  ...ProjectRowFields\n  unitId\n  secretaryMemberId\n  problem\n  measures\n  expectedOutcome\n  reviewComment\n  outcome\n  acceptanceRequestedAt\n  acceptanceComment\n  terminationReason\n  createdAt\n  unit {\n    id\n    name\n  }\n  proposalFiles {\n    ...StoredFileFields\n  }\n  milestones {\n    id\n    title\n    dueOn\n    doneOn\n    sortOrder\n  }\n  progressReports {\n    id\n    periodKey\n    content\n    createdAt\n    updatedAt\n    files {\n      ...StoredFileFields\n    }\n  }\n}": types.ProjectFieldsFragmentDoc,
    "query ProjectFigures($grouping: ProjectGrouping!, $year: Int) {\n  projectFigures(grouping: $grouping, year: $year) {\n    key\n    label\n    tenantId\n    total\n    implemented\n    closed\n  }\n  implementedProjectCount\n}": types.ProjectFiguresDocument,
    "fragment ProjectRowFields on BreakthroughProject {\n  id\n  tenantId\n  year\n  title\n  category\n  status\n  appliedAt\n  approvedAt\n  closedAt\n  terminatedAt\n  necessityScore\n  timelinessScore\n  leverageScore\n  acceptanceScore\n  overdueMilestones\n  tenant {\n    id\n    name\n  }\n  secretary {\n    id\n    name\n  }\n  milestones {\n    id\n    doneOn\n  }\n}": types.ProjectRowFieldsFragmentDoc,
    "query ProjectsBehindSchedule {\n  projectsBehindSchedule {\n    ...ProjectRowFields\n  }\n}": types.ProjectsBehindScheduleDocument,
    "mutation PublishWorkPlan($id: ID!) {\n  publishWorkPlan(id: $id) {\n    id\n    status\n    publishedAt\n  }\n}": types.PublishWorkPlanDocument,
    "mutation RecallWorkTask($id: ID!) {\n  recallWorkTask(id: $id) {\n    id\n    status\n    recalledAt\n  }\n}": types.RecallWorkTaskDocument,
    "fragment ReceiptFiguresFields on ReceiptFigures {\n  key\n  label\n  tenantId\n  total\n  signed\n  reported\n  approved\n  returned\n  due\n  onTime\n  late\n  overdue\n  onTimeRate\n}": types.ReceiptFiguresFieldsFragmentDoc,
    "mutation RemoveBreakthroughProject($id: ID!) {\n  removeBreakthroughProject(id: $id) {\n    id\n  }\n}": types.RemoveBreakthroughProjectDocument,
    "mutation RemoveWorkPoint($id: ID!) {\n  removeWorkPoint(id: $id) {\n    id\n  }\n}": types.RemoveWorkPointDocument,
    "mutation RemoveWorkTask($id: ID!) {\n  removeWorkTask(id: $id) {\n    id\n  }\n}": types.RemoveWorkTaskDocument,
    "mutation RenameWorkPlan($id: ID!, $input: WorkPlanTitleInput!) {\n  renameWorkPlan(id: $id, input: $input) {\n    id\n    title\n  }\n}": types.RenameWorkPlanDocument,
    "mutation ReportProjectProgress($projectId: ID!, $input: ProgressInput!) {\n  reportProjectProgress(projectId: $projectId, input: $input) {\n    id\n    periodKey\n  }\n}": types.ReportProjectProgressDocument,
    "mutation ReportTaskReceipt($id: ID!, $input: TaskResponseInput!) {\n  reportTaskReceipt(id: $id, input: $input) {\n    id\n    status\n    response\n    reportedAt\n    firstReportedAt\n    reportCount\n    late\n    files {\n      ...StoredFileFields\n    }\n  }\n}": types.ReportTaskReceiptDocument,
    "mutation RequestProjectAcceptance($id: ID!, $input: ProjectOutcomeInput!) {\n  requestProjectAcceptance(id: $id, input: $input) {\n    id\n    status\n  }\n}": types.RequestProjectAcceptanceDocument,
    "mutation ReviewBreakthroughProject($id: ID!, $input: ProjectReviewInput!) {\n  reviewBreakthroughProject(id: $id, input: $input) {\n    id\n    status\n  }\n}": types.ReviewBreakthroughProjectDocument,
    "mutation ReviewTaskReceipt($id: ID!, $input: ReviewInput!) {\n  reviewTaskReceipt(id: $id, input: $input) {\n    id\n    status\n    reviewComment\n    reviewedAt\n  }\n}": types.ReviewTaskReceiptDocument,
    "mutation SaveTaskResponse($id: ID!, $input: TaskResponseInput!) {\n  saveTaskResponse(id: $id, input: $input) {\n    id\n    status\n    response\n    files {\n      ...StoredFileFields\n    }\n  }\n}": types.SaveTaskResponseDocument,
    "query SecretariesWithoutProject($year: Int!) {\n  secretariesWithoutProject(year: $year) {\n    tenantId\n    unitId\n    memberId\n    tenant {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    member {\n      id\n      name\n      jobTitle\n    }\n  }\n}": types.SecretariesWithoutProjectDocument,
    "mutation SendWorkTask($id: ID!) {\n  sendWorkTask(id: $id) {\n    id\n    status\n    sentAt\n    receiptCount\n    monthWarning\n  }\n}": types.SendWorkTaskDocument,
    "mutation SetProjectMilestoneDone($id: ID!, $doneOn: LocalDate) {\n  setProjectMilestoneDone(id: $id, doneOn: $doneOn) {\n    id\n    doneOn\n  }\n}": types.SetProjectMilestoneDoneDocument,
    "mutation SignTaskReceipt($id: ID!) {\n  signTaskReceipt(id: $id) {\n    id\n    status\n    signedAt\n  }\n}": types.SignTaskReceiptDocument,
    "mutation StartTaskReceipt($id: ID!) {\n  startTaskReceipt(id: $id) {\n    id\n    status\n  }\n}": types.StartTaskReceiptDocument,
    "fragment StoredFileFields on StoredFile {\n  id\n  name\n  mimeType\n  size\n  hasThumbnail\n  url\n  thumbnailUrl\n}": types.StoredFileFieldsFragmentDoc,
    "fragment TaskReceiptFields on TaskReceipt {\n  id\n  tenantId\n  taskId\n  status\n  issuedAt\n  signedAt\n  response\n  firstReportedAt\n  reportedAt\n  reportCount\n  late\n  reviewComment\n  reviewedAt\n  deadline\n  overdueMark\n  warning\n  evidenceIntact\n  tenant {\n    id\n    name\n  }\n  files {\n    ...StoredFileFields\n  }\n  task {\n    id\n    year\n    month\n    title\n    requirement\n    dueOn\n    dueAt\n    evidenceKinds\n    minEvidence\n    status\n    point {\n      id\n      number\n      title\n    }\n    deadlineChanges {\n      ...DeadlineChangeFields\n    }\n  }\n}": types.TaskReceiptFieldsFragmentDoc,
    "query TaskReceiptFigures($grouping: ReceiptGrouping!, $year: Int) {\n  taskReceiptFigures(grouping: $grouping, year: $year) {\n    ...ReceiptFiguresFields\n  }\n}": types.TaskReceiptFiguresDocument,
    "query TaskReceipt($id: ID!) {\n  taskReceipt(id: $id) {\n    ...TaskReceiptFields\n  }\n}": types.TaskReceiptDocument,
    "query TaskReceipts($taskId: ID, $tenantId: ID, $status: TaskReceiptStatus, $overdue: Boolean, $year: Int, $month: Int, $offset: Int!, $limit: Int!) {\n  taskReceipts(\n    taskId: $taskId\n    tenantId: $tenantId\n    status: $status\n    overdue: $overdue\n    year: $year\n    month: $month\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    offset\n    limit\n    items {\n      ...TaskReceiptFields\n    }\n  }\n}": types.TaskReceiptsDocument,
    "mutation TerminateBreakthroughProject($id: ID!, $input: ReasonInput!) {\n  terminateBreakthroughProject(id: $id, input: $input) {\n    id\n    status\n  }\n}": types.TerminateBreakthroughProjectDocument,
    "mutation UpdateBreakthroughProject($id: ID!, $input: ProjectInput!) {\n  updateBreakthroughProject(id: $id, input: $input) {\n    id\n    status\n  }\n}": types.UpdateBreakthroughProjectDocument,
    "mutation UpdateWorkPoint($id: ID!, $input: WorkPointInput!) {\n  updateWorkPoint(id: $id, input: $input) {\n    id\n    number\n    title\n    content\n  }\n}": types.UpdateWorkPointDocument,
    "mutation UpdateWorkTask($id: ID!, $input: WorkTaskInput!) {\n  updateWorkTask(id: $id, input: $input) {\n    id\n    monthTaskCount\n    monthWarning\n  }\n}": types.UpdateWorkTaskDocument,
    "fragment WorkPlanFields on WorkPlan {\n  id\n  year\n  title\n  status\n  publishedAt\n  points {\n    id\n    number\n    title\n    content\n  }\n}": types.WorkPlanFieldsFragmentDoc,
    "query WorkPlans {\n  workPlans {\n    ...WorkPlanFields\n  }\n}": types.WorkPlansDocument,
    "fragment WorkTaskFields on WorkTask {\n  id\n  year\n  month\n  pointId\n  title\n  requirement\n  dueOn\n  dueAt\n  evidenceKinds\n  minEvidence\n  target\n  targetTenantIds\n  status\n  sentAt\n  receiptCount\n  recalledAt\n  createdAt\n  monthTaskCount\n  monthWarning\n  point {\n    id\n    number\n    title\n  }\n  deadlineChanges {\n    ...DeadlineChangeFields\n  }\n}": types.WorkTaskFieldsFragmentDoc,
    "query WorkTask($id: ID!, $reviewer: Boolean!) {\n  workTask(id: $id) {\n    ...WorkTaskFields\n    receiptFigures @include(if: $reviewer) {\n      ...ReceiptFiguresFields\n    }\n  }\n}": types.WorkTaskDocument,
    "query WorkTasks($year: Int, $month: Int) {\n  workTasks(year: $year, month: $month) {\n    ...WorkTaskFields\n  }\n}": types.WorkTasksDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountabilityMeasure($id: ID!) {\n  accountabilityMeasure(id: $id) {\n    ...MeasureFields\n  }\n}"): (typeof documents)["query AccountabilityMeasure($id: ID!) {\n  accountabilityMeasure(id: $id) {\n    ...MeasureFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountabilityMeasures($year: Int, $status: AccountabilityMeasureStatus, $kind: AccountabilityMeasureKind, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  accountabilityMeasures(\n    year: $year\n    status: $status\n    kind: $kind\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...MeasureFields\n    }\n  }\n}"): (typeof documents)["query AccountabilityMeasures($year: Int, $status: AccountabilityMeasureStatus, $kind: AccountabilityMeasureKind, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  accountabilityMeasures(\n    year: $year\n    status: $status\n    kind: $kind\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...MeasureFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountabilityRules {\n  accountabilityRules {\n    ...RuleFields\n  }\n}"): (typeof documents)["query AccountabilityRules {\n  accountabilityRules {\n    ...RuleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddAssessmentAdjustment($input: AssessmentAdjustmentInput!) {\n  addAssessmentAdjustment(input: $input) {\n    ...AdjustmentFields\n  }\n}"): (typeof documents)["mutation AddAssessmentAdjustment($input: AssessmentAdjustmentInput!) {\n  addAssessmentAdjustment(input: $input) {\n    ...AdjustmentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AdjustmentFields on AssessmentAdjustment {\n  id\n  year\n  tenantId\n  points\n  reason\n  createdAt\n}"): (typeof documents)["fragment AdjustmentFields on AssessmentAdjustment {\n  id\n  year\n  tenantId\n  points\n  reason\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssessmentAdjustments($year: Int!, $tenantId: ID) {\n  assessmentAdjustments(year: $year, tenantId: $tenantId) {\n    ...AdjustmentFields\n  }\n}"): (typeof documents)["query AssessmentAdjustments($year: Int!, $tenantId: ID) {\n  assessmentAdjustments(year: $year, tenantId: $tenantId) {\n    ...AdjustmentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssessmentResultsDocx($year: Int!) {\n  assessmentResultsDocx(year: $year)\n}"): (typeof documents)["query AssessmentResultsDocx($year: Int!) {\n  assessmentResultsDocx(year: $year)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssessmentResultsXlsx($year: Int!) {\n  assessmentResultsXlsx(year: $year)\n}"): (typeof documents)["query AssessmentResultsXlsx($year: Int!) {\n  assessmentResultsXlsx(year: $year)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssessmentResults($year: Int!, $grade: AssessmentGrade, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  assessmentResults(\n    year: $year\n    grade: $grade\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...ResultFields\n    }\n  }\n}"): (typeof documents)["query AssessmentResults($year: Int!, $grade: AssessmentGrade, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  assessmentResults(\n    year: $year\n    grade: $grade\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...ResultFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssessmentSchemes {\n  assessmentSchemes {\n    ...SchemeFields\n  }\n}"): (typeof documents)["query AssessmentSchemes {\n  assessmentSchemes {\n    ...SchemeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ComputeAssessment($year: Int!) {\n  computeAssessment(year: $year) {\n    ...SchemeFields\n  }\n}"): (typeof documents)["mutation ComputeAssessment($year: Int!) {\n  computeAssessment(year: $year) {\n    ...SchemeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmAccountabilityMeasure($id: ID!, $input: ConfirmMeasureInput!) {\n  confirmAccountabilityMeasure(id: $id, input: $input) {\n    ...MeasureFields\n  }\n}"): (typeof documents)["mutation ConfirmAccountabilityMeasure($id: ID!, $input: ConfirmMeasureInput!) {\n  confirmAccountabilityMeasure(id: $id, input: $input) {\n    ...MeasureFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAccountabilityRule($input: AccountabilityRuleInput!) {\n  createAccountabilityRule(input: $input) {\n    ...RuleFields\n  }\n}"): (typeof documents)["mutation CreateAccountabilityRule($input: AccountabilityRuleInput!) {\n  createAccountabilityRule(input: $input) {\n    ...RuleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAssessmentScheme($input: AssessmentSchemeInput!) {\n  createAssessmentScheme(input: $input) {\n    ...SchemeFields\n  }\n}"): (typeof documents)["mutation CreateAssessmentScheme($input: AssessmentSchemeInput!) {\n  createAssessmentScheme(input: $input) {\n    ...SchemeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DismissAccountabilityMeasure($id: ID!, $input: DismissMeasureInput!) {\n  dismissAccountabilityMeasure(id: $id, input: $input) {\n    ...MeasureFields\n  }\n}"): (typeof documents)["mutation DismissAccountabilityMeasure($id: ID!, $input: DismissMeasureInput!) {\n  dismissAccountabilityMeasure(id: $id, input: $input) {\n    ...MeasureFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DisqualificationFigures($until: Int, $years: Int!) {\n  disqualificationFigures(until: $until, years: $years) {\n    measures\n    units\n    years {\n      year\n      units\n    }\n  }\n}"): (typeof documents)["query DisqualificationFigures($until: Int, $years: Int!) {\n  disqualificationFigures(until: $until, years: $years) {\n    measures\n    units\n    years {\n      year\n      units\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssessmentGradeCounts($year: Int!) {\n  excellent: assessmentResults(year: $year, grade: EXCELLENT, offset: 0, limit: 1) {\n    total\n  }\n  good: assessmentResults(year: $year, grade: GOOD, offset: 0, limit: 1) {\n    total\n  }\n  fair: assessmentResults(year: $year, grade: FAIR, offset: 0, limit: 1) {\n    total\n  }\n  poor: assessmentResults(year: $year, grade: POOR, offset: 0, limit: 1) {\n    total\n  }\n}"): (typeof documents)["query AssessmentGradeCounts($year: Int!) {\n  excellent: assessmentResults(year: $year, grade: EXCELLENT, offset: 0, limit: 1) {\n    total\n  }\n  good: assessmentResults(year: $year, grade: GOOD, offset: 0, limit: 1) {\n    total\n  }\n  fair: assessmentResults(year: $year, grade: FAIR, offset: 0, limit: 1) {\n    total\n  }\n  poor: assessmentResults(year: $year, grade: POOR, offset: 0, limit: 1) {\n    total\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MeasureFields on AccountabilityMeasure {\n  id\n  year\n  tenantId\n  tenant {\n    id\n    name\n  }\n  kind\n  status\n  grounds\n  ruleIds\n  resultId\n  proposedAt\n  decidedAt\n  note\n  dueOn\n  dismissReason\n}"): (typeof documents)["fragment MeasureFields on AccountabilityMeasure {\n  id\n  year\n  tenantId\n  tenant {\n    id\n    name\n  }\n  kind\n  status\n  grounds\n  ruleIds\n  resultId\n  proposedAt\n  decidedAt\n  note\n  dueOn\n  dismissReason\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProposeAccountabilityMeasures($year: Int!) {\n  proposeAccountabilityMeasures(year: $year) {\n    year\n    proposed\n    decided\n  }\n}"): (typeof documents)["mutation ProposeAccountabilityMeasures($year: Int!) {\n  proposeAccountabilityMeasures(year: $year) {\n    year\n    proposed\n    decided\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishAssessmentResults($year: Int!) {\n  publishAssessmentResults(year: $year) {\n    ...SchemeFields\n  }\n}"): (typeof documents)["mutation PublishAssessmentResults($year: Int!) {\n  publishAssessmentResults(year: $year) {\n    ...SchemeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishAssessmentScheme($id: ID!) {\n  publishAssessmentScheme(id: $id) {\n    ...SchemeFields\n  }\n}"): (typeof documents)["mutation PublishAssessmentScheme($id: ID!) {\n  publishAssessmentScheme(id: $id) {\n    ...SchemeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveAssessmentAdjustment($id: ID!) {\n  removeAssessmentAdjustment(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation RemoveAssessmentAdjustment($id: ID!) {\n  removeAssessmentAdjustment(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ResultFields on AssessmentResult {\n  id\n  year\n  tenantId\n  tenant {\n    id\n    name\n  }\n  total\n  adjustment\n  rank\n  rankedOf\n  grade\n  overdueMarks\n  openRectifications\n  computedAt\n  components {\n    kind\n    label\n    weight\n    raw\n    score\n    definition\n  }\n}"): (typeof documents)["fragment ResultFields on AssessmentResult {\n  id\n  year\n  tenantId\n  tenant {\n    id\n    name\n  }\n  total\n  adjustment\n  rank\n  rankedOf\n  grade\n  overdueMarks\n  openRectifications\n  computedAt\n  components {\n    kind\n    label\n    weight\n    raw\n    score\n    definition\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RuleFields on AccountabilityRule {\n  id\n  position\n  trigger\n  grade\n  threshold\n  kind\n  description\n  active\n}"): (typeof documents)["fragment RuleFields on AccountabilityRule {\n  id\n  position\n  trigger\n  grade\n  threshold\n  kind\n  description\n  active\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SchemeFields on AssessmentScheme {\n  id\n  year\n  title\n  status\n  adjustmentLimit\n  components {\n    kind\n    label\n    weight\n    definition\n  }\n  gradeBands {\n    grade\n    min\n  }\n  publishedAt\n  computedAt\n  resultsPublishedAt\n}"): (typeof documents)["fragment SchemeFields on AssessmentScheme {\n  id\n  year\n  title\n  status\n  adjustmentLimit\n  components {\n    kind\n    label\n    weight\n    definition\n  }\n  gradeBands {\n    grade\n    min\n  }\n  publishedAt\n  computedAt\n  resultsPublishedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateAccountabilityRule($id: ID!, $input: AccountabilityRuleInput!) {\n  updateAccountabilityRule(id: $id, input: $input) {\n    ...RuleFields\n  }\n}"): (typeof documents)["mutation UpdateAccountabilityRule($id: ID!, $input: AccountabilityRuleInput!) {\n  updateAccountabilityRule(id: $id, input: $input) {\n    ...RuleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateAssessmentScheme($id: ID!, $input: AssessmentSchemeInput!) {\n  updateAssessmentScheme(id: $id, input: $input) {\n    ...SchemeFields\n  }\n}"): (typeof documents)["mutation UpdateAssessmentScheme($id: ID!, $input: AssessmentSchemeInput!) {\n  updateAssessmentScheme(id: $id, input: $input) {\n    ...SchemeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLog($offset: Int!, $limit: Int!, $tenantId: ID, $operation: String, $outcome: AuditOutcome, $from: DateTimeISO, $to: DateTimeISO) {\n  auditLog(\n    offset: $offset\n    limit: $limit\n    tenantId: $tenantId\n    operation: $operation\n    outcome: $outcome\n    from: $from\n    to: $to\n  ) {\n    total\n    offset\n    limit\n    items {\n      id\n      at\n      operation\n      outcome\n      errorCode\n      actorUsername\n      tenantId\n      targetIds\n      requestId\n    }\n  }\n}"): (typeof documents)["query AuditLog($offset: Int!, $limit: Int!, $tenantId: ID, $operation: String, $outcome: AuditOutcome, $from: DateTimeISO, $to: DateTimeISO) {\n  auditLog(\n    offset: $offset\n    limit: $limit\n    tenantId: $tenantId\n    operation: $operation\n    outcome: $outcome\n    from: $from\n    to: $to\n  ) {\n    total\n    offset\n    limit\n    items {\n      id\n      at\n      operation\n      outcome\n      errorCode\n      actorUsername\n      tenantId\n      targetIds\n      requestId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}"): (typeof documents)["mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    token\n    expiresAt\n    user {\n      id\n      username\n      displayName\n      roles\n      permissions\n      tenant {\n        id\n        name\n        kind\n        code\n      }\n    }\n  }\n}"): (typeof documents)["mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    token\n    expiresAt\n    user {\n      id\n      username\n      displayName\n      roles\n      permissions\n      tenant {\n        id\n        name\n        kind\n        code\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    id\n    username\n    displayName\n    roles\n    permissions\n    tenant {\n      id\n      name\n      kind\n      code\n    }\n  }\n}"): (typeof documents)["query Me {\n  me {\n    id\n    username\n    displayName\n    roles\n    permissions\n    tenant {\n      id\n      name\n      kind\n      code\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CadenceContentFields on CadenceContent {\n  kind\n  year\n  period\n  periodKey\n  title\n  asOf\n  issued\n  issuedAt\n  documentNumber\n  notes\n  monthly {\n    counts {\n      open\n      overdue\n      dueSoon\n      closedThisMonth\n    }\n    agencies {\n      tenantId\n      agency\n      open\n      overdue\n      items {\n        ...CadenceItemFields\n      }\n    }\n  }\n  quarterly {\n    totals {\n      ...CadenceFiguresFields\n    }\n    sameQuarterLastYear {\n      ...CadenceFiguresFields\n    }\n    trend {\n      ...CadenceFiguresFields\n    }\n    groups {\n      by\n      rows {\n        ...CadenceFiguresFields\n      }\n    }\n  }\n  halfYear {\n    counts {\n      agencies\n      unclosed\n      overdue\n      repeated\n      late\n    }\n    agencies {\n      tenantId\n      agency\n      unclosed\n      overdue\n      repeated\n      late\n      items {\n        ...CadenceItemFields\n      }\n    }\n  }\n}"): (typeof documents)["fragment CadenceContentFields on CadenceContent {\n  kind\n  year\n  period\n  periodKey\n  title\n  asOf\n  issued\n  issuedAt\n  documentNumber\n  notes\n  monthly {\n    counts {\n      open\n      overdue\n      dueSoon\n      closedThisMonth\n    }\n    agencies {\n      tenantId\n      agency\n      open\n      overdue\n      items {\n        ...CadenceItemFields\n      }\n    }\n  }\n  quarterly {\n    totals {\n      ...CadenceFiguresFields\n    }\n    sameQuarterLastYear {\n      ...CadenceFiguresFields\n    }\n    trend {\n      ...CadenceFiguresFields\n    }\n    groups {\n      by\n      rows {\n        ...CadenceFiguresFields\n      }\n    }\n  }\n  halfYear {\n    counts {\n      agencies\n      unclosed\n      overdue\n      repeated\n      late\n    }\n    agencies {\n      tenantId\n      agency\n      unclosed\n      overdue\n      repeated\n      late\n      items {\n        ...CadenceItemFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CadenceFiguresFields on CadenceFigures {\n  key\n  label\n  findings\n  rectifications\n  closed\n  due\n  onTime\n  late\n  overdue\n  repeated\n  closureRate\n  onTimeRate\n}"): (typeof documents)["fragment CadenceFiguresFields on CadenceFigures {\n  key\n  label\n  findings\n  rectifications\n  closed\n  due\n  onTime\n  late\n  overdue\n  repeated\n  closureRate\n  onTimeRate\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CadenceItemFields on CadenceItem {\n  id\n  tenantId\n  agency\n  year\n  source\n  category\n  problem\n  status\n  dueOn\n  overdue\n  daysOverdue\n  dueSoon\n  late\n  repeated\n  failedCount\n}"): (typeof documents)["fragment CadenceItemFields on CadenceItem {\n  id\n  tenantId\n  agency\n  year\n  source\n  category\n  problem\n  status\n  dueOn\n  overdue\n  daysOverdue\n  dueSoon\n  late\n  repeated\n  failedCount\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CadenceReportDocx($kind: CadenceKind!, $year: Int!, $period: Int!) {\n  cadenceReportDocx(kind: $kind, year: $year, period: $period)\n}"): (typeof documents)["query CadenceReportDocx($kind: CadenceKind!, $year: Int!, $period: Int!) {\n  cadenceReportDocx(kind: $kind, year: $year, period: $period)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CadenceReportFields on CadenceReport {\n  id\n  kind\n  year\n  period\n  title\n  documentNumber\n  issuedAt\n}"): (typeof documents)["fragment CadenceReportFields on CadenceReport {\n  id\n  kind\n  year\n  period\n  title\n  documentNumber\n  issuedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CadenceReports($year: Int!) {\n  cadenceReports(year: $year) {\n    ...CadenceReportFields\n  }\n}"): (typeof documents)["query CadenceReports($year: Int!) {\n  cadenceReports(year: $year) {\n    ...CadenceReportFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FindingFigures($grouping: FindingGrouping!, $year: Int) {\n  findingFigures(grouping: $grouping, year: $year) {\n    key\n    label\n    tenantId\n    total\n    repeated\n    grave\n  }\n}"): (typeof documents)["query FindingFigures($grouping: FindingGrouping!, $year: Int) {\n  findingFigures(grouping: $grouping, year: $year) {\n    key\n    label\n    tenantId\n    total\n    repeated\n    grave\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HalfYearSweep($year: Int!, $half: Int!) {\n  halfYearSweep(year: $year, half: $half) {\n    ...CadenceContentFields\n  }\n}"): (typeof documents)["query HalfYearSweep($year: Int!, $half: Int!) {\n  halfYearSweep(year: $year, half: $half) {\n    ...CadenceContentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueCadenceReport($kind: CadenceKind!, $year: Int!, $period: Int!) {\n  issueCadenceReport(kind: $kind, year: $year, period: $period) {\n    ...CadenceReportFields\n  }\n}"): (typeof documents)["mutation IssueCadenceReport($kind: CadenceKind!, $year: Int!, $period: Int!) {\n  issueCadenceReport(kind: $kind, year: $year, period: $period) {\n    ...CadenceReportFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MonthlyDispatch($year: Int!, $month: Int!) {\n  monthlyDispatch(year: $year, month: $month) {\n    ...CadenceContentFields\n  }\n}"): (typeof documents)["query MonthlyDispatch($year: Int!, $month: Int!) {\n  monthlyDispatch(year: $year, month: $month) {\n    ...CadenceContentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuarterlyAnalysis($year: Int!, $quarter: Int!) {\n  quarterlyAnalysis(year: $year, quarter: $quarter) {\n    ...CadenceContentFields\n  }\n}"): (typeof documents)["query QuarterlyAnalysis($year: Int!, $quarter: Int!) {\n  quarterlyAnalysis(year: $year, quarter: $quarter) {\n    ...CadenceContentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RectificationFiguresXlsx($year: Int) {\n  rectificationFiguresXlsx(year: $year)\n}"): (typeof documents)["query RectificationFiguresXlsx($year: Int) {\n  rectificationFiguresXlsx(year: $year)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RectificationFigures($grouping: RectificationGrouping!, $year: Int) {\n  rectificationFigures(grouping: $grouping, year: $year) {\n    key\n    label\n    tenantId\n    total\n    pending\n    inProgress\n    rectified\n    verified\n    closed\n    due\n    onTime\n    late\n    overdue\n    failed\n    closureRate\n    onTimeRate\n  }\n}"): (typeof documents)["query RectificationFigures($grouping: RectificationGrouping!, $year: Int) {\n  rectificationFigures(grouping: $grouping, year: $year) {\n    key\n    label\n    tenantId\n    total\n    pending\n    inProgress\n    rectified\n    verified\n    closed\n    due\n    onTime\n    late\n    overdue\n    failed\n    closureRate\n    onTimeRate\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddAgencyDuty($listId: ID!, $input: DutySpecInput!) {\n  addAgencyDuty(listId: $listId, input: $input) {\n    ...DutyFields\n  }\n}"): (typeof documents)["mutation AddAgencyDuty($listId: ID!, $input: DutySpecInput!) {\n  addAgencyDuty(listId: $listId, input: $input) {\n    ...DutyFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddDutyItem($templateId: ID!, $input: DutySpecInput!) {\n  addDutyItem(templateId: $templateId, input: $input) {\n    ...DutyItemFields\n  }\n}"): (typeof documents)["mutation AddDutyItem($templateId: ID!, $input: DutySpecInput!) {\n  addDutyItem(templateId: $templateId, input: $input) {\n    ...DutyItemFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddInstitutionSupplement($receiptId: ID!, $input: SupplementInput!) {\n  addInstitutionSupplement(receiptId: $receiptId, input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation AddInstitutionSupplement($receiptId: ID!, $input: SupplementInput!) {\n  addInstitutionSupplement(receiptId: $receiptId, input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgencyDuties($tenantId: ID, $year: Int, $postCode: String) {\n  agencyDuties(tenantId: $tenantId, year: $year, postCode: $postCode) {\n    ...DutyFields\n    holders {\n      unitId\n      memberId\n      unit {\n        id\n        name\n      }\n      holder {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query AgencyDuties($tenantId: ID, $year: Int, $postCode: String) {\n  agencyDuties(tenantId: $tenantId, year: $year, postCode: $postCode) {\n    ...DutyFields\n    holders {\n      unitId\n      memberId\n      unit {\n        id\n        name\n      }\n      holder {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgencyDutyLists($tenantId: ID) {\n  agencyDutyLists(tenantId: $tenantId) {\n    id\n    year\n    templateId\n    issuedAt\n  }\n}"): (typeof documents)["query AgencyDutyLists($tenantId: ID) {\n  agencyDutyLists(tenantId: $tenantId) {\n    id\n    year\n    templateId\n    issuedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClearDutyTightening($itemId: ID!) {\n  clearDutyTightening(itemId: $itemId) {\n    ...DutyFields\n  }\n}"): (typeof documents)["mutation ClearDutyTightening($itemId: ID!) {\n  clearDutyTightening(itemId: $itemId) {\n    ...DutyFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmInstitutionReceipt($id: ID!) {\n  confirmInstitutionReceipt(id: $id) {\n    id\n    status\n    confirmedAt\n  }\n}"): (typeof documents)["mutation ConfirmInstitutionReceipt($id: ID!) {\n  confirmInstitutionReceipt(id: $id) {\n    id\n    status\n    confirmedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectFulfilmentRecord($id: ID!, $input: CorrectRecordInput!) {\n  correctFulfilmentRecord(id: $id, input: $input) {\n    ...RecordFields\n  }\n}"): (typeof documents)["mutation CorrectFulfilmentRecord($id: ID!, $input: CorrectRecordInput!) {\n  correctFulfilmentRecord(id: $id, input: $input) {\n    ...RecordFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDutyTemplate($input: CreateDutyTemplateInput!) {\n  createDutyTemplate(input: $input) {\n    id\n    year\n    title\n    status\n  }\n}"): (typeof documents)["mutation CreateDutyTemplate($input: CreateDutyTemplateInput!) {\n  createDutyTemplate(input: $input) {\n    id\n    year\n    title\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateInstitutionDocument($input: InstitutionDocumentInput!) {\n  createInstitutionDocument(input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation CreateInstitutionDocument($input: InstitutionDocumentInput!) {\n  createInstitutionDocument(input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DraftInstitutionVersion($documentId: ID!, $input: InstitutionVersionInput!) {\n  draftInstitutionVersion(documentId: $documentId, input: $input) {\n    id\n    version\n  }\n}"): (typeof documents)["mutation DraftInstitutionVersion($documentId: ID!, $input: InstitutionVersionInput!) {\n  draftInstitutionVersion(documentId: $documentId, input: $input) {\n    id\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DutyCompletion($grouping: CompletionGrouping!, $tenantId: ID, $year: Int) {\n  dutyCompletion(grouping: $grouping, tenantId: $tenantId, year: $year) {\n    key\n    label\n    tenantId\n    due\n    done\n    accepted\n    onTime\n    late\n    overdue\n    returned\n    rate\n    onTimeRate\n  }\n}"): (typeof documents)["query DutyCompletion($grouping: CompletionGrouping!, $tenantId: ID, $year: Int) {\n  dutyCompletion(grouping: $grouping, tenantId: $tenantId, year: $year) {\n    key\n    label\n    tenantId\n    due\n    done\n    accepted\n    onTime\n    late\n    overdue\n    returned\n    rate\n    onTimeRate\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DutyFields on Duty {\n  id\n  tenantId\n  templateId\n  source\n  level\n  postCode\n  post {\n    code\n    name\n    postClass\n  }\n  unitKinds\n  area\n  title\n  content\n  requirement\n  extraRequirement\n  cadence\n  dueOffsetDays\n  dueOn\n  evidenceKinds\n  minEvidence\n  mandatedDueOffsetDays\n  mandatedDueOn\n  mandatedMinEvidence\n  tightened\n  weight\n  supervisor\n  sortOrder\n}"): (typeof documents)["fragment DutyFields on Duty {\n  id\n  tenantId\n  templateId\n  source\n  level\n  postCode\n  post {\n    code\n    name\n    postClass\n  }\n  unitKinds\n  area\n  title\n  content\n  requirement\n  extraRequirement\n  cadence\n  dueOffsetDays\n  dueOn\n  evidenceKinds\n  minEvidence\n  mandatedDueOffsetDays\n  mandatedDueOn\n  mandatedMinEvidence\n  tightened\n  weight\n  supervisor\n  sortOrder\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DutyItemFields on DutyItem {\n  id\n  templateId\n  level\n  postCode\n  unitKinds\n  area\n  title\n  content\n  requirement\n  cadence\n  dueOffsetDays\n  dueOn\n  evidenceKinds\n  minEvidence\n  weight\n  supervisor\n  sortOrder\n}"): (typeof documents)["fragment DutyItemFields on DutyItem {\n  id\n  templateId\n  level\n  postCode\n  unitKinds\n  area\n  title\n  content\n  requirement\n  cadence\n  dueOffsetDays\n  dueOn\n  evidenceKinds\n  minEvidence\n  weight\n  supervisor\n  sortOrder\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DutyPostHistory($unitId: ID!, $postCode: String!, $tenantId: ID) {\n  dutyPostHistory(unitId: $unitId, postCode: $postCode, tenantId: $tenantId) {\n    id\n    startsOn\n    endsOn\n    member {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query DutyPostHistory($unitId: ID!, $postCode: String!, $tenantId: ID) {\n  dutyPostHistory(unitId: $unitId, postCode: $postCode, tenantId: $tenantId) {\n    id\n    startsOn\n    endsOn\n    member {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DutyTemplateXlsx($id: ID!) {\n  dutyTemplateXlsx(id: $id)\n}"): (typeof documents)["query DutyTemplateXlsx($id: ID!) {\n  dutyTemplateXlsx(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DutyTemplate($id: ID!) {\n  dutyTemplate(id: $id) {\n    id\n    year\n    title\n    status\n    basedOnId\n    publishedAt\n    yellowWithinDays\n    items {\n      ...DutyItemFields\n    }\n  }\n}"): (typeof documents)["query DutyTemplate($id: ID!) {\n  dutyTemplate(id: $id) {\n    id\n    year\n    title\n    status\n    basedOnId\n    publishedAt\n    yellowWithinDays\n    items {\n      ...DutyItemFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DutyTemplates {\n  dutyTemplates {\n    id\n    year\n    title\n    status\n    basedOnId\n    publishedAt\n    yellowWithinDays\n    createdAt\n  }\n}"): (typeof documents)["query DutyTemplates {\n  dutyTemplates {\n    id\n    year\n    title\n    status\n    basedOnId\n    publishedAt\n    yellowWithinDays\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FulfilmentHistory($id: ID!) {\n  fulfilmentHistory(id: $id) {\n    ...RecordFields\n    createdAt\n  }\n}"): (typeof documents)["query FulfilmentHistory($id: ID!) {\n  fulfilmentHistory(id: $id) {\n    ...RecordFields\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FulfilmentLedgerXlsx($tenantId: ID, $dutyId: ID, $periodKey: String, $unitId: ID, $status: RecordStatus, $late: Boolean, $current: Boolean) {\n  fulfilmentLedgerXlsx(\n    tenantId: $tenantId\n    dutyId: $dutyId\n    periodKey: $periodKey\n    unitId: $unitId\n    status: $status\n    late: $late\n    current: $current\n  )\n}"): (typeof documents)["query FulfilmentLedgerXlsx($tenantId: ID, $dutyId: ID, $periodKey: String, $unitId: ID, $status: RecordStatus, $late: Boolean, $current: Boolean) {\n  fulfilmentLedgerXlsx(\n    tenantId: $tenantId\n    dutyId: $dutyId\n    periodKey: $periodKey\n    unitId: $unitId\n    status: $status\n    late: $late\n    current: $current\n  )\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FulfilmentRecords($status: RecordStatus, $late: Boolean, $periodKey: String, $unitId: ID, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  fulfilmentRecords(\n    status: $status\n    late: $late\n    periodKey: $periodKey\n    unitId: $unitId\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...RecordFields\n      ...RecordContextFields\n    }\n  }\n}"): (typeof documents)["query FulfilmentRecords($status: RecordStatus, $late: Boolean, $periodKey: String, $unitId: ID, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  fulfilmentRecords(\n    status: $status\n    late: $late\n    periodKey: $periodKey\n    unitId: $unitId\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...RecordFields\n      ...RecordContextFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportDutyItems($templateId: ID!, $fileBase64: String!) {\n  importDutyItems(templateId: $templateId, fileBase64: $fileBase64) {\n    created\n  }\n}"): (typeof documents)["mutation ImportDutyItems($templateId: ID!, $fileBase64: String!) {\n  importDutyItems(templateId: $templateId, fileBase64: $fileBase64) {\n    created\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstitutionCompendiumDocx {\n  institutionCompendiumDocx\n}"): (typeof documents)["query InstitutionCompendiumDocx {\n  institutionCompendiumDocx\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstitutionDocuments {\n  institutionDocuments {\n    id\n    kind\n    title\n    number\n    sortOrder\n    currentVersion {\n      id\n      version\n      body\n      effectiveOn\n      publishedAt\n    }\n    versions {\n      id\n      version\n      effectiveOn\n      publishedAt\n    }\n    draft {\n      id\n      version\n      body\n      effectiveOn\n    }\n  }\n}"): (typeof documents)["query InstitutionDocuments {\n  institutionDocuments {\n    id\n    kind\n    title\n    number\n    sortOrder\n    currentVersion {\n      id\n      version\n      body\n      effectiveOn\n      publishedAt\n    }\n    versions {\n      id\n      version\n      effectiveOn\n      publishedAt\n    }\n    draft {\n      id\n      version\n      body\n      effectiveOn\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstitutionLibrary {\n  institutionLibrary {\n    id\n    kind\n    title\n    number\n    sortOrder\n    currentVersion {\n      id\n      version\n      body\n      effectiveOn\n      publishedAt\n    }\n    versions {\n      id\n      version\n      effectiveOn\n      publishedAt\n    }\n    myReceipt {\n      id\n      status\n      confirmedAt\n    }\n    supplements {\n      id\n      title\n      body\n      fileIds\n      files {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query InstitutionLibrary {\n  institutionLibrary {\n    id\n    kind\n    title\n    number\n    sortOrder\n    currentVersion {\n      id\n      version\n      body\n      effectiveOn\n      publishedAt\n    }\n    versions {\n      id\n      version\n      effectiveOn\n      publishedAt\n    }\n    myReceipt {\n      id\n      status\n      confirmedAt\n    }\n    supplements {\n      id\n      title\n      body\n      fileIds\n      files {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstitutionReceiptStatus($documentId: ID!) {\n  institutionReceiptStatus(documentId: $documentId) {\n    documentId\n    versionId\n    total\n    confirmed\n    unconfirmed {\n      id\n      code\n      name\n    }\n  }\n}"): (typeof documents)["query InstitutionReceiptStatus($documentId: ID!) {\n  institutionReceiptStatus(documentId: $documentId) {\n    documentId\n    versionId\n    total\n    confirmed\n    unconfirmed {\n      id\n      code\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueMissingDutyLists($id: ID!) {\n  issueMissingDutyLists(id: $id)\n}"): (typeof documents)["mutation IssueMissingDutyLists($id: ID!) {\n  issueMissingDutyLists(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyDuties($year: Int) {\n  myDuties(year: $year) {\n    ...ObligationFields\n  }\n}"): (typeof documents)["query MyDuties($year: Int) {\n  myDuties(year: $year) {\n    ...ObligationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ObligationFields on Obligation {\n  periodKey\n  periodLabel\n  unitId\n  memberId\n  holderMemberId\n  dueAt\n  status\n  warning\n  overdueMark\n  unit {\n    id\n    name\n  }\n  holder {\n    id\n    name\n  }\n  duty {\n    ...DutyFields\n  }\n  record {\n    ...RecordFields\n  }\n}"): (typeof documents)["fragment ObligationFields on Obligation {\n  periodKey\n  periodLabel\n  unitId\n  memberId\n  holderMemberId\n  dueAt\n  status\n  warning\n  overdueMark\n  unit {\n    id\n    name\n  }\n  holder {\n    id\n    name\n  }\n  duty {\n    ...DutyFields\n  }\n  record {\n    ...RecordFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishDutyTemplate($id: ID!) {\n  publishDutyTemplate(id: $id) {\n    id\n    status\n    publishedAt\n  }\n}"): (typeof documents)["mutation PublishDutyTemplate($id: ID!) {\n  publishDutyTemplate(id: $id) {\n    id\n    status\n    publishedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishInstitutionVersion($id: ID!) {\n  publishInstitutionVersion(id: $id) {\n    id\n    status\n    publishedAt\n  }\n}"): (typeof documents)["mutation PublishInstitutionVersion($id: ID!) {\n  publishInstitutionVersion(id: $id) {\n    id\n    status\n    publishedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RecordContextFields on FulfilmentRecord {\n  duty {\n    id\n    title\n    area\n    level\n    minEvidence\n    post {\n      code\n      name\n    }\n  }\n  unit {\n    id\n    name\n  }\n  member {\n    id\n    name\n  }\n}"): (typeof documents)["fragment RecordContextFields on FulfilmentRecord {\n  duty {\n    id\n    title\n    area\n    level\n    minEvidence\n    post {\n      code\n      name\n    }\n  }\n  unit {\n    id\n    name\n  }\n  member {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RecordFields on FulfilmentRecord {\n  id\n  tenantId\n  dutyId\n  periodKey\n  unitId\n  memberId\n  postCode\n  version\n  current\n  status\n  content\n  happenedOn\n  place\n  participants\n  late\n  dueAt\n  submittedAt\n  reviewComment\n  reviewedAt\n  correctionReason\n  evidenceIntact\n  files {\n    id\n    name\n    mimeType\n    size\n    hasThumbnail\n    url\n    thumbnailUrl\n  }\n}"): (typeof documents)["fragment RecordFields on FulfilmentRecord {\n  id\n  tenantId\n  dutyId\n  periodKey\n  unitId\n  memberId\n  postCode\n  version\n  current\n  status\n  content\n  happenedOn\n  place\n  participants\n  late\n  dueAt\n  submittedAt\n  reviewComment\n  reviewedAt\n  correctionReason\n  evidenceIntact\n  files {\n    id\n    name\n    mimeType\n    size\n    hasThumbnail\n    url\n    thumbnailUrl\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveAgencyDuty($id: ID!) {\n  removeAgencyDuty(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation RemoveAgencyDuty($id: ID!) {\n  removeAgencyDuty(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveDutyItem($id: ID!) {\n  removeDutyItem(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation RemoveDutyItem($id: ID!) {\n  removeDutyItem(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveInstitutionSupplement($id: ID!) {\n  removeInstitutionSupplement(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation RemoveInstitutionSupplement($id: ID!) {\n  removeInstitutionSupplement(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewFulfilmentRecord($id: ID!, $accept: Boolean!, $comment: String) {\n  reviewFulfilmentRecord(id: $id, accept: $accept, comment: $comment) {\n    id\n    status\n    reviewComment\n    reviewedAt\n  }\n}"): (typeof documents)["mutation ReviewFulfilmentRecord($id: ID!, $accept: Boolean!, $comment: String) {\n  reviewFulfilmentRecord(id: $id, accept: $accept, comment: $comment) {\n    id\n    status\n    reviewComment\n    reviewedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewQueue {\n  reviewQueue {\n    ...RecordFields\n    ...RecordContextFields\n  }\n}"): (typeof documents)["query ReviewQueue {\n  reviewQueue {\n    ...RecordFields\n    ...RecordContextFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitFulfilmentRecord($input: SubmitRecordInput!) {\n  submitFulfilmentRecord(input: $input) {\n    ...RecordFields\n  }\n}"): (typeof documents)["mutation SubmitFulfilmentRecord($input: SubmitRecordInput!) {\n  submitFulfilmentRecord(input: $input) {\n    ...RecordFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TightenDuty($itemId: ID!, $input: TightenDutyInput!) {\n  tightenDuty(itemId: $itemId, input: $input) {\n    ...DutyFields\n  }\n}"): (typeof documents)["mutation TightenDuty($itemId: ID!, $input: TightenDutyInput!) {\n  tightenDuty(itemId: $itemId, input: $input) {\n    ...DutyFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnitDuties($unitId: ID!, $tenantId: ID, $year: Int) {\n  unitDuties(unitId: $unitId, tenantId: $tenantId, year: $year) {\n    ...ObligationFields\n  }\n}"): (typeof documents)["query UnitDuties($unitId: ID!, $tenantId: ID, $year: Int) {\n  unitDuties(unitId: $unitId, tenantId: $tenantId, year: $year) {\n    ...ObligationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateAgencyDuty($id: ID!, $input: DutySpecInput!) {\n  updateAgencyDuty(id: $id, input: $input) {\n    ...DutyFields\n  }\n}"): (typeof documents)["mutation UpdateAgencyDuty($id: ID!, $input: DutySpecInput!) {\n  updateAgencyDuty(id: $id, input: $input) {\n    ...DutyFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDutyItem($id: ID!, $input: DutySpecInput!) {\n  updateDutyItem(id: $id, input: $input) {\n    ...DutyItemFields\n  }\n}"): (typeof documents)["mutation UpdateDutyItem($id: ID!, $input: DutySpecInput!) {\n  updateDutyItem(id: $id, input: $input) {\n    ...DutyItemFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDutyTemplate($id: ID!, $input: UpdateDutyTemplateInput!) {\n  updateDutyTemplate(id: $id, input: $input) {\n    id\n    title\n    yellowWithinDays\n  }\n}"): (typeof documents)["mutation UpdateDutyTemplate($id: ID!, $input: UpdateDutyTemplateInput!) {\n  updateDutyTemplate(id: $id, input: $input) {\n    id\n    title\n    yellowWithinDays\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateInstitutionDocument($id: ID!, $input: InstitutionDocumentInput!) {\n  updateInstitutionDocument(id: $id, input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation UpdateInstitutionDocument($id: ID!, $input: InstitutionDocumentInput!) {\n  updateInstitutionDocument(id: $id, input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateInstitutionSupplement($id: ID!, $input: SupplementInput!) {\n  updateInstitutionSupplement(id: $id, input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation UpdateInstitutionSupplement($id: ID!, $input: SupplementInput!) {\n  updateInstitutionSupplement(id: $id, input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateInstitutionVersion($id: ID!, $input: InstitutionVersionInput!) {\n  updateInstitutionVersion(id: $id, input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation UpdateInstitutionVersion($id: ID!, $input: InstitutionVersionInput!) {\n  updateInstitutionVersion(id: $id, input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignAgenciesToGrid($gridId: ID!, $input: AssignAgenciesInput!) {\n  assignAgenciesToGrid(gridId: $gridId, input: $input) {\n    ...GridFields\n  }\n}"): (typeof documents)["mutation AssignAgenciesToGrid($gridId: ID!, $input: AssignAgenciesInput!) {\n  assignAgenciesToGrid(gridId: $gridId, input: $input) {\n    ...GridFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateGrid($input: GridInput!) {\n  createGrid(input: $input) {\n    ...GridFields\n  }\n}"): (typeof documents)["mutation CreateGrid($input: GridInput!) {\n  createGrid(input: $input) {\n    ...GridFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GridFields on Grid {\n  id\n  name\n  position\n  note\n  leaderUserId\n  leader {\n    id\n    displayName\n  }\n  liaisons {\n    id\n    displayName\n  }\n  agencies {\n    id\n    code\n    name\n  }\n  members {\n    agencyId\n    startsOn\n  }\n}"): (typeof documents)["fragment GridFields on Grid {\n  id\n  name\n  position\n  note\n  leaderUserId\n  leader {\n    id\n    displayName\n  }\n  liaisons {\n    id\n    displayName\n  }\n  agencies {\n    id\n    code\n    name\n  }\n  members {\n    agencyId\n    startsOn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Grids {\n  grids {\n    ...GridFields\n  }\n  agenciesWithoutGrid {\n    id\n    code\n    name\n  }\n}"): (typeof documents)["query Grids {\n  grids {\n    ...GridFields\n  }\n  agenciesWithoutGrid {\n    id\n    code\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveAgencyFromGrid($agencyId: ID!, $on: LocalDate!) {\n  removeAgencyFromGrid(agencyId: $agencyId, on: $on) {\n    agencyId\n    endsOn\n  }\n}"): (typeof documents)["mutation RemoveAgencyFromGrid($agencyId: ID!, $on: LocalDate!) {\n  removeAgencyFromGrid(agencyId: $agencyId, on: $on) {\n    agencyId\n    endsOn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveGrid($id: ID!) {\n  removeGrid(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation RemoveGrid($id: ID!) {\n  removeGrid(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetGridLiaisons($gridId: ID!, $userIds: [ID!]!) {\n  setGridLiaisons(gridId: $gridId, userIds: $userIds) {\n    ...GridFields\n  }\n}"): (typeof documents)["mutation SetGridLiaisons($gridId: ID!, $userIds: [ID!]!) {\n  setGridLiaisons(gridId: $gridId, userIds: $userIds) {\n    ...GridFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateGrid($id: ID!, $input: GridInput!) {\n  updateGrid(id: $id, input: $input) {\n    ...GridFields\n  }\n}"): (typeof documents)["mutation UpdateGrid($id: ID!, $input: GridInput!) {\n  updateGrid(id: $id, input: $input) {\n    ...GridFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyTodos {\n  myTodos {\n    id\n    module\n    title\n    dueAt\n    level\n    link\n  }\n}"): (typeof documents)["query MyTodos {\n  myTodos {\n    id\n    module\n    title\n    dueAt\n    level\n    link\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BranchMembers($unitId: ID!) {\n  partyMembers(\n    unitId: $unitId\n    status: ACTIVE\n    includeDescendants: true\n    offset: 0\n    limit: 200\n  ) {\n    total\n    items {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query BranchMembers($unitId: ID!) {\n  partyMembers(\n    unitId: $unitId\n    status: ACTIVE\n    includeDescendants: true\n    offset: 0\n    limit: 200\n  ) {\n    total\n    items {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelStageActivity($id: ID!, $reason: String!) {\n  cancelStageActivity(id: $id, input: {reason: $reason}) {\n    ...StageActivityFields\n  }\n}"): (typeof documents)["mutation CancelStageActivity($id: ID!, $reason: String!) {\n  cancelStageActivity(id: $id, input: {reason: $reason}) {\n    ...StageActivityFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectStageActivityAttendance($id: ID!, $input: ActivityAttendanceInput!) {\n  correctStageActivityAttendance(id: $id, input: $input) {\n    ...StageActivityFields\n  }\n}"): (typeof documents)["mutation CorrectStageActivityAttendance($id: ID!, $input: ActivityAttendanceInput!) {\n  correctStageActivityAttendance(id: $id, input: $input) {\n    ...StageActivityFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HoldStageActivity($id: ID!, $input: ActivityAttendanceInput!) {\n  holdStageActivity(id: $id, input: $input) {\n    ...StageActivityFields\n  }\n}"): (typeof documents)["mutation HoldStageActivity($id: ID!, $input: ActivityAttendanceInput!) {\n  holdStageActivity(id: $id, input: $input) {\n    ...StageActivityFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanStageActivity($input: NewStageActivityInput!) {\n  planStageActivity(input: $input) {\n    ...StageActivityFields\n  }\n}"): (typeof documents)["mutation PlanStageActivity($input: NewStageActivityInput!) {\n  planStageActivity(input: $input) {\n    ...StageActivityFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StageActivities($tenantId: ID, $year: Int, $unitId: ID, $kind: ActivityKind, $status: ActivityStatus, $offset: Int!, $limit: Int!) {\n  stageActivities(\n    tenantId: $tenantId\n    year: $year\n    unitId: $unitId\n    kind: $kind\n    status: $status\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...StageActivityFields\n    }\n  }\n}"): (typeof documents)["query StageActivities($tenantId: ID, $year: Int, $unitId: ID, $kind: ActivityKind, $status: ActivityStatus, $offset: Int!, $limit: Int!) {\n  stageActivities(\n    tenantId: $tenantId\n    year: $year\n    unitId: $unitId\n    kind: $kind\n    status: $status\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...StageActivityFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StageActivityFields on StageActivity {\n  id\n  tenantId\n  unitId\n  kind\n  topic\n  heldOn\n  place\n  status\n  notes\n  cancelReason\n  pointsNotes\n  speakerIds\n  attendeeIds\n  evidenceIntact\n  unit {\n    id\n    name\n  }\n  speakers {\n    id\n    name\n  }\n  attendees {\n    id\n    name\n  }\n  files {\n    ...StoredFileFields\n  }\n}"): (typeof documents)["fragment StageActivityFields on StageActivity {\n  id\n  tenantId\n  unitId\n  kind\n  topic\n  heldOn\n  place\n  status\n  notes\n  cancelReason\n  pointsNotes\n  speakerIds\n  attendeeIds\n  evidenceIntact\n  unit {\n    id\n    name\n  }\n  speakers {\n    id\n    name\n  }\n  attendees {\n    id\n    name\n  }\n  files {\n    ...StoredFileFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StageCoverage($tenantId: ID, $year: Int!) {\n  stageCoverage(tenantId: $tenantId, year: $year) {\n    year\n    members\n    speakers\n    rate\n    branches {\n      unitId\n      members\n      speakers\n      rate\n      unit {\n        id\n        name\n      }\n      notYet {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query StageCoverage($tenantId: ID, $year: Int!) {\n  stageCoverage(tenantId: $tenantId, year: $year) {\n    year\n    members\n    speakers\n    rate\n    branches {\n      unitId\n      members\n      speakers\n      rate\n      unit {\n        id\n        name\n      }\n      notYet {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateStageActivity($id: ID!, $input: StageActivityInput!) {\n  updateStageActivity(id: $id, input: $input) {\n    ...StageActivityFields\n  }\n}"): (typeof documents)["mutation UpdateStageActivity($id: ID!, $input: StageActivityInput!) {\n  updateStageActivity(id: $id, input: $input) {\n    ...StageActivityFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveHonourNomination($id: ID!) {\n  approveHonourNomination(id: $id) {\n    ...HonourNominationFields\n  }\n}"): (typeof documents)["mutation ApproveHonourNomination($id: ID!) {\n  approveHonourNomination(id: $id) {\n    ...HonourNominationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateHonourRound($input: HonourRoundInput!) {\n  createHonourRound(input: $input) {\n    ...HonourRoundFields\n  }\n}"): (typeof documents)["mutation CreateHonourRound($input: HonourRoundInput!) {\n  createHonourRound(input: $input) {\n    ...HonourRoundFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DisciplineRecords {\n  disciplineRecords {\n    id\n    kind\n    decidedOn\n    influenceEndsOn\n    note\n    member {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query DisciplineRecords {\n  disciplineRecords {\n    id\n    kind\n    decidedOn\n    influenceEndsOn\n    note\n    member {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HonourFigures {\n  honourFigures {\n    from\n    to\n    definition\n    members\n    partyWorkers\n    organisations\n    breakdown {\n      year\n      level\n      category\n      count\n    }\n  }\n}"): (typeof documents)["query HonourFigures {\n  honourFigures {\n    from\n    to\n    definition\n    members\n    partyWorkers\n    organisations\n    breakdown {\n      year\n      level\n      category\n      count\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HonourNominationFields on HonourNomination {\n  id\n  tenantId\n  roundId\n  category\n  status\n  deeds\n  rejectReason\n  decidedAt\n  createdAt\n  member {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n  tenant {\n    id\n    name\n  }\n  round {\n    id\n    title\n    year\n    level\n  }\n  eligibility {\n    kind\n    label\n    passed\n    detail\n  }\n  files {\n    ...StoredFileFields\n  }\n}"): (typeof documents)["fragment HonourNominationFields on HonourNomination {\n  id\n  tenantId\n  roundId\n  category\n  status\n  deeds\n  rejectReason\n  decidedAt\n  createdAt\n  member {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n  tenant {\n    id\n    name\n  }\n  round {\n    id\n    title\n    year\n    level\n  }\n  eligibility {\n    kind\n    label\n    passed\n    detail\n  }\n  files {\n    ...StoredFileFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HonourNominationsXlsx($roundId: ID, $tenantId: ID, $category: HonourCategory, $status: HonourNominationStatus) {\n  honourNominationsXlsx(\n    roundId: $roundId\n    tenantId: $tenantId\n    category: $category\n    status: $status\n  )\n}"): (typeof documents)["query HonourNominationsXlsx($roundId: ID, $tenantId: ID, $category: HonourCategory, $status: HonourNominationStatus) {\n  honourNominationsXlsx(\n    roundId: $roundId\n    tenantId: $tenantId\n    category: $category\n    status: $status\n  )\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HonourNominations($roundId: ID, $tenantId: ID, $category: HonourCategory, $status: HonourNominationStatus, $offset: Int!, $limit: Int!) {\n  honourNominations(\n    roundId: $roundId\n    tenantId: $tenantId\n    category: $category\n    status: $status\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...HonourNominationFields\n    }\n  }\n}"): (typeof documents)["query HonourNominations($roundId: ID, $tenantId: ID, $category: HonourCategory, $status: HonourNominationStatus, $offset: Int!, $limit: Int!) {\n  honourNominations(\n    roundId: $roundId\n    tenantId: $tenantId\n    category: $category\n    status: $status\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...HonourNominationFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HonourNomineeCheck($input: NomineeCheckInput!) {\n  honourNomineeCheck(input: $input) {\n    kind\n    label\n    passed\n    detail\n  }\n}"): (typeof documents)["query HonourNomineeCheck($input: NomineeCheckInput!) {\n  honourNomineeCheck(input: $input) {\n    kind\n    label\n    passed\n    detail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HonourResults($category: HonourCategory) {\n  honourResults(category: $category) {\n    id\n    category\n    level\n    title\n    source\n    conferredOn\n    member {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    tenant {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query HonourResults($category: HonourCategory) {\n  honourResults(category: $category) {\n    id\n    category\n    level\n    title\n    source\n    conferredOn\n    member {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    tenant {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HonourRoundFields on HonourRound {\n  id\n  year\n  title\n  level\n  categories\n  quotaPerAgency\n  quotaTotal\n  opensOn\n  closesOn\n  publishedOn\n  status\n  rules {\n    kind\n    threshold\n  }\n}"): (typeof documents)["fragment HonourRoundFields on HonourRound {\n  id\n  year\n  title\n  level\n  categories\n  quotaPerAgency\n  quotaTotal\n  opensOn\n  closesOn\n  publishedOn\n  status\n  rules {\n    kind\n    threshold\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HonourRounds($year: Int) {\n  honourRounds(year: $year) {\n    ...HonourRoundFields\n  }\n}"): (typeof documents)["query HonourRounds($year: Int) {\n  honourRounds(year: $year) {\n    ...HonourRoundFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NominateForHonour($input: NominateInput!) {\n  nominateForHonour(input: $input) {\n    ...HonourNominationFields\n  }\n}"): (typeof documents)["mutation NominateForHonour($input: NominateInput!) {\n  nominateForHonour(input: $input) {\n    ...HonourNominationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutsideHonours {\n  outsideHonours {\n    id\n    category\n    level\n    title\n    conferredBy\n    conferredOn\n    member {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query OutsideHonours {\n  outsideHonours {\n    id\n    category\n    level\n    title\n    conferredBy\n    conferredOn\n    member {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishHonourRound($id: ID!) {\n  publishHonourRound(id: $id) {\n    ...HonourRoundFields\n  }\n}"): (typeof documents)["mutation PublishHonourRound($id: ID!) {\n  publishHonourRound(id: $id) {\n    ...HonourRoundFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordDiscipline($input: DisciplineRecordInput!) {\n  recordDiscipline(input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation RecordDiscipline($input: DisciplineRecordInput!) {\n  recordDiscipline(input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordOutsideHonour($input: OutsideHonourInput!) {\n  recordOutsideHonour(input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation RecordOutsideHonour($input: OutsideHonourInput!) {\n  recordOutsideHonour(input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectHonourNomination($id: ID!, $reason: String!) {\n  rejectHonourNomination(id: $id, input: {reason: $reason}) {\n    ...HonourNominationFields\n  }\n}"): (typeof documents)["mutation RejectHonourNomination($id: ID!, $reason: String!) {\n  rejectHonourNomination(id: $id, input: {reason: $reason}) {\n    ...HonourNominationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveDiscipline($id: ID!) {\n  removeDiscipline(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation RemoveDiscipline($id: ID!) {\n  removeDiscipline(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveOutsideHonour($id: ID!) {\n  removeOutsideHonour(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation RemoveOutsideHonour($id: ID!) {\n  removeOutsideHonour(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateHonourRound($id: ID!, $input: HonourRoundInput!) {\n  updateHonourRound(id: $id, input: $input) {\n    ...HonourRoundFields\n  }\n}"): (typeof documents)["mutation UpdateHonourRound($id: ID!, $input: HonourRoundInput!) {\n  updateHonourRound(id: $id, input: $input) {\n    ...HonourRoundFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchivePointsYear($year: Int!) {\n  archivePointsYear(year: $year) {\n    id\n    year\n  }\n}"): (typeof documents)["mutation ArchivePointsYear($year: Int!) {\n  archivePointsYear(year: $year) {\n    id\n    year\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PointsArchiveRows($year: Int!, $offset: Int!, $limit: Int!) {\n  pointsArchiveRows(year: $year, offset: $offset, limit: $limit) {\n    total\n    items {\n      id\n      memberId\n      memberName\n      branchName\n      agencyRank\n      branchRank\n      points\n    }\n  }\n}"): (typeof documents)["query PointsArchiveRows($year: Int!, $offset: Int!, $limit: Int!) {\n  pointsArchiveRows(year: $year, offset: $offset, limit: $limit) {\n    total\n    items {\n      id\n      memberId\n      memberName\n      branchName\n      agencyRank\n      branchRank\n      points\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PointsArchiveXlsx($year: Int!) {\n  pointsArchiveXlsx(year: $year)\n}"): (typeof documents)["query PointsArchiveXlsx($year: Int!) {\n  pointsArchiveXlsx(year: $year)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PointsArchives {\n  pointsArchives {\n    id\n    year\n    members\n    participants\n    totalPoints\n    archivedAt\n  }\n}"): (typeof documents)["query PointsArchives {\n  pointsArchives {\n    id\n    year\n    members\n    participants\n    totalPoints\n    archivedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AppealPointsEntry($id: ID!, $reason: String!) {\n  appealPointsEntry(id: $id, input: {reason: $reason}) {\n    ...PointsEntryFields\n  }\n}"): (typeof documents)["mutation AppealPointsEntry($id: ID!, $reason: String!) {\n  appealPointsEntry(id: $id, input: {reason: $reason}) {\n    ...PointsEntryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovePointsEntry($id: ID!) {\n  approvePointsEntry(id: $id) {\n    ...PointsEntryFields\n  }\n}"): (typeof documents)["mutation ApprovePointsEntry($id: ID!) {\n  approvePointsEntry(id: $id) {\n    ...PointsEntryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CopyPointsRules($year: Int!) {\n  copyPointsRules(input: {year: $year}) {\n    id\n  }\n}"): (typeof documents)["mutation CopyPointsRules($year: Int!) {\n  copyPointsRules(input: {year: $year}) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePointsRule($input: NewPointsRuleInput!) {\n  createPointsRule(input: $input) {\n    ...PointsRuleFields\n  }\n}"): (typeof documents)["mutation CreatePointsRule($input: NewPointsRuleInput!) {\n  createPointsRule(input: $input) {\n    ...PointsRuleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclarePoints($input: DeclarePointsInput!) {\n  declarePoints(input: $input) {\n    ...PointsEntryFields\n  }\n}"): (typeof documents)["mutation DeclarePoints($input: DeclarePointsInput!) {\n  declarePoints(input: $input) {\n    ...PointsEntryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyPointsStanding($periodKey: String!) {\n  myPointsStanding(periodKey: $periodKey) {\n    periodKey\n    periodLabel\n    memberId\n    points\n    rank\n    branchRank\n  }\n}"): (typeof documents)["query MyPointsStanding($periodKey: String!) {\n  myPointsStanding(periodKey: $periodKey) {\n    periodKey\n    periodLabel\n    memberId\n    points\n    rank\n    branchRank\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PointsEntriesXlsx($status: PointsEntryStatus, $periodKey: String, $unitId: ID, $memberId: ID, $ruleId: ID) {\n  pointsEntriesXlsx(\n    status: $status\n    periodKey: $periodKey\n    unitId: $unitId\n    memberId: $memberId\n    ruleId: $ruleId\n  )\n}"): (typeof documents)["query PointsEntriesXlsx($status: PointsEntryStatus, $periodKey: String, $unitId: ID, $memberId: ID, $ruleId: ID) {\n  pointsEntriesXlsx(\n    status: $status\n    periodKey: $periodKey\n    unitId: $unitId\n    memberId: $memberId\n    ruleId: $ruleId\n  )\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PointsEntries($status: PointsEntryStatus, $year: Int, $periodKey: String, $unitId: ID, $memberId: ID, $ruleId: ID, $offset: Int!, $limit: Int!) {\n  pointsEntries(\n    status: $status\n    year: $year\n    periodKey: $periodKey\n    unitId: $unitId\n    memberId: $memberId\n    ruleId: $ruleId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...PointsEntryFields\n    }\n  }\n}"): (typeof documents)["query PointsEntries($status: PointsEntryStatus, $year: Int, $periodKey: String, $unitId: ID, $memberId: ID, $ruleId: ID, $offset: Int!, $limit: Int!) {\n  pointsEntries(\n    status: $status\n    year: $year\n    periodKey: $periodKey\n    unitId: $unitId\n    memberId: $memberId\n    ruleId: $ruleId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...PointsEntryFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PointsEntryFields on PointsEntry {\n  id\n  memberId\n  ruleName\n  category\n  points\n  occurredOn\n  origin\n  status\n  note\n  rejectReason\n  appealReason\n  appealedAt\n  reversesId\n  reversedBy {\n    id\n  }\n  evidenceIntact\n  createdAt\n  member {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n  rule {\n    id\n    cap\n    capPeriod\n  }\n  files {\n    ...StoredFileFields\n  }\n}"): (typeof documents)["fragment PointsEntryFields on PointsEntry {\n  id\n  memberId\n  ruleName\n  category\n  points\n  occurredOn\n  origin\n  status\n  note\n  rejectReason\n  appealReason\n  appealedAt\n  reversesId\n  reversedBy {\n    id\n  }\n  evidenceIntact\n  createdAt\n  member {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n  rule {\n    id\n    cap\n    capPeriod\n  }\n  files {\n    ...StoredFileFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PointsMemberOptions($search: String, $unitId: ID) {\n  partyMembers(\n    search: $search\n    unitId: $unitId\n    includeDescendants: true\n    limit: 20\n  ) {\n    items {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query PointsMemberOptions($search: String, $unitId: ID) {\n  partyMembers(\n    search: $search\n    unitId: $unitId\n    includeDescendants: true\n    limit: 20\n  ) {\n    items {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PointsRankingXlsx($periodKey: String!, $unitId: ID) {\n  pointsRankingXlsx(periodKey: $periodKey, unitId: $unitId)\n}"): (typeof documents)["query PointsRankingXlsx($periodKey: String!, $unitId: ID) {\n  pointsRankingXlsx(periodKey: $periodKey, unitId: $unitId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PointsRanking($periodKey: String!, $unitId: ID, $offset: Int!, $limit: Int!) {\n  pointsRanking(\n    periodKey: $periodKey\n    unitId: $unitId\n    offset: $offset\n    limit: $limit\n  ) {\n    periodKey\n    periodLabel\n    total\n    items {\n      memberId\n      unitId\n      branchId\n      points\n      rank\n      branchRank\n      member {\n        id\n        name\n      }\n      branch {\n        id\n        name\n      }\n    }\n  }\n  pointsParticipation(periodKey: $periodKey) {\n    members\n    participants\n    rate\n  }\n}"): (typeof documents)["query PointsRanking($periodKey: String!, $unitId: ID, $offset: Int!, $limit: Int!) {\n  pointsRanking(\n    periodKey: $periodKey\n    unitId: $unitId\n    offset: $offset\n    limit: $limit\n  ) {\n    periodKey\n    periodLabel\n    total\n    items {\n      memberId\n      unitId\n      branchId\n      points\n      rank\n      branchRank\n      member {\n        id\n        name\n      }\n      branch {\n        id\n        name\n      }\n    }\n  }\n  pointsParticipation(periodKey: $periodKey) {\n    members\n    participants\n    rate\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PointsRuleFields on PointsRule {\n  id\n  owner\n  tenantId\n  year\n  category\n  name\n  description\n  points\n  cap\n  capPeriod\n  evidenceRequired\n  awarder\n  mode\n  autoTrigger\n}"): (typeof documents)["fragment PointsRuleFields on PointsRule {\n  id\n  owner\n  tenantId\n  year\n  category\n  name\n  description\n  points\n  cap\n  capPeriod\n  evidenceRequired\n  awarder\n  mode\n  autoTrigger\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PointsRules($year: Int!) {\n  pointsRules(year: $year) {\n    ...PointsRuleFields\n  }\n}"): (typeof documents)["query PointsRules($year: Int!) {\n  pointsRules(year: $year) {\n    ...PointsRuleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectPointsEntry($id: ID!, $reason: String!) {\n  rejectPointsEntry(id: $id, input: {reason: $reason}) {\n    ...PointsEntryFields\n  }\n}"): (typeof documents)["mutation RejectPointsEntry($id: ID!, $reason: String!) {\n  rejectPointsEntry(id: $id, input: {reason: $reason}) {\n    ...PointsEntryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemovePointsRule($id: ID!) {\n  removePointsRule(id: $id)\n}"): (typeof documents)["mutation RemovePointsRule($id: ID!) {\n  removePointsRule(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReversePointsEntry($id: ID!, $reason: String!) {\n  reversePointsEntry(id: $id, input: {reason: $reason}) {\n    ...PointsEntryFields\n  }\n}"): (typeof documents)["mutation ReversePointsEntry($id: ID!, $reason: String!) {\n  reversePointsEntry(id: $id, input: {reason: $reason}) {\n    ...PointsEntryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePointsRule($id: ID!, $input: PointsRuleInput!) {\n  updatePointsRule(id: $id, input: $input) {\n    ...PointsRuleFields\n  }\n}"): (typeof documents)["mutation UpdatePointsRule($id: ID!, $input: PointsRuleInput!) {\n  updatePointsRule(id: $id, input: $input) {\n    ...PointsRuleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnswerStarObjection($id: ID!, $text: String!) {\n  answerStarObjection(id: $id, input: {text: $text}) {\n    ...StarObjectionFields\n  }\n}"): (typeof documents)["mutation AnswerStarObjection($id: ID!, $text: String!) {\n  answerStarObjection(id: $id, input: {text: $text}) {\n    ...StarObjectionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseStarScheme($id: ID!) {\n  closeStarScheme(id: $id) {\n    ...StarSchemeFields\n  }\n}"): (typeof documents)["mutation CloseStarScheme($id: ID!) {\n  closeStarScheme(id: $id) {\n    ...StarSchemeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmStarRating($id: ID!) {\n  confirmStarRating(id: $id) {\n    ...StarRatingDetailFields\n  }\n}"): (typeof documents)["mutation ConfirmStarRating($id: ID!) {\n  confirmStarRating(id: $id) {\n    ...StarRatingDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateStarScheme($input: StarSchemeInput!) {\n  createStarScheme(input: $input) {\n    ...StarSchemeFields\n  }\n}"): (typeof documents)["mutation CreateStarScheme($input: StarSchemeInput!) {\n  createStarScheme(input: $input) {\n    ...StarSchemeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NameStarRating($id: ID!) {\n  nameStarRating(id: $id) {\n    ...StarRatingDetailFields\n  }\n}"): (typeof documents)["mutation NameStarRating($id: ID!) {\n  nameStarRating(id: $id) {\n    ...StarRatingDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ObjectToStarRating($id: ID!, $text: String!) {\n  objectToStarRating(id: $id, input: {text: $text}) {\n    ...StarObjectionFields\n  }\n}"): (typeof documents)["mutation ObjectToStarRating($id: ID!, $text: String!) {\n  objectToStarRating(id: $id, input: {text: $text}) {\n    ...StarObjectionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenStarScheme($id: ID!) {\n  openStarScheme(id: $id) {\n    ...StarSchemeFields\n  }\n}"): (typeof documents)["mutation OpenStarScheme($id: ID!) {\n  openStarScheme(id: $id) {\n    ...StarSchemeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartyReviewStarRating($id: ID!, $input: StarScoresInput!) {\n  partyReviewStarRating(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}"): (typeof documents)["mutation PartyReviewStarRating($id: ID!, $input: StarScoresInput!) {\n  partyReviewStarRating(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublicizeStarRating($id: ID!, $input: StarPublicizeInput!) {\n  publicizeStarRating(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}"): (typeof documents)["mutation PublicizeStarRating($id: ID!, $input: StarPublicizeInput!) {\n  publicizeStarRating(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReturnStarPartyReview($id: ID!, $input: StarTextInput!) {\n  returnStarPartyReview(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}"): (typeof documents)["mutation ReturnStarPartyReview($id: ID!, $input: StarTextInput!) {\n  returnStarPartyReview(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReturnStarSelfAssessment($id: ID!, $input: StarTextInput!) {\n  returnStarSelfAssessment(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}"): (typeof documents)["mutation ReturnStarSelfAssessment($id: ID!, $input: StarTextInput!) {\n  returnStarSelfAssessment(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveStarSelfAssessment($id: ID!, $input: StarScoresInput!) {\n  saveStarSelfAssessment(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}"): (typeof documents)["mutation SaveStarSelfAssessment($id: ID!, $input: StarScoresInput!) {\n  saveStarSelfAssessment(id: $id, input: $input) {\n    ...StarRatingDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StarFigures($year: Int!, $tenantId: ID) {\n  starFigures(year: $year, tenantId: $tenantId, limit: 200) {\n    year\n    definition\n    rated\n    named\n    up\n    down\n    same\n    fresh\n    levels {\n      stars\n      count\n    }\n    byAgency {\n      tenantId\n      rated\n      tenant {\n        id\n        name\n      }\n      levels {\n        stars\n        count\n      }\n    }\n  }\n}"): (typeof documents)["query StarFigures($year: Int!, $tenantId: ID) {\n  starFigures(year: $year, tenantId: $tenantId, limit: 200) {\n    year\n    definition\n    rated\n    named\n    up\n    down\n    same\n    fresh\n    levels {\n      stars\n      count\n    }\n    byAgency {\n      tenantId\n      rated\n      tenant {\n        id\n        name\n      }\n      levels {\n        stars\n        count\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StarObjectionFields on StarObjection {\n  id\n  content\n  status\n  answer\n  createdAt\n  answeredAt\n}\n\nfragment StarRatingDetailFields on StarRating {\n  ...StarRatingFields\n  scores {\n    key\n    prefilled\n    evidence\n    selfScore\n    selfReason\n    partyScore\n    partyReason\n  }\n  scheme {\n    ...StarSchemeFields\n  }\n  objections {\n    ...StarObjectionFields\n  }\n}"): (typeof documents)["fragment StarObjectionFields on StarObjection {\n  id\n  content\n  status\n  answer\n  createdAt\n  answeredAt\n}\n\nfragment StarRatingDetailFields on StarRating {\n  ...StarRatingFields\n  scores {\n    key\n    prefilled\n    evidence\n    selfScore\n    selfReason\n    partyScore\n    partyReason\n  }\n  scheme {\n    ...StarSchemeFields\n  }\n  objections {\n    ...StarObjectionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StarRatingFields on StarRating {\n  id\n  year\n  tenantId\n  unitId\n  status\n  total\n  stars\n  previousStars\n  movement\n  namedStars\n  namedOn\n  publicizedUntil\n  satisfaction\n  innovationProject\n  partyReturnReason\n  committeeReturnReason\n  tenant {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n}"): (typeof documents)["fragment StarRatingFields on StarRating {\n  id\n  year\n  tenantId\n  unitId\n  status\n  total\n  stars\n  previousStars\n  movement\n  namedStars\n  namedOn\n  publicizedUntil\n  satisfaction\n  innovationProject\n  partyReturnReason\n  committeeReturnReason\n  tenant {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StarRating($id: ID!) {\n  starRating(id: $id) {\n    ...StarRatingDetailFields\n  }\n}"): (typeof documents)["query StarRating($id: ID!) {\n  starRating(id: $id) {\n    ...StarRatingDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StarRatingsXlsx($year: Int!, $tenantId: ID, $status: StarRatingStatus, $stars: Int) {\n  starRatingsXlsx(\n    year: $year\n    tenantId: $tenantId\n    status: $status\n    stars: $stars\n  )\n}"): (typeof documents)["query StarRatingsXlsx($year: Int!, $tenantId: ID, $status: StarRatingStatus, $stars: Int) {\n  starRatingsXlsx(\n    year: $year\n    tenantId: $tenantId\n    status: $status\n    stars: $stars\n  )\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StarRatings($year: Int!, $tenantId: ID, $status: StarRatingStatus, $stars: Int, $offset: Int!, $limit: Int!) {\n  starRatings(\n    year: $year\n    tenantId: $tenantId\n    status: $status\n    stars: $stars\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...StarRatingFields\n    }\n  }\n}"): (typeof documents)["query StarRatings($year: Int!, $tenantId: ID, $status: StarRatingStatus, $stars: Int, $offset: Int!, $limit: Int!) {\n  starRatings(\n    year: $year\n    tenantId: $tenantId\n    status: $status\n    stars: $stars\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...StarRatingFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StarSchemeFields on StarScheme {\n  id\n  year\n  title\n  status\n  satisfactionWeight\n  fiveStarNeedsInnovation\n  criteria {\n    key\n    name\n    maxScore\n    source\n  }\n  bands {\n    stars\n    minScore\n  }\n  satisfactionCaps {\n    below\n    maxStars\n  }\n  quotas {\n    stars\n    percent\n  }\n}"): (typeof documents)["fragment StarSchemeFields on StarScheme {\n  id\n  year\n  title\n  status\n  satisfactionWeight\n  fiveStarNeedsInnovation\n  criteria {\n    key\n    name\n    maxScore\n    source\n  }\n  bands {\n    stars\n    minScore\n  }\n  satisfactionCaps {\n    below\n    maxStars\n  }\n  quotas {\n    stars\n    percent\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StarSchemes {\n  starSchemes {\n    ...StarSchemeFields\n  }\n}"): (typeof documents)["query StarSchemes {\n  starSchemes {\n    ...StarSchemeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartStarRatings($year: Int!) {\n  startStarRatings(year: $year) {\n    id\n  }\n}"): (typeof documents)["mutation StartStarRatings($year: Int!) {\n  startStarRatings(year: $year) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitStarSelfAssessment($id: ID!) {\n  submitStarSelfAssessment(id: $id) {\n    ...StarRatingDetailFields\n  }\n}"): (typeof documents)["mutation SubmitStarSelfAssessment($id: ID!) {\n  submitStarSelfAssessment(id: $id) {\n    ...StarRatingDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePartyMember($input: CreatePartyMemberInput!) {\n  createPartyMember(input: $input) {\n    id\n    name\n  }\n}"): (typeof documents)["mutation CreatePartyMember($input: CreatePartyMemberInput!) {\n  createPartyMember(input: $input) {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportPartyMembers($fileBase64: String!) {\n  importPartyMembers(fileBase64: $fileBase64) {\n    created\n  }\n}"): (typeof documents)["mutation ImportPartyMembers($fileBase64: String!) {\n  importPartyMembers(fileBase64: $fileBase64) {\n    created\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MemberPost on PostAssignment {\n  id\n  startsOn\n  post {\n    code\n    name\n  }\n  unit {\n    id\n    name\n  }\n}"): (typeof documents)["fragment MemberPost on PostAssignment {\n  id\n  startsOn\n  post {\n    code\n    name\n  }\n  unit {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MemberRecord on PartyMember {\n  id\n  name\n  gender\n  ethnicity\n  birthDate\n  education\n  joinedOn\n  category\n  status\n  phone\n  idNumber\n  leadershipMember\n  jobTitle\n}"): (typeof documents)["fragment MemberRecord on PartyMember {\n  id\n  name\n  gender\n  ethnicity\n  birthDate\n  education\n  joinedOn\n  category\n  status\n  phone\n  idNumber\n  leadershipMember\n  jobTitle\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyPartyMember {\n  myPartyMember {\n    id\n    name\n    gender\n    joinedOn\n    category\n    status\n    jobTitle\n    leadershipMember\n    unit {\n      id\n      name\n      ancestors {\n        id\n        name\n      }\n    }\n    posts {\n      ...MemberPost\n    }\n  }\n}"): (typeof documents)["query MyPartyMember {\n  myPartyMember {\n    id\n    name\n    gender\n    joinedOn\n    category\n    status\n    jobTitle\n    leadershipMember\n    unit {\n      id\n      name\n      ancestors {\n        id\n        name\n      }\n    }\n    posts {\n      ...MemberPost\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyMemberDetail($id: ID!) {\n  partyMember(id: $id) {\n    ...MemberRecord\n    unit {\n      id\n      name\n    }\n    posts {\n      ...MemberPost\n    }\n    transfers {\n      id\n      transferredOn\n      note\n      fromUnit {\n        id\n        name\n      }\n      toUnit {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query PartyMemberDetail($id: ID!) {\n  partyMember(id: $id) {\n    ...MemberRecord\n    unit {\n      id\n      name\n    }\n    posts {\n      ...MemberPost\n    }\n    transfers {\n      id\n      transferredOn\n      note\n      fromUnit {\n        id\n        name\n      }\n      toUnit {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyMemberImportTemplate {\n  partyMemberImportTemplate\n}"): (typeof documents)["query PartyMemberImportTemplate {\n  partyMemberImportTemplate\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyMembers($search: String, $unitId: ID, $status: MemberStatus, $includeDescendants: Boolean!, $offset: Int!, $limit: Int!) {\n  partyMembers(\n    search: $search\n    unitId: $unitId\n    status: $status\n    includeDescendants: $includeDescendants\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    offset\n    limit\n    items {\n      ...MemberRecord\n      tenantId\n      unitId\n      unit {\n        id\n        name\n        writable\n      }\n    }\n  }\n}"): (typeof documents)["query PartyMembers($search: String, $unitId: ID, $status: MemberStatus, $includeDescendants: Boolean!, $offset: Int!, $limit: Int!) {\n  partyMembers(\n    search: $search\n    unitId: $unitId\n    status: $status\n    includeDescendants: $includeDescendants\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    offset\n    limit\n    items {\n      ...MemberRecord\n      tenantId\n      unitId\n      unit {\n        id\n        name\n        writable\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransferPartyMember($id: ID!, $input: TransferPartyMemberInput!) {\n  transferPartyMember(id: $id, input: $input) {\n    id\n    unitId\n  }\n}"): (typeof documents)["mutation TransferPartyMember($id: ID!, $input: TransferPartyMemberInput!) {\n  transferPartyMember(id: $id, input: $input) {\n    id\n    unitId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePartyMember($id: ID!, $input: UpdatePartyMemberInput!) {\n  updatePartyMember(id: $id, input: $input) {\n    id\n    name\n  }\n}"): (typeof documents)["mutation UpdatePartyMember($id: ID!, $input: UpdatePartyMemberInput!) {\n  updatePartyMember(id: $id, input: $input) {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkAllSiteMessagesRead {\n  markAllSiteMessagesRead {\n    marked\n    unread\n  }\n}"): (typeof documents)["mutation MarkAllSiteMessagesRead {\n  markAllSiteMessagesRead {\n    marked\n    unread\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkSiteMessagesRead($ids: [ID!]!) {\n  markSiteMessagesRead(ids: $ids) {\n    marked\n    unread\n  }\n}"): (typeof documents)["mutation MarkSiteMessagesRead($ids: [ID!]!) {\n  markSiteMessagesRead(ids: $ids) {\n    marked\n    unread\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MySiteMessages($unreadOnly: Boolean, $offset: Int, $limit: Int) {\n  mySiteMessages(unreadOnly: $unreadOnly, offset: $offset, limit: $limit) {\n    total\n    unread\n    items {\n      id\n      title\n      body\n      link\n      readAt\n      createdAt\n    }\n  }\n}"): (typeof documents)["query MySiteMessages($unreadOnly: Boolean, $offset: Int, $limit: Int) {\n  mySiteMessages(unreadOnly: $unreadOnly, offset: $offset, limit: $limit) {\n    total\n    unread\n    items {\n      id\n      title\n      body\n      link\n      readAt\n      createdAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyUnreadSiteMessageCount {\n  myUnreadSiteMessageCount\n}"): (typeof documents)["query MyUnreadSiteMessageCount {\n  myUnreadSiteMessageCount\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n  createOrgUnit(input: $input) {\n    id\n    name\n    parentId\n  }\n}"): (typeof documents)["mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n  createOrgUnit(input: $input) {\n    id\n    name\n    parentId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DissolveOrgUnit($id: ID!, $dissolvedOn: LocalDate) {\n  dissolveOrgUnit(id: $id, dissolvedOn: $dissolvedOn) {\n    id\n    dissolvedOn\n  }\n}"): (typeof documents)["mutation DissolveOrgUnit($id: ID!, $dissolvedOn: LocalDate) {\n  dissolveOrgUnit(id: $id, dissolvedOn: $dissolvedOn) {\n    id\n    dissolvedOn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveOrgUnit($id: ID!, $parentId: ID!, $sortOrder: Int) {\n  moveOrgUnit(id: $id, parentId: $parentId, sortOrder: $sortOrder) {\n    id\n    parentId\n  }\n}"): (typeof documents)["mutation MoveOrgUnit($id: ID!, $parentId: ID!, $sortOrder: Int) {\n  moveOrgUnit(id: $id, parentId: $parentId, sortOrder: $sortOrder) {\n    id\n    parentId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgRoots {\n  orgRoots {\n    id\n    name\n    kind\n    code\n    tenantId\n    childCount\n    dissolvedOn\n    writable\n  }\n}"): (typeof documents)["query OrgRoots {\n  orgRoots {\n    id\n    name\n    kind\n    code\n    tenantId\n    childCount\n    dissolvedOn\n    writable\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgTree($id: ID, $depth: Int!) {\n  orgTree(id: $id, depth: $depth) {\n    id\n    name\n    kind\n    code\n    parentId\n    tenantId\n    depth\n    writable\n  }\n}"): (typeof documents)["query OrgTree($id: ID, $depth: Int!) {\n  orgTree(id: $id, depth: $depth) {\n    id\n    name\n    kind\n    code\n    parentId\n    tenantId\n    depth\n    writable\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgUnitChildren($id: ID!, $includeDissolved: Boolean!) {\n  orgUnit(id: $id) {\n    id\n    children(includeDissolved: $includeDissolved) {\n      id\n      name\n      kind\n      code\n      tenantId\n      childCount\n      dissolvedOn\n      writable\n    }\n  }\n}"): (typeof documents)["query OrgUnitChildren($id: ID!, $includeDissolved: Boolean!) {\n  orgUnit(id: $id) {\n    id\n    children(includeDissolved: $includeDissolved) {\n      id\n      name\n      kind\n      code\n      tenantId\n      childCount\n      dissolvedOn\n      writable\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgUnitRules {\n  orgUnitRules {\n    rootKinds\n    maxDepth\n    childKinds {\n      kind\n      children\n    }\n  }\n}"): (typeof documents)["query OrgUnitRules {\n  orgUnitRules {\n    rootKinds\n    maxDepth\n    childKinds {\n      kind\n      children\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgUnit($id: ID!) {\n  orgUnit(id: $id) {\n    id\n    name\n    kind\n    code\n    tenantId\n    parentId\n    depth\n    sortOrder\n    establishedOn\n    dissolvedOn\n    taskForce\n    startsOn\n    endsOn\n    childCount\n    writable\n    memberCount\n    totalMembers: memberCount(includeDescendants: true)\n    ancestors {\n      id\n      name\n      writable\n    }\n    secretary {\n      id\n      name\n    }\n    posts {\n      id\n      startsOn\n      post {\n        code\n        name\n      }\n      member {\n        id\n        name\n      }\n    }\n    children {\n      id\n      name\n      kind\n      code\n      childCount\n      memberCount(includeDescendants: true)\n      secretary {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query OrgUnit($id: ID!) {\n  orgUnit(id: $id) {\n    id\n    name\n    kind\n    code\n    tenantId\n    parentId\n    depth\n    sortOrder\n    establishedOn\n    dissolvedOn\n    taskForce\n    startsOn\n    endsOn\n    childCount\n    writable\n    memberCount\n    totalMembers: memberCount(includeDescendants: true)\n    ancestors {\n      id\n      name\n      writable\n    }\n    secretary {\n      id\n      name\n    }\n    posts {\n      id\n      startsOn\n      post {\n        code\n        name\n      }\n      member {\n        id\n        name\n      }\n    }\n    children {\n      id\n      name\n      kind\n      code\n      childCount\n      memberCount(includeDescendants: true)\n      secretary {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestoreOrgUnit($id: ID!) {\n  restoreOrgUnit(id: $id) {\n    id\n    dissolvedOn\n  }\n}"): (typeof documents)["mutation RestoreOrgUnit($id: ID!) {\n  restoreOrgUnit(id: $id) {\n    id\n    dissolvedOn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {\n  updateOrgUnit(id: $id, input: $input) {\n    id\n    name\n    code\n  }\n}"): (typeof documents)["mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {\n  updateOrgUnit(id: $id, input: $input) {\n    id\n    name\n    code\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgOverview {\n  orgOverview {\n    agencies\n    members\n    probationaryMembers\n    branchSecretaries\n    branchSecretariesInLeadership\n    branchSecretaryLeadershipShare\n    partyAffairsCadres\n    fullTimeCadres\n    partTimeCadres\n    actionBranches\n    agenciesWithOrganCommittee\n    agenciesWithFullTimeDeputy\n    unitsByKind {\n      kind\n      count\n    }\n    byAgency {\n      tenantId\n      tenantName\n      tenantKind\n      units\n      members\n      branches\n      probationaryMembers\n      branchSecretaries\n      branchSecretariesInLeadership\n      branchSecretaryLeadershipShare\n      partyAffairsCadres\n      hasOrganCommittee\n      hasFullTimeDeputy\n      unitsByKind {\n        kind\n        count\n      }\n    }\n  }\n}"): (typeof documents)["query OrgOverview {\n  orgOverview {\n    agencies\n    members\n    probationaryMembers\n    branchSecretaries\n    branchSecretariesInLeadership\n    branchSecretaryLeadershipShare\n    partyAffairsCadres\n    fullTimeCadres\n    partTimeCadres\n    actionBranches\n    agenciesWithOrganCommittee\n    agenciesWithFullTimeDeputy\n    unitsByKind {\n      kind\n      count\n    }\n    byAgency {\n      tenantId\n      tenantName\n      tenantKind\n      units\n      members\n      branches\n      probationaryMembers\n      branchSecretaries\n      branchSecretariesInLeadership\n      branchSecretaryLeadershipShare\n      partyAffairsCadres\n      hasOrganCommittee\n      hasFullTimeDeputy\n      unitsByKind {\n        kind\n        count\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignPost($input: AssignPostInput!) {\n  assignPost(input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation AssignPost($input: AssignPostInput!) {\n  assignPost(input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePostType($input: CreatePostTypeInput!) {\n  createPostType(input: $input) {\n    code\n  }\n}"): (typeof documents)["mutation CreatePostType($input: CreatePostTypeInput!) {\n  createPostType(input: $input) {\n    code\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndPostAssignment($id: ID!, $endsOn: LocalDate) {\n  endPostAssignment(id: $id, endsOn: $endsOn) {\n    id\n    endsOn\n  }\n}"): (typeof documents)["mutation EndPostAssignment($id: ID!, $endsOn: LocalDate) {\n  endPostAssignment(id: $id, endsOn: $endsOn) {\n    id\n    endsOn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PostAssignments($unitId: ID, $postCode: String, $search: String, $offset: Int!, $limit: Int!) {\n  postAssignments(\n    unitId: $unitId\n    includeDescendants: true\n    postCode: $postCode\n    search: $search\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      id\n      tenantId\n      startsOn\n      postCode\n      post {\n        code\n        name\n        secretary\n      }\n      unit {\n        id\n        name\n        writable\n      }\n      member {\n        id\n        name\n        leadershipMember\n        jobTitle\n      }\n    }\n  }\n}"): (typeof documents)["query PostAssignments($unitId: ID, $postCode: String, $search: String, $offset: Int!, $limit: Int!) {\n  postAssignments(\n    unitId: $unitId\n    includeDescendants: true\n    postCode: $postCode\n    search: $search\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      id\n      tenantId\n      startsOn\n      postCode\n      post {\n        code\n        name\n        secretary\n      }\n      unit {\n        id\n        name\n        writable\n      }\n      member {\n        id\n        name\n        leadershipMember\n        jobTitle\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PostTypes {\n  postTypes {\n    code\n    name\n    assignable\n    postClass\n    secretary\n    cadre\n    ninePost\n    unitKinds\n    fullMembersOnly\n    holderWithinUnit\n    sortOrder\n  }\n}"): (typeof documents)["query PostTypes {\n  postTypes {\n    code\n    name\n    assignable\n    postClass\n    secretary\n    cadre\n    ninePost\n    unitKinds\n    fullMembersOnly\n    holderWithinUnit\n    sortOrder\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecretaryMismatches {\n  secretaryMismatches {\n    tenantId\n    topUnit {\n      id\n      name\n    }\n    topSecretary {\n      id\n      name\n    }\n    organUnit {\n      id\n      name\n    }\n    organSecretary {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query SecretaryMismatches {\n  secretaryMismatches {\n    tenantId\n    topUnit {\n      id\n      name\n    }\n    topSecretary {\n      id\n      name\n    }\n    organUnit {\n      id\n      name\n    }\n    organSecretary {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePostType($code: String!, $input: UpdatePostTypeInput!) {\n  updatePostType(code: $code, input: $input) {\n    code\n    name\n    cadre\n    unitKinds\n    fullMembersOnly\n    holderWithinUnit\n    sortOrder\n  }\n}"): (typeof documents)["mutation UpdatePostType($code: String!, $input: UpdatePostTypeInput!) {\n  updatePostType(code: $code, input: $input) {\n    code\n    name\n    cadre\n    unitKinds\n    fullMembersOnly\n    holderWithinUnit\n    sortOrder\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReminderSettings {\n  reminderSettings {\n    leadDays\n    onDueDay\n    updatedAt\n  }\n}"): (typeof documents)["query ReminderSettings {\n  reminderSettings {\n    leadDays\n    onDueDay\n    updatedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateReminderSettings($input: UpdateReminderSettingsInput!) {\n  updateReminderSettings(input: $input) {\n    leadDays\n    onDueDay\n    updatedAt\n  }\n}"): (typeof documents)["mutation UpdateReminderSettings($input: UpdateReminderSettingsInput!) {\n  updateReminderSettings(input: $input) {\n    leadDays\n    onDueDay\n    updatedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddReviewComment($participantId: ID!, $input: ReviewCommentInput!) {\n  addReviewComment(participantId: $participantId, input: $input) {\n    ...ReviewCommentFields\n  }\n}"): (typeof documents)["mutation AddReviewComment($participantId: ID!, $input: ReviewCommentInput!) {\n  addReviewComment(participantId: $participantId, input: $input) {\n    ...ReviewCommentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddReviewParticipants($input: ReviewParticipantsInput!) {\n  addReviewParticipants(input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation AddReviewParticipants($input: ReviewParticipantsInput!) {\n  addReviewParticipants(input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseReviewSession($id: ID!) {\n  closeReviewSession(id: $id) {\n    ...ReviewSessionFields\n  }\n}"): (typeof documents)["mutation CloseReviewSession($id: ID!) {\n  closeReviewSession(id: $id) {\n    ...ReviewSessionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateReviewGroup($sessionId: ID!, $input: ReviewGroupInput!) {\n  createReviewGroup(sessionId: $sessionId, input: $input) {\n    id\n    name\n    position\n  }\n}"): (typeof documents)["mutation CreateReviewGroup($sessionId: ID!, $input: ReviewGroupInput!) {\n  createReviewGroup(sessionId: $sessionId, input: $input) {\n    id\n    name\n    position\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateReviewSession($input: ReviewSessionInput!) {\n  createReviewSession(input: $input) {\n    ...ReviewSessionFields\n  }\n}"): (typeof documents)["mutation CreateReviewSession($input: ReviewSessionInput!) {\n  createReviewSession(input: $input) {\n    ...ReviewSessionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowUpReviewComment($id: ID!, $dueOn: LocalDate!, $problem: String) {\n  followUpReviewComment(id: $id, dueOn: $dueOn, problem: $problem) {\n    id\n    dueOn\n  }\n}"): (typeof documents)["mutation FollowUpReviewComment($id: ID!, $dueOn: LocalDate!, $problem: String) {\n  followUpReviewComment(id: $id, dueOn: $dueOn, problem: $problem) {\n    id\n    dueOn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenReviewReporting($id: ID!) {\n  openReviewReporting(id: $id) {\n    ...ReviewSessionFields\n  }\n}"): (typeof documents)["mutation OpenReviewReporting($id: ID!) {\n  openReviewReporting(id: $id) {\n    ...ReviewSessionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RateReviewParticipants($input: ReviewSheetInput!) {\n  rateReviewParticipants(input: $input) {\n    id\n    participantId\n    code\n  }\n}"): (typeof documents)["mutation RateReviewParticipants($input: ReviewSheetInput!) {\n  rateReviewParticipants(input: $input) {\n    id\n    participantId\n    code\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveReviewComment($id: ID!) {\n  removeReviewComment(id: $id)\n}"): (typeof documents)["mutation RemoveReviewComment($id: ID!) {\n  removeReviewComment(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveReviewGroup($id: ID!) {\n  removeReviewGroup(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation RemoveReviewGroup($id: ID!) {\n  removeReviewGroup(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveReviewParticipant($id: ID!) {\n  removeReviewParticipant(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation RemoveReviewParticipant($id: ID!) {\n  removeReviewParticipant(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReturnReviewReport($id: ID!, $reason: String!) {\n  returnReviewReport(id: $id, reason: $reason) {\n    ...ReviewParticipantFields\n  }\n}"): (typeof documents)["mutation ReturnReviewReport($id: ID!, $reason: String!) {\n  returnReviewReport(id: $id, reason: $reason) {\n    ...ReviewParticipantFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReviewCommentFields on ReviewComment {\n  id\n  sessionId\n  tenantId\n  participantId\n  commenter\n  content\n  rectificationId\n  createdAt\n  tenant {\n    id\n    name\n  }\n}"): (typeof documents)["fragment ReviewCommentFields on ReviewComment {\n  id\n  sessionId\n  tenantId\n  participantId\n  commenter\n  content\n  rectificationId\n  createdAt\n  tenant {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewComments($sessionId: ID!, $tenantId: ID, $followedUp: Boolean, $offset: Int!, $limit: Int!) {\n  reviewComments(\n    sessionId: $sessionId\n    tenantId: $tenantId\n    followedUp: $followedUp\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...ReviewCommentFields\n    }\n  }\n}"): (typeof documents)["query ReviewComments($sessionId: ID!, $tenantId: ID, $followedUp: Boolean, $offset: Int!, $limit: Int!) {\n  reviewComments(\n    sessionId: $sessionId\n    tenantId: $tenantId\n    followedUp: $followedUp\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...ReviewCommentFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewFigures($sessionId: ID!) {\n  reviewFigures(sessionId: $sessionId) {\n    participants\n    submitted\n    notSubmitted\n    returned\n    ratings\n    distribution {\n      code\n      label\n      score\n      count\n    }\n  }\n}"): (typeof documents)["query ReviewFigures($sessionId: ID!) {\n  reviewFigures(sessionId: $sessionId) {\n    participants\n    submitted\n    notSubmitted\n    returned\n    ratings\n    distribution {\n      code\n      label\n      score\n      count\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewListed($sessionId: ID!, $offset: Int!, $limit: Int!) {\n  reviewParticipants(sessionId: $sessionId, offset: $offset, limit: $limit) {\n    total\n    items {\n      id\n      tenantId\n      groupId\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query ReviewListed($sessionId: ID!, $offset: Int!, $limit: Int!) {\n  reviewParticipants(sessionId: $sessionId, offset: $offset, limit: $limit) {\n    total\n    items {\n      id\n      tenantId\n      groupId\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReviewParticipantFields on ReviewParticipant {\n  id\n  sessionId\n  tenantId\n  groupId\n  status\n  summary\n  submittedAt\n  returnReason\n  returnedAt\n  evidenceIntact\n  tenant {\n    id\n    name\n  }\n  files {\n    ...StoredFileFields\n  }\n}"): (typeof documents)["fragment ReviewParticipantFields on ReviewParticipant {\n  id\n  sessionId\n  tenantId\n  groupId\n  status\n  summary\n  submittedAt\n  returnReason\n  returnedAt\n  evidenceIntact\n  tenant {\n    id\n    name\n  }\n  files {\n    ...StoredFileFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewParticipants($sessionId: ID!, $groupId: ID, $status: ReviewReportStatus, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  reviewParticipants(\n    sessionId: $sessionId\n    groupId: $groupId\n    status: $status\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...ReviewParticipantFields\n      result {\n        ...ReviewResultFields\n      }\n    }\n  }\n}"): (typeof documents)["query ReviewParticipants($sessionId: ID!, $groupId: ID, $status: ReviewReportStatus, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  reviewParticipants(\n    sessionId: $sessionId\n    groupId: $groupId\n    status: $status\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...ReviewParticipantFields\n      result {\n        ...ReviewResultFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReviewResultFields on ReviewResult {\n  participantId\n  tenantId\n  groupId\n  ratingCount\n  score\n  gradeCode\n  gradeLabel\n  rank\n  ranked\n}"): (typeof documents)["fragment ReviewResultFields on ReviewResult {\n  participantId\n  tenantId\n  groupId\n  ratingCount\n  score\n  gradeCode\n  gradeLabel\n  rank\n  ranked\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewResults($sessionId: ID!) {\n  reviewResults(sessionId: $sessionId) {\n    ...ReviewResultFields\n  }\n}"): (typeof documents)["query ReviewResults($sessionId: ID!) {\n  reviewResults(sessionId: $sessionId) {\n    ...ReviewResultFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReviewSessionFields on ReviewSession {\n  id\n  year\n  title\n  heldOn\n  status\n  reviewerUserIds\n  amReviewer\n  closedAt\n  scale {\n    code\n    label\n    score\n  }\n  groups {\n    id\n    name\n    position\n    participantCount\n  }\n}"): (typeof documents)["fragment ReviewSessionFields on ReviewSession {\n  id\n  year\n  title\n  heldOn\n  status\n  reviewerUserIds\n  amReviewer\n  closedAt\n  scale {\n    code\n    label\n    score\n  }\n  groups {\n    id\n    name\n    position\n    participantCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewSession($id: ID!) {\n  reviewSession(id: $id) {\n    ...ReviewSessionFields\n  }\n}"): (typeof documents)["query ReviewSession($id: ID!) {\n  reviewSession(id: $id) {\n    ...ReviewSessionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewSessions {\n  reviewSessions {\n    ...ReviewSessionFields\n  }\n}"): (typeof documents)["query ReviewSessions {\n  reviewSessions {\n    ...ReviewSessionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewSheet($sessionId: ID!, $groupId: ID!) {\n  reviewParticipants(\n    sessionId: $sessionId\n    groupId: $groupId\n    offset: 0\n    limit: 200\n  ) {\n    total\n    items {\n      id\n      tenantId\n      myRating\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query ReviewSheet($sessionId: ID!, $groupId: ID!) {\n  reviewParticipants(\n    sessionId: $sessionId\n    groupId: $groupId\n    offset: 0\n    limit: 200\n  ) {\n    total\n    items {\n      id\n      tenantId\n      myRating\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewSummaryDocx($sessionId: ID!) {\n  reviewSummaryDocx(sessionId: $sessionId)\n}"): (typeof documents)["query ReviewSummaryDocx($sessionId: ID!) {\n  reviewSummaryDocx(sessionId: $sessionId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartReviewRating($id: ID!) {\n  startReviewRating(id: $id) {\n    ...ReviewSessionFields\n  }\n}"): (typeof documents)["mutation StartReviewRating($id: ID!) {\n  startReviewRating(id: $id) {\n    ...ReviewSessionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitReviewReport($id: ID!, $input: ReviewReportInput!) {\n  submitReviewReport(id: $id, input: $input) {\n    ...ReviewParticipantFields\n  }\n}"): (typeof documents)["mutation SubmitReviewReport($id: ID!, $input: ReviewReportInput!) {\n  submitReviewReport(id: $id, input: $input) {\n    ...ReviewParticipantFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateReviewGroup($id: ID!, $input: ReviewGroupInput!) {\n  updateReviewGroup(id: $id, input: $input) {\n    id\n    name\n    position\n  }\n}"): (typeof documents)["mutation UpdateReviewGroup($id: ID!, $input: ReviewGroupInput!) {\n  updateReviewGroup(id: $id, input: $input) {\n    id\n    name\n    position\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateReviewSession($id: ID!, $input: ReviewSessionInput!) {\n  updateReviewSession(id: $id, input: $input) {\n    ...ReviewSessionFields\n  }\n}"): (typeof documents)["mutation UpdateReviewSession($id: ID!, $input: ReviewSessionInput!) {\n  updateReviewSession(id: $id, input: $input) {\n    ...ReviewSessionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddFindingCategory($input: FindingCategoryInput!) {\n  addFindingCategory(input: $input) {\n    ...FindingCategoryFields\n  }\n}"): (typeof documents)["mutation AddFindingCategory($input: FindingCategoryInput!) {\n  addFindingCategory(input: $input) {\n    ...FindingCategoryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CampaignFields on InspectionCampaign {\n  id\n  year\n  title\n  startsOn\n  endsOn\n  status\n  coverage {\n    agencies\n    inspected\n    rate\n    notInspected {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["fragment CampaignFields on InspectionCampaign {\n  id\n  year\n  title\n  startsOn\n  endsOn\n  status\n  coverage {\n    agencies\n    inspected\n    rate\n    notInspected {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseInspectionCampaign($id: ID!) {\n  closeInspectionCampaign(id: $id) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation CloseInspectionCampaign($id: ID!) {\n  closeInspectionCampaign(id: $id) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseRectification($id: ID!, $input: RectificationCloseInput!) {\n  closeRectification(id: $id, input: $input) {\n    ...RectificationFields\n  }\n}"): (typeof documents)["mutation CloseRectification($id: ID!, $input: RectificationCloseInput!) {\n  closeRectification(id: $id, input: $input) {\n    ...RectificationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateInspectionCampaign($input: InspectionCampaignInput!) {\n  createInspectionCampaign(input: $input) {\n    ...CampaignFields\n  }\n}"): (typeof documents)["mutation CreateInspectionCampaign($input: InspectionCampaignInput!) {\n  createInspectionCampaign(input: $input) {\n    ...CampaignFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideRectificationExtension($id: ID!, $input: ExtensionDecisionInput!) {\n  decideRectificationExtension(id: $id, input: $input) {\n    ...ExtensionFields\n  }\n}"): (typeof documents)["mutation DecideRectificationExtension($id: ID!, $input: ExtensionDecisionInput!) {\n  decideRectificationExtension(id: $id, input: $input) {\n    ...ExtensionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ExtensionFields on RectificationExtension {\n  id\n  rectificationId\n  tenantId\n  fromDueOn\n  toDueOn\n  reason\n  status\n  decisionComment\n  decidedAt\n  createdAt\n  tenant {\n    id\n    name\n  }\n}"): (typeof documents)["fragment ExtensionFields on RectificationExtension {\n  id\n  rectificationId\n  tenantId\n  fromDueOn\n  toDueOn\n  reason\n  status\n  decisionComment\n  decidedAt\n  createdAt\n  tenant {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FindingCategories($includeRetired: Boolean) {\n  findingCategories(includeRetired: $includeRetired) {\n    ...FindingCategoryFields\n  }\n}"): (typeof documents)["query FindingCategories($includeRetired: Boolean) {\n  findingCategories(includeRetired: $includeRetired) {\n    ...FindingCategoryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FindingCategoryFields on FindingCategory {\n  id\n  name\n  description\n  position\n  retired\n}"): (typeof documents)["fragment FindingCategoryFields on FindingCategory {\n  id\n  name\n  description\n  position\n  retired\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FindingFields on InspectionFinding {\n  id\n  year\n  campaignId\n  visitId\n  tenantId\n  categoryId\n  severity\n  description\n  repeated\n  repeatOfId\n  createdAt\n  tenant {\n    id\n    name\n  }\n  category {\n    id\n    name\n  }\n  rectification {\n    id\n    status\n    dueOn\n    warning\n  }\n}"): (typeof documents)["fragment FindingFields on InspectionFinding {\n  id\n  year\n  campaignId\n  visitId\n  tenantId\n  categoryId\n  severity\n  description\n  repeated\n  repeatOfId\n  createdAt\n  tenant {\n    id\n    name\n  }\n  category {\n    id\n    name\n  }\n  rectification {\n    id\n    status\n    dueOn\n    warning\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InspectionCampaign($id: ID!, $tenantId: ID) {\n  inspectionCampaign(id: $id) {\n    ...CampaignFields\n    teams {\n      id\n      name\n      leaderUserId\n      memberUserIds\n      leader {\n        id\n        displayName\n      }\n      members {\n        id\n        displayName\n      }\n      agencies {\n        id\n        name\n      }\n    }\n    visits(tenantId: $tenantId) {\n      id\n      tenantId\n      teamId\n      teamName\n      visitedOn\n      notes\n      tenant {\n        id\n        name\n      }\n      findings {\n        ...FindingFields\n      }\n    }\n  }\n}"): (typeof documents)["query InspectionCampaign($id: ID!, $tenantId: ID) {\n  inspectionCampaign(id: $id) {\n    ...CampaignFields\n    teams {\n      id\n      name\n      leaderUserId\n      memberUserIds\n      leader {\n        id\n        displayName\n      }\n      members {\n        id\n        displayName\n      }\n      agencies {\n        id\n        name\n      }\n    }\n    visits(tenantId: $tenantId) {\n      id\n      tenantId\n      teamId\n      teamName\n      visitedOn\n      notes\n      tenant {\n        id\n        name\n      }\n      findings {\n        ...FindingFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InspectionCampaigns {\n  inspectionCampaigns {\n    ...CampaignFields\n  }\n}"): (typeof documents)["query InspectionCampaigns {\n  inspectionCampaigns {\n    ...CampaignFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InspectionFindings($year: Int, $tenantId: ID, $categoryId: ID, $severity: FindingSeverity, $repeated: Boolean, $offset: Int!, $limit: Int!) {\n  inspectionFindings(\n    year: $year\n    tenantId: $tenantId\n    categoryId: $categoryId\n    severity: $severity\n    repeated: $repeated\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...FindingFields\n    }\n  }\n}"): (typeof documents)["query InspectionFindings($year: Int, $tenantId: ID, $categoryId: ID, $severity: FindingSeverity, $repeated: Boolean, $offset: Int!, $limit: Int!) {\n  inspectionFindings(\n    year: $year\n    tenantId: $tenantId\n    categoryId: $categoryId\n    severity: $severity\n    repeated: $repeated\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...FindingFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PendingRectificationExtensions {\n  pendingRectificationExtensions {\n    ...ExtensionFields\n  }\n}"): (typeof documents)["query PendingRectificationExtensions {\n  pendingRectificationExtensions {\n    ...ExtensionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanRectification($id: ID!, $input: RectificationPlanInput!) {\n  planRectification(id: $id, input: $input) {\n    ...RectificationFields\n  }\n}"): (typeof documents)["mutation PlanRectification($id: ID!, $input: RectificationPlanInput!) {\n  planRectification(id: $id, input: $input) {\n    ...RectificationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordInspectionFinding($input: InspectionFindingInput!) {\n  recordInspectionFinding(input: $input) {\n    ...FindingFields\n  }\n}"): (typeof documents)["mutation RecordInspectionFinding($input: InspectionFindingInput!) {\n  recordInspectionFinding(input: $input) {\n    ...FindingFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordInspectionVisit($campaignId: ID!, $input: InspectionVisitInput!) {\n  recordInspectionVisit(campaignId: $campaignId, input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation RecordInspectionVisit($campaignId: ID!, $input: InspectionVisitInput!) {\n  recordInspectionVisit(campaignId: $campaignId, input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RectificationFields on Rectification {\n  id\n  year\n  tenantId\n  source\n  categoryId\n  problem\n  dueOn\n  status\n  measures\n  responsibleMemberId\n  responsiblePostCode\n  report\n  evidenceIntact\n  deadline\n  overdueMark\n  warning\n  late\n  failedCount\n  verifyComment\n  closeNote\n  createdAt\n  startedAt\n  firstRectifiedAt\n  rectifiedAt\n  verifiedAt\n  closedAt\n  tenant {\n    id\n    name\n  }\n  category {\n    id\n    name\n  }\n  responsibleMember {\n    id\n    name\n  }\n  files {\n    ...StoredFileFields\n  }\n  extensions {\n    ...ExtensionFields\n  }\n}"): (typeof documents)["fragment RectificationFields on Rectification {\n  id\n  year\n  tenantId\n  source\n  categoryId\n  problem\n  dueOn\n  status\n  measures\n  responsibleMemberId\n  responsiblePostCode\n  report\n  evidenceIntact\n  deadline\n  overdueMark\n  warning\n  late\n  failedCount\n  verifyComment\n  closeNote\n  createdAt\n  startedAt\n  firstRectifiedAt\n  rectifiedAt\n  verifiedAt\n  closedAt\n  tenant {\n    id\n    name\n  }\n  category {\n    id\n    name\n  }\n  responsibleMember {\n    id\n    name\n  }\n  files {\n    ...StoredFileFields\n  }\n  extensions {\n    ...ExtensionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RectificationLedgerXlsx($year: Int, $tenantId: ID, $status: RectificationStatus, $source: RectificationSource, $categoryId: ID, $overdue: Boolean, $dueMonth: Int, $dueWithinDays: Int) {\n  rectificationLedgerXlsx(\n    year: $year\n    tenantId: $tenantId\n    status: $status\n    source: $source\n    categoryId: $categoryId\n    overdue: $overdue\n    dueMonth: $dueMonth\n    dueWithinDays: $dueWithinDays\n  )\n}"): (typeof documents)["query RectificationLedgerXlsx($year: Int, $tenantId: ID, $status: RectificationStatus, $source: RectificationSource, $categoryId: ID, $overdue: Boolean, $dueMonth: Int, $dueWithinDays: Int) {\n  rectificationLedgerXlsx(\n    year: $year\n    tenantId: $tenantId\n    status: $status\n    source: $source\n    categoryId: $categoryId\n    overdue: $overdue\n    dueMonth: $dueMonth\n    dueWithinDays: $dueWithinDays\n  )\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Rectification($id: ID!) {\n  rectification(id: $id) {\n    ...RectificationFields\n  }\n}"): (typeof documents)["query Rectification($id: ID!) {\n  rectification(id: $id) {\n    ...RectificationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Rectifications($year: Int, $tenantId: ID, $status: RectificationStatus, $source: RectificationSource, $categoryId: ID, $overdue: Boolean, $dueMonth: Int, $dueWithinDays: Int, $offset: Int!, $limit: Int!) {\n  rectifications(\n    year: $year\n    tenantId: $tenantId\n    status: $status\n    source: $source\n    categoryId: $categoryId\n    overdue: $overdue\n    dueMonth: $dueMonth\n    dueWithinDays: $dueWithinDays\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...RectificationFields\n    }\n  }\n}"): (typeof documents)["query Rectifications($year: Int, $tenantId: ID, $status: RectificationStatus, $source: RectificationSource, $categoryId: ID, $overdue: Boolean, $dueMonth: Int, $dueWithinDays: Int, $offset: Int!, $limit: Int!) {\n  rectifications(\n    year: $year\n    tenantId: $tenantId\n    status: $status\n    source: $source\n    categoryId: $categoryId\n    overdue: $overdue\n    dueMonth: $dueMonth\n    dueWithinDays: $dueWithinDays\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    items {\n      ...RectificationFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveInspectionFinding($id: ID!) {\n  removeInspectionFinding(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation RemoveInspectionFinding($id: ID!) {\n  removeInspectionFinding(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveInspectionTeam($id: ID!) {\n  removeInspectionTeam(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation RemoveInspectionTeam($id: ID!) {\n  removeInspectionTeam(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportRectification($id: ID!, $input: RectificationReportInput!) {\n  reportRectification(id: $id, input: $input) {\n    ...RectificationFields\n  }\n}"): (typeof documents)["mutation ReportRectification($id: ID!, $input: RectificationReportInput!) {\n  reportRectification(id: $id, input: $input) {\n    ...RectificationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestRectificationExtension($id: ID!, $input: ExtensionRequestInput!) {\n  requestRectificationExtension(id: $id, input: $input) {\n    ...ExtensionFields\n  }\n}"): (typeof documents)["mutation RequestRectificationExtension($id: ID!, $input: ExtensionRequestInput!) {\n  requestRectificationExtension(id: $id, input: $input) {\n    ...ExtensionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetireFindingCategory($id: ID!, $retired: Boolean!) {\n  retireFindingCategory(id: $id, retired: $retired) {\n    ...FindingCategoryFields\n  }\n}"): (typeof documents)["mutation RetireFindingCategory($id: ID!, $retired: Boolean!) {\n  retireFindingCategory(id: $id, retired: $retired) {\n    ...FindingCategoryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveInspectionTeam($campaignId: ID!, $id: ID, $input: InspectionTeamInput!) {\n  saveInspectionTeam(campaignId: $campaignId, id: $id, input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation SaveInspectionTeam($campaignId: ID!, $id: ID, $input: InspectionTeamInput!) {\n  saveInspectionTeam(campaignId: $campaignId, id: $id, input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartInspectionCampaign($id: ID!) {\n  startInspectionCampaign(id: $id) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation StartInspectionCampaign($id: ID!) {\n  startInspectionCampaign(id: $id) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateFindingCategory($id: ID!, $input: FindingCategoryInput!) {\n  updateFindingCategory(id: $id, input: $input) {\n    ...FindingCategoryFields\n  }\n}"): (typeof documents)["mutation UpdateFindingCategory($id: ID!, $input: FindingCategoryInput!) {\n  updateFindingCategory(id: $id, input: $input) {\n    ...FindingCategoryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateInspectionCampaign($id: ID!, $input: InspectionCampaignInput!) {\n  updateInspectionCampaign(id: $id, input: $input) {\n    ...CampaignFields\n  }\n}"): (typeof documents)["mutation UpdateInspectionCampaign($id: ID!, $input: InspectionCampaignInput!) {\n  updateInspectionCampaign(id: $id, input: $input) {\n    ...CampaignFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateInspectionVisit($id: ID!, $input: InspectionVisitUpdateInput!) {\n  updateInspectionVisit(id: $id, input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation UpdateInspectionVisit($id: ID!, $input: InspectionVisitUpdateInput!) {\n  updateInspectionVisit(id: $id, input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyRectification($id: ID!, $input: RectificationVerifyInput!) {\n  verifyRectification(id: $id, input: $input) {\n    ...RectificationFields\n  }\n}"): (typeof documents)["mutation VerifyRectification($id: ID!, $input: RectificationVerifyInput!) {\n  verifyRectification(id: $id, input: $input) {\n    ...RectificationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTenant($input: CreateTenantInput!) {\n  createTenant(input: $input) {\n    id\n    name\n  }\n}"): (typeof documents)["mutation CreateTenant($input: CreateTenantInput!) {\n  createTenant(input: $input) {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetTenantStatus($id: ID!, $status: TenantStatus!) {\n  setTenantStatus(id: $id, status: $status) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation SetTenantStatus($id: ID!, $status: TenantStatus!) {\n  setTenantStatus(id: $id, status: $status) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Tenants {\n  tenants {\n    id\n    name\n    code\n    kind\n    status\n    createdAt\n  }\n}"): (typeof documents)["query Tenants {\n  tenants {\n    id\n    name\n    code\n    kind\n    status\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssignableRoles($tenantId: ID) {\n  assignableRoles(tenantId: $tenantId)\n}"): (typeof documents)["query AssignableRoles($tenantId: ID) {\n  assignableRoles(tenantId: $tenantId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAgencyUser($tenantId: ID!, $input: CreateUserInput!) {\n  createAgencyUser(tenantId: $tenantId, input: $input) {\n    id\n    username\n  }\n}"): (typeof documents)["mutation CreateAgencyUser($tenantId: ID!, $input: CreateUserInput!) {\n  createAgencyUser(tenantId: $tenantId, input: $input) {\n    id\n    username\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    id\n    username\n  }\n}"): (typeof documents)["mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    id\n    username\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetUserPassword($id: ID!, $password: String!) {\n  resetUserPassword(id: $id, password: $password) {\n    id\n  }\n}"): (typeof documents)["mutation ResetUserPassword($id: ID!, $password: String!) {\n  resetUserPassword(id: $id, password: $password) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    id\n    displayName\n    roles\n    disabled\n  }\n}"): (typeof documents)["mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    id\n    displayName\n    roles\n    disabled\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users($search: String, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  users(search: $search, tenantId: $tenantId, offset: $offset, limit: $limit) {\n    total\n    offset\n    limit\n    items {\n      id\n      username\n      displayName\n      roles\n      disabled\n      lastLoginAt\n      createdAt\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query Users($search: String, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  users(search: $search, tenantId: $tenantId, offset: $offset, limit: $limit) {\n    total\n    offset\n    limit\n    items {\n      id\n      username\n      displayName\n      roles\n      disabled\n      lastLoginAt\n      createdAt\n      tenant {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptBreakthroughProject($id: ID!, $input: ProjectAcceptanceInput!) {\n  acceptBreakthroughProject(id: $id, input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation AcceptBreakthroughProject($id: ID!, $input: ProjectAcceptanceInput!) {\n  acceptBreakthroughProject(id: $id, input: $input) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddWorkPoint($planId: ID!, $input: WorkPointInput!) {\n  addWorkPoint(planId: $planId, input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation AddWorkPoint($planId: ID!, $input: WorkPointInput!) {\n  addWorkPoint(planId: $planId, input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmendWorkTaskDeadline($id: ID!, $input: TaskDeadlineInput!) {\n  amendWorkTaskDeadline(id: $id, input: $input) {\n    id\n    dueOn\n    dueAt\n    deadlineChanges {\n      ...DeadlineChangeFields\n    }\n  }\n}"): (typeof documents)["mutation AmendWorkTaskDeadline($id: ID!, $input: TaskDeadlineInput!) {\n  amendWorkTaskDeadline(id: $id, input: $input) {\n    id\n    dueOn\n    dueAt\n    deadlineChanges {\n      ...DeadlineChangeFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApplyBreakthroughProject($id: ID!) {\n  applyBreakthroughProject(id: $id) {\n    id\n    status\n    appliedAt\n  }\n}"): (typeof documents)["mutation ApplyBreakthroughProject($id: ID!) {\n  applyBreakthroughProject(id: $id) {\n    id\n    status\n    appliedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BreakthroughProject($id: ID!) {\n  breakthroughProject(id: $id) {\n    ...ProjectFields\n  }\n}"): (typeof documents)["query BreakthroughProject($id: ID!) {\n  breakthroughProject(id: $id) {\n    ...ProjectFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BreakthroughProjects($year: Int, $status: ProjectStatus, $category: ProblemCategory, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  breakthroughProjects(\n    year: $year\n    status: $status\n    category: $category\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    offset\n    limit\n    items {\n      ...ProjectRowFields\n    }\n  }\n}"): (typeof documents)["query BreakthroughProjects($year: Int, $status: ProjectStatus, $category: ProblemCategory, $tenantId: ID, $offset: Int!, $limit: Int!) {\n  breakthroughProjects(\n    year: $year\n    status: $status\n    category: $category\n    tenantId: $tenantId\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    offset\n    limit\n    items {\n      ...ProjectRowFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateBreakthroughProject($input: ProjectInput!) {\n  createBreakthroughProject(input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation CreateBreakthroughProject($input: ProjectInput!) {\n  createBreakthroughProject(input: $input) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateWorkPlan($input: WorkPlanInput!) {\n  createWorkPlan(input: $input) {\n    ...WorkPlanFields\n  }\n}"): (typeof documents)["mutation CreateWorkPlan($input: WorkPlanInput!) {\n  createWorkPlan(input: $input) {\n    ...WorkPlanFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateWorkTask($input: WorkTaskInput!) {\n  createWorkTask(input: $input) {\n    id\n    monthTaskCount\n    monthWarning\n  }\n}"): (typeof documents)["mutation CreateWorkTask($input: WorkTaskInput!) {\n  createWorkTask(input: $input) {\n    id\n    monthTaskCount\n    monthWarning\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DeadlineChangeFields on TaskDeadlineChange {\n  id\n  fromDueOn\n  toDueOn\n  reason\n  createdAt\n}"): (typeof documents)["fragment DeadlineChangeFields on TaskDeadlineChange {\n  id\n  fromDueOn\n  toDueOn\n  reason\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyGroupSecretaries {\n  postAssignments(\n    postCode: \"PARTY_GROUP_SECRETARY\"\n    includeDescendants: true\n    offset: 0\n    limit: 50\n  ) {\n    items {\n      id\n      unit {\n        id\n        name\n      }\n      member {\n        id\n        name\n        jobTitle\n      }\n    }\n  }\n}"): (typeof documents)["query PartyGroupSecretaries {\n  postAssignments(\n    postCode: \"PARTY_GROUP_SECRETARY\"\n    includeDescendants: true\n    offset: 0\n    limit: 50\n  ) {\n    items {\n      id\n      unit {\n        id\n        name\n      }\n      member {\n        id\n        name\n        jobTitle\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProjectFields on BreakthroughProject {\n  ...ProjectRowFields\n  unitId\n  secretaryMemberId\n  problem\n  measures\n  expectedOutcome\n  reviewComment\n  outcome\n  acceptanceRequestedAt\n  acceptanceComment\n  terminationReason\n  createdAt\n  unit {\n    id\n    name\n  }\n  proposalFiles {\n    ...StoredFileFields\n  }\n  milestones {\n    id\n    title\n    dueOn\n    doneOn\n    sortOrder\n  }\n  progressReports {\n    id\n    periodKey\n    content\n    createdAt\n    updatedAt\n    files {\n      ...StoredFileFields\n    }\n  }\n}"): (typeof documents)["fragment ProjectFields on BreakthroughProject {\n  ...ProjectRowFields\n  unitId\n  secretaryMemberId\n  problem\n  measures\n  expectedOutcome\n  reviewComment\n  outcome\n  acceptanceRequestedAt\n  acceptanceComment\n  terminationReason\n  createdAt\n  unit {\n    id\n    name\n  }\n  proposalFiles {\n    ...StoredFileFields\n  }\n  milestones {\n    id\n    title\n    dueOn\n    doneOn\n    sortOrder\n  }\n  progressReports {\n    id\n    periodKey\n    content\n    createdAt\n    updatedAt\n    files {\n      ...StoredFileFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectFigures($grouping: ProjectGrouping!, $year: Int) {\n  projectFigures(grouping: $grouping, year: $year) {\n    key\n    label\n    tenantId\n    total\n    implemented\n    closed\n  }\n  implementedProjectCount\n}"): (typeof documents)["query ProjectFigures($grouping: ProjectGrouping!, $year: Int) {\n  projectFigures(grouping: $grouping, year: $year) {\n    key\n    label\n    tenantId\n    total\n    implemented\n    closed\n  }\n  implementedProjectCount\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProjectRowFields on BreakthroughProject {\n  id\n  tenantId\n  year\n  title\n  category\n  status\n  appliedAt\n  approvedAt\n  closedAt\n  terminatedAt\n  necessityScore\n  timelinessScore\n  leverageScore\n  acceptanceScore\n  overdueMilestones\n  tenant {\n    id\n    name\n  }\n  secretary {\n    id\n    name\n  }\n  milestones {\n    id\n    doneOn\n  }\n}"): (typeof documents)["fragment ProjectRowFields on BreakthroughProject {\n  id\n  tenantId\n  year\n  title\n  category\n  status\n  appliedAt\n  approvedAt\n  closedAt\n  terminatedAt\n  necessityScore\n  timelinessScore\n  leverageScore\n  acceptanceScore\n  overdueMilestones\n  tenant {\n    id\n    name\n  }\n  secretary {\n    id\n    name\n  }\n  milestones {\n    id\n    doneOn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectsBehindSchedule {\n  projectsBehindSchedule {\n    ...ProjectRowFields\n  }\n}"): (typeof documents)["query ProjectsBehindSchedule {\n  projectsBehindSchedule {\n    ...ProjectRowFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishWorkPlan($id: ID!) {\n  publishWorkPlan(id: $id) {\n    id\n    status\n    publishedAt\n  }\n}"): (typeof documents)["mutation PublishWorkPlan($id: ID!) {\n  publishWorkPlan(id: $id) {\n    id\n    status\n    publishedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecallWorkTask($id: ID!) {\n  recallWorkTask(id: $id) {\n    id\n    status\n    recalledAt\n  }\n}"): (typeof documents)["mutation RecallWorkTask($id: ID!) {\n  recallWorkTask(id: $id) {\n    id\n    status\n    recalledAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReceiptFiguresFields on ReceiptFigures {\n  key\n  label\n  tenantId\n  total\n  signed\n  reported\n  approved\n  returned\n  due\n  onTime\n  late\n  overdue\n  onTimeRate\n}"): (typeof documents)["fragment ReceiptFiguresFields on ReceiptFigures {\n  key\n  label\n  tenantId\n  total\n  signed\n  reported\n  approved\n  returned\n  due\n  onTime\n  late\n  overdue\n  onTimeRate\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveBreakthroughProject($id: ID!) {\n  removeBreakthroughProject(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation RemoveBreakthroughProject($id: ID!) {\n  removeBreakthroughProject(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveWorkPoint($id: ID!) {\n  removeWorkPoint(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation RemoveWorkPoint($id: ID!) {\n  removeWorkPoint(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveWorkTask($id: ID!) {\n  removeWorkTask(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation RemoveWorkTask($id: ID!) {\n  removeWorkTask(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenameWorkPlan($id: ID!, $input: WorkPlanTitleInput!) {\n  renameWorkPlan(id: $id, input: $input) {\n    id\n    title\n  }\n}"): (typeof documents)["mutation RenameWorkPlan($id: ID!, $input: WorkPlanTitleInput!) {\n  renameWorkPlan(id: $id, input: $input) {\n    id\n    title\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportProjectProgress($projectId: ID!, $input: ProgressInput!) {\n  reportProjectProgress(projectId: $projectId, input: $input) {\n    id\n    periodKey\n  }\n}"): (typeof documents)["mutation ReportProjectProgress($projectId: ID!, $input: ProgressInput!) {\n  reportProjectProgress(projectId: $projectId, input: $input) {\n    id\n    periodKey\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportTaskReceipt($id: ID!, $input: TaskResponseInput!) {\n  reportTaskReceipt(id: $id, input: $input) {\n    id\n    status\n    response\n    reportedAt\n    firstReportedAt\n    reportCount\n    late\n    files {\n      ...StoredFileFields\n    }\n  }\n}"): (typeof documents)["mutation ReportTaskReceipt($id: ID!, $input: TaskResponseInput!) {\n  reportTaskReceipt(id: $id, input: $input) {\n    id\n    status\n    response\n    reportedAt\n    firstReportedAt\n    reportCount\n    late\n    files {\n      ...StoredFileFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestProjectAcceptance($id: ID!, $input: ProjectOutcomeInput!) {\n  requestProjectAcceptance(id: $id, input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation RequestProjectAcceptance($id: ID!, $input: ProjectOutcomeInput!) {\n  requestProjectAcceptance(id: $id, input: $input) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewBreakthroughProject($id: ID!, $input: ProjectReviewInput!) {\n  reviewBreakthroughProject(id: $id, input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation ReviewBreakthroughProject($id: ID!, $input: ProjectReviewInput!) {\n  reviewBreakthroughProject(id: $id, input: $input) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewTaskReceipt($id: ID!, $input: ReviewInput!) {\n  reviewTaskReceipt(id: $id, input: $input) {\n    id\n    status\n    reviewComment\n    reviewedAt\n  }\n}"): (typeof documents)["mutation ReviewTaskReceipt($id: ID!, $input: ReviewInput!) {\n  reviewTaskReceipt(id: $id, input: $input) {\n    id\n    status\n    reviewComment\n    reviewedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveTaskResponse($id: ID!, $input: TaskResponseInput!) {\n  saveTaskResponse(id: $id, input: $input) {\n    id\n    status\n    response\n    files {\n      ...StoredFileFields\n    }\n  }\n}"): (typeof documents)["mutation SaveTaskResponse($id: ID!, $input: TaskResponseInput!) {\n  saveTaskResponse(id: $id, input: $input) {\n    id\n    status\n    response\n    files {\n      ...StoredFileFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecretariesWithoutProject($year: Int!) {\n  secretariesWithoutProject(year: $year) {\n    tenantId\n    unitId\n    memberId\n    tenant {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    member {\n      id\n      name\n      jobTitle\n    }\n  }\n}"): (typeof documents)["query SecretariesWithoutProject($year: Int!) {\n  secretariesWithoutProject(year: $year) {\n    tenantId\n    unitId\n    memberId\n    tenant {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    member {\n      id\n      name\n      jobTitle\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendWorkTask($id: ID!) {\n  sendWorkTask(id: $id) {\n    id\n    status\n    sentAt\n    receiptCount\n    monthWarning\n  }\n}"): (typeof documents)["mutation SendWorkTask($id: ID!) {\n  sendWorkTask(id: $id) {\n    id\n    status\n    sentAt\n    receiptCount\n    monthWarning\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetProjectMilestoneDone($id: ID!, $doneOn: LocalDate) {\n  setProjectMilestoneDone(id: $id, doneOn: $doneOn) {\n    id\n    doneOn\n  }\n}"): (typeof documents)["mutation SetProjectMilestoneDone($id: ID!, $doneOn: LocalDate) {\n  setProjectMilestoneDone(id: $id, doneOn: $doneOn) {\n    id\n    doneOn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignTaskReceipt($id: ID!) {\n  signTaskReceipt(id: $id) {\n    id\n    status\n    signedAt\n  }\n}"): (typeof documents)["mutation SignTaskReceipt($id: ID!) {\n  signTaskReceipt(id: $id) {\n    id\n    status\n    signedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartTaskReceipt($id: ID!) {\n  startTaskReceipt(id: $id) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation StartTaskReceipt($id: ID!) {\n  startTaskReceipt(id: $id) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StoredFileFields on StoredFile {\n  id\n  name\n  mimeType\n  size\n  hasThumbnail\n  url\n  thumbnailUrl\n}"): (typeof documents)["fragment StoredFileFields on StoredFile {\n  id\n  name\n  mimeType\n  size\n  hasThumbnail\n  url\n  thumbnailUrl\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TaskReceiptFields on TaskReceipt {\n  id\n  tenantId\n  taskId\n  status\n  issuedAt\n  signedAt\n  response\n  firstReportedAt\n  reportedAt\n  reportCount\n  late\n  reviewComment\n  reviewedAt\n  deadline\n  overdueMark\n  warning\n  evidenceIntact\n  tenant {\n    id\n    name\n  }\n  files {\n    ...StoredFileFields\n  }\n  task {\n    id\n    year\n    month\n    title\n    requirement\n    dueOn\n    dueAt\n    evidenceKinds\n    minEvidence\n    status\n    point {\n      id\n      number\n      title\n    }\n    deadlineChanges {\n      ...DeadlineChangeFields\n    }\n  }\n}"): (typeof documents)["fragment TaskReceiptFields on TaskReceipt {\n  id\n  tenantId\n  taskId\n  status\n  issuedAt\n  signedAt\n  response\n  firstReportedAt\n  reportedAt\n  reportCount\n  late\n  reviewComment\n  reviewedAt\n  deadline\n  overdueMark\n  warning\n  evidenceIntact\n  tenant {\n    id\n    name\n  }\n  files {\n    ...StoredFileFields\n  }\n  task {\n    id\n    year\n    month\n    title\n    requirement\n    dueOn\n    dueAt\n    evidenceKinds\n    minEvidence\n    status\n    point {\n      id\n      number\n      title\n    }\n    deadlineChanges {\n      ...DeadlineChangeFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskReceiptFigures($grouping: ReceiptGrouping!, $year: Int) {\n  taskReceiptFigures(grouping: $grouping, year: $year) {\n    ...ReceiptFiguresFields\n  }\n}"): (typeof documents)["query TaskReceiptFigures($grouping: ReceiptGrouping!, $year: Int) {\n  taskReceiptFigures(grouping: $grouping, year: $year) {\n    ...ReceiptFiguresFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskReceipt($id: ID!) {\n  taskReceipt(id: $id) {\n    ...TaskReceiptFields\n  }\n}"): (typeof documents)["query TaskReceipt($id: ID!) {\n  taskReceipt(id: $id) {\n    ...TaskReceiptFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskReceipts($taskId: ID, $tenantId: ID, $status: TaskReceiptStatus, $overdue: Boolean, $year: Int, $month: Int, $offset: Int!, $limit: Int!) {\n  taskReceipts(\n    taskId: $taskId\n    tenantId: $tenantId\n    status: $status\n    overdue: $overdue\n    year: $year\n    month: $month\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    offset\n    limit\n    items {\n      ...TaskReceiptFields\n    }\n  }\n}"): (typeof documents)["query TaskReceipts($taskId: ID, $tenantId: ID, $status: TaskReceiptStatus, $overdue: Boolean, $year: Int, $month: Int, $offset: Int!, $limit: Int!) {\n  taskReceipts(\n    taskId: $taskId\n    tenantId: $tenantId\n    status: $status\n    overdue: $overdue\n    year: $year\n    month: $month\n    offset: $offset\n    limit: $limit\n  ) {\n    total\n    offset\n    limit\n    items {\n      ...TaskReceiptFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TerminateBreakthroughProject($id: ID!, $input: ReasonInput!) {\n  terminateBreakthroughProject(id: $id, input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation TerminateBreakthroughProject($id: ID!, $input: ReasonInput!) {\n  terminateBreakthroughProject(id: $id, input: $input) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateBreakthroughProject($id: ID!, $input: ProjectInput!) {\n  updateBreakthroughProject(id: $id, input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation UpdateBreakthroughProject($id: ID!, $input: ProjectInput!) {\n  updateBreakthroughProject(id: $id, input: $input) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateWorkPoint($id: ID!, $input: WorkPointInput!) {\n  updateWorkPoint(id: $id, input: $input) {\n    id\n    number\n    title\n    content\n  }\n}"): (typeof documents)["mutation UpdateWorkPoint($id: ID!, $input: WorkPointInput!) {\n  updateWorkPoint(id: $id, input: $input) {\n    id\n    number\n    title\n    content\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateWorkTask($id: ID!, $input: WorkTaskInput!) {\n  updateWorkTask(id: $id, input: $input) {\n    id\n    monthTaskCount\n    monthWarning\n  }\n}"): (typeof documents)["mutation UpdateWorkTask($id: ID!, $input: WorkTaskInput!) {\n  updateWorkTask(id: $id, input: $input) {\n    id\n    monthTaskCount\n    monthWarning\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WorkPlanFields on WorkPlan {\n  id\n  year\n  title\n  status\n  publishedAt\n  points {\n    id\n    number\n    title\n    content\n  }\n}"): (typeof documents)["fragment WorkPlanFields on WorkPlan {\n  id\n  year\n  title\n  status\n  publishedAt\n  points {\n    id\n    number\n    title\n    content\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkPlans {\n  workPlans {\n    ...WorkPlanFields\n  }\n}"): (typeof documents)["query WorkPlans {\n  workPlans {\n    ...WorkPlanFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WorkTaskFields on WorkTask {\n  id\n  year\n  month\n  pointId\n  title\n  requirement\n  dueOn\n  dueAt\n  evidenceKinds\n  minEvidence\n  target\n  targetTenantIds\n  status\n  sentAt\n  receiptCount\n  recalledAt\n  createdAt\n  monthTaskCount\n  monthWarning\n  point {\n    id\n    number\n    title\n  }\n  deadlineChanges {\n    ...DeadlineChangeFields\n  }\n}"): (typeof documents)["fragment WorkTaskFields on WorkTask {\n  id\n  year\n  month\n  pointId\n  title\n  requirement\n  dueOn\n  dueAt\n  evidenceKinds\n  minEvidence\n  target\n  targetTenantIds\n  status\n  sentAt\n  receiptCount\n  recalledAt\n  createdAt\n  monthTaskCount\n  monthWarning\n  point {\n    id\n    number\n    title\n  }\n  deadlineChanges {\n    ...DeadlineChangeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkTask($id: ID!, $reviewer: Boolean!) {\n  workTask(id: $id) {\n    ...WorkTaskFields\n    receiptFigures @include(if: $reviewer) {\n      ...ReceiptFiguresFields\n    }\n  }\n}"): (typeof documents)["query WorkTask($id: ID!, $reviewer: Boolean!) {\n  workTask(id: $id) {\n    ...WorkTaskFields\n    receiptFigures @include(if: $reviewer) {\n      ...ReceiptFiguresFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkTasks($year: Int, $month: Int) {\n  workTasks(year: $year, month: $month) {\n    ...WorkTaskFields\n  }\n}"): (typeof documents)["query WorkTasks($year: Int, $month: Int) {\n  workTasks(year: $year, month: $month) {\n    ...WorkTaskFields\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;