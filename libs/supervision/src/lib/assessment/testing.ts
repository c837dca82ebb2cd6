import type { DataSource } from 'typeorm';
import type { TestApi } from '@zeren/api/testing';
import { createSupervisionTestApi } from '../../testing';
import { endOfLocalDay } from '@zeren/shared-periods';
import { newId, Scope, TenantDb } from '@zeren/tenancy';
import { FindingCategory, InspectionCampaign, InspectionFinding } from '../inspection/inspection.entity';
import { Rectification } from '../rectification/rectification.entity';
import { FindingSeverity, RectificationSource, RectificationStatus } from '../supervision.enums';
import { ensureAccountabilityRules } from '../accountability/accountability-rule.catalogue';

/** The rules the migration would insert (test schemas are built from the entities). */
export const installAccountabilityRules = (dataSource: DataSource) => ensureAccountabilityRules(new TenantDb(dataSource, Scope.system('test fixture')));

/** createSupervisionTestApi with the accountability rules the migration would insert. */
export async function createAssessmentTestApi(): Promise<TestApi> {
  const api = await createSupervisionTestApi();
  await installAccountabilityRules(api.dataSource);
  return api;
}

/** A finding of a year at one agency, written as the inspection part records it (the campaign made once per year). */
export async function insertFinding(dataSource: DataSource, tenantId: string, year: number, severity: FindingSeverity): Promise<InspectionFinding> {
  const now = new Date();
  let campaign = await dataSource.manager.findOneBy(InspectionCampaign, { year });
  if (!campaign) {
    campaign = Object.assign(new InspectionCampaign(), { id: newId(), year, title: `${year}年党务督查`, startsOn: `${year}-04-01`, endsOn: `${year}-06-30`, status: 'CLOSED', createdById: 'fixture', createdAt: now, updatedAt: now });
    await dataSource.manager.insert(InspectionCampaign, campaign);
  }
  const category = (await dataSource.manager.find(FindingCategory, { take: 1 }))[0];
  const finding = Object.assign(new InspectionFinding(), {
    id: newId(),
    tenantId,
    campaignId: campaign.id,
    year,
    visitId: null,
    categoryId: category.id,
    severity,
    description: '“三会一课”记录不全',
    repeatOfId: null,
    createdById: 'fixture',
    createdAt: now,
    updatedAt: now,
  });
  await dataSource.manager.insert(InspectionFinding, finding);
  return finding;
}

/** A rectification of a year at one agency in the given state; once reported, `late` says it was first reported after its deadline. */
export async function insertRectification(dataSource: DataSource, tenantId: string, year: number, status: RectificationStatus, late = false): Promise<Rectification> {
  const now = new Date();
  const dueOn = `${year}-08-31`;
  const reported = [RectificationStatus.RECTIFIED, RectificationStatus.VERIFIED, RectificationStatus.CLOSED].includes(status);
  const firstRectifiedAt = reported ? new Date(endOfLocalDay(dueOn).getTime() + (late ? 1 : -1) * 86_400_000) : null;
  const row = Object.assign(new Rectification(), {
    id: newId(),
    tenantId,
    year,
    source: RectificationSource.INSPECTION,
    sourceId: newId(),
    categoryId: null,
    problem: '“三会一课”记录不全',
    dueOn,
    dueAt: endOfLocalDay(dueOn),
    status,
    measures: null,
    responsibleMemberId: null,
    responsiblePostCode: null,
    report: null,
    evidence: [],
    startedAt: null,
    firstRectifiedAt,
    rectifiedAt: firstRectifiedAt,
    rectifiedById: null,
    late: reported && late,
    failedCount: 0,
    verifyComment: null,
    verifiedAt: null,
    verifiedById: null,
    closeNote: null,
    closedAt: status === RectificationStatus.CLOSED ? now : null,
    closedById: null,
    issuedById: 'fixture',
    createdAt: now,
    updatedAt: now,
  });
  await dataSource.manager.insert(Rectification, row);
  return row;
}

export { FindingSeverity, RectificationStatus };
