import { In, IsNull, Not } from 'typeorm';
import { COMMITTEE_ROLES, User } from '@zeren/auth';
import { ConflictError, NotFoundError, refuse, required } from '@zeren/shared-errors';
import { isLocalDate } from '@zeren/shared-periods';
import type { Page } from '@zeren/shared-graphql';
import { Tenant, activeAgencyIds, newId, type TenantDb } from '@zeren/tenancy';
import { FindingCategory, InspectionCampaign, InspectionFinding, InspectionTeam, InspectionVisit } from './inspection.entity';
import { RectificationService } from '../rectification/rectification.service';
import { CampaignStatus, RectificationSource } from '../supervision.enums';
import type {
  FindingCategoryInput,
  InspectionCampaignInput,
  InspectionFindingArgs,
  InspectionFindingInput,
  InspectionTeamInput,
  InspectionVisitInput,
  InspectionVisitUpdateInput,
} from '../dto/inspection.input';

const CAMPAIGN = '督查';
const TEAM = '督查组';
const VISIT = '督查走访';
const FINDING = '督查问题';
const CATEGORY = '问题类别';

/** How far a year's campaign has reached: every active agency should be inspected once. */
export interface CampaignCoverage {
  agencies: number;
  inspected: number;
  /** Active agencies with no visit yet, by name. */
  notInspected: Tenant[];
}

/**
 * 拉网式督查: the committee's yearly campaign, its teams, the visits to each agency and the problems
 * found there. Recording a finding dispatches its rectification to the agency in the same transaction.
 */
export class InspectionService {
  constructor(private readonly rectifications: RectificationService = new RectificationService()) {}

  categories(db: TenantDb, includeRetired = false): Promise<FindingCategory[]> {
    return db.reference(FindingCategory).find({ where: includeRetired ? {} : { retired: false }, order: { position: 'ASC', name: 'ASC' } });
  }

  async addCategory(db: TenantDb, input: FindingCategoryInput): Promise<FindingCategory> {
    const name = required(input.name, 'name', '请填写类别名称');
    if (await db.reference(FindingCategory).existsBy({ name })) refuse('name', '已有同名的问题类别');
    const last = await db.reference(FindingCategory).find({ order: { position: 'DESC' }, take: 1 });
    const now = new Date();
    const row: FindingCategory = { id: newId(), name, description: input.description.trim(), position: (last[0]?.position ?? 0) + 1, retired: false, createdAt: now, updatedAt: now };
    await db.register(FindingCategory).insert(row);
    return row;
  }

  async updateCategory(db: TenantDb, id: string, input: FindingCategoryInput): Promise<FindingCategory> {
    const category = await this.category(db, id);
    const name = required(input.name, 'name', '请填写类别名称');
    if (await db.reference(FindingCategory).existsBy({ name, id: Not(id) })) refuse('name', '已有同名的问题类别');
    const patch = { name, description: input.description.trim(), updatedAt: new Date() };
    await db.register(FindingCategory).update({ id }, patch);
    return Object.assign(category, patch);
  }

  /** A retired category is no longer offered; the findings that name it keep it. */
  async retireCategory(db: TenantDb, id: string, retired: boolean): Promise<FindingCategory> {
    const category = await this.category(db, id);
    const patch = { retired, updatedAt: new Date() };
    await db.register(FindingCategory).update({ id }, patch);
    return Object.assign(category, patch);
  }

  campaigns(db: TenantDb): Promise<InspectionCampaign[]> {
    return db.reference(InspectionCampaign).find({ order: { year: 'DESC' } });
  }

  async campaign(db: TenantDb, id: string): Promise<InspectionCampaign> {
    const campaign = await db.reference(InspectionCampaign).findOneBy({ id });
    if (!campaign) throw new NotFoundError(CAMPAIGN);
    return campaign;
  }

  async createCampaign(db: TenantDb, userId: string, input: InspectionCampaignInput): Promise<InspectionCampaign> {
    const fields = this.campaignFields(input);
    if (await db.reference(InspectionCampaign).existsBy({ year: input.year })) refuse('year', `${input.year}年度已有党务督查`);
    const now = new Date();
    const row: InspectionCampaign = { id: newId(), year: input.year, ...fields, status: CampaignStatus.PLANNED, createdById: userId, createdAt: now, updatedAt: now };
    await db.register(InspectionCampaign).insert(row);
    return row;
  }

  async updateCampaign(db: TenantDb, id: string, input: InspectionCampaignInput): Promise<InspectionCampaign> {
    const campaign = await this.campaign(db, id);
    if (input.year !== campaign.year) refuse('year', '督查的年度不能修改');
    if (campaign.status === CampaignStatus.CLOSED) throw new ConflictError('已结束的督查不能修改');
    const patch = { ...this.campaignFields(input), updatedAt: new Date() };
    await db.register(InspectionCampaign).update({ id }, patch);
    return Object.assign(campaign, patch);
  }

  /** 筹备中 → 督查中 → 已结束; nothing moves back. */
  async moveCampaign(db: TenantDb, id: string, to: CampaignStatus): Promise<InspectionCampaign> {
    const campaign = await this.campaign(db, id);
    const next: Partial<Record<CampaignStatus, CampaignStatus>> = { [CampaignStatus.PLANNED]: CampaignStatus.UNDERWAY, [CampaignStatus.UNDERWAY]: CampaignStatus.CLOSED };
    if (next[campaign.status] !== to) throw new ConflictError('当前状态不能变更为该状态');
    const patch = { status: to, updatedAt: new Date() };
    // The status is compared in the UPDATE, so two racing moves cannot both succeed.
    if ((await db.register(InspectionCampaign).update({ id, status: campaign.status }, patch)) === 0) throw new ConflictError('状态已被他人变更,请刷新后重试');
    return Object.assign(campaign, patch);
  }

  teams(db: TenantDb, campaignIds: readonly string[]): Promise<InspectionTeam[]> {
    return campaignIds.length ? db.reference(InspectionTeam).find({ where: { campaignId: In([...campaignIds]) }, order: { name: 'ASC' } }) : Promise.resolve([]);
  }

  async saveTeam(db: TenantDb, campaignId: string, teamId: string | null, input: InspectionTeamInput): Promise<InspectionTeam> {
    const campaign = await this.campaign(db, campaignId);
    if (campaign.status === CampaignStatus.CLOSED) throw new ConflictError('已结束的督查不能调整督查组');
    const name = required(input.name, 'name', '请填写组名');
    const members = [...new Set(input.memberUserIds.filter((id) => id !== input.leaderUserId))];
    await this.assertCommitteeUsers(db, [input.leaderUserId], 'leaderUserId');
    await this.assertCommitteeUsers(db, members, 'memberUserIds');
    const tenantIds = [...new Set(input.tenantIds)];
    const active = await activeAgencyIds(db, tenantIds);
    if (active.length !== tenantIds.length) refuse('tenantIds', '督查的单位应为在用的部门单位');
    const clash = await db.reference(InspectionTeam).existsBy({ campaignId, name, ...(teamId ? { id: Not(teamId) } : {}) });
    if (clash) refuse('name', '本次督查已有同名的督查组');
    const now = new Date();
    const fields = { name, leaderUserId: input.leaderUserId, memberUserIds: members, tenantIds, updatedAt: now };
    if (!teamId) {
      const row: InspectionTeam = { id: newId(), campaignId, ...fields, createdAt: now };
      await db.register(InspectionTeam).insert(row);
      return row;
    }
    const team = await db.reference(InspectionTeam).findOneBy({ id: teamId, campaignId });
    if (!team) throw new NotFoundError(TEAM);
    await db.register(InspectionTeam).update({ id: teamId }, fields);
    return Object.assign(team, fields);
  }

  async removeTeam(db: TenantDb, id: string): Promise<InspectionTeam> {
    const team = await db.reference(InspectionTeam).findOneBy({ id });
    if (!team) throw new NotFoundError(TEAM);
    if (await db.repo(InspectionVisit).exists({ teamId: id })) throw new ConflictError('该督查组已有走访记录,不能删除');
    await db.register(InspectionTeam).delete({ id });
    return team;
  }

  visits(db: TenantDb, campaignId: string, tenantId?: string | null): Promise<InspectionVisit[]> {
    return db.repo(InspectionVisit).find({ where: { campaignId, ...(tenantId ? { tenantId } : {}) }, order: { visitedOn: 'DESC', id: 'ASC' } });
  }

  visit(db: TenantDb, id: string): Promise<InspectionVisit> {
    return db.repo(InspectionVisit).get(id, VISIT);
  }

  /** A team's visit to one agency, written into the agency (it reads when and by whom it was inspected). */
  async recordVisit(db: TenantDb, userId: string, campaignId: string, input: InspectionVisitInput): Promise<InspectionVisit> {
    const campaign = await this.underway(db, campaignId);
    if (!input.visitedOn.startsWith(`${campaign.year}-`)) refuse('visitedOn', `督查日期应在${campaign.year}年内`);
    if ((await activeAgencyIds(db, [input.tenantId])).length === 0) refuse('tenantId', '被督查单位应为在用的部门单位');
    if (input.teamId && !(await db.reference(InspectionTeam).existsBy({ id: input.teamId, campaignId }))) refuse('teamId', '督查组不属于本次督查');
    const notes = required(input.notes, 'notes', '请填写督查情况');
    return db
      .dispatch([input.tenantId])
      .repo(InspectionVisit)
      .insertOne({ campaignId, teamId: input.teamId ?? null, visitedOn: input.visitedOn, notes, createdById: userId });
  }

  async updateVisit(db: TenantDb, id: string, input: InspectionVisitUpdateInput): Promise<InspectionVisit> {
    const visit = await this.visit(db, id);
    // A read-only view is refused before anything about the campaign's state is told.
    const into = db.dispatch([visit.tenantId]);
    const campaign = await this.underway(db, visit.campaignId);
    if (!input.visitedOn.startsWith(`${campaign.year}-`)) refuse('visitedOn', `督查日期应在${campaign.year}年内`);
    const notes = required(input.notes, 'notes', '请填写督查情况');
    return into.repo(InspectionVisit).updateOne(id, { visitedOn: input.visitedOn, notes }, VISIT);
  }

  /** A visit recorded by mistake (wrong agency or team), while nothing was found on it. */
  async removeVisit(db: TenantDb, id: string): Promise<InspectionVisit> {
    const visit = await this.visit(db, id);
    const into = db.dispatch([visit.tenantId]);
    await this.underway(db, visit.campaignId);
    if (await db.repo(InspectionFinding).exists({ visitId: id })) throw new ConflictError('该走访已记录问题,请先删除问题');
    await into.repo(InspectionVisit).delete({ id });
    return visit;
  }

  async findings(db: TenantDb, args: InspectionFindingArgs): Promise<Page<InspectionFinding>> {
    const where: Record<string, unknown> = {};
    if (args.year) where['year'] = args.year;
    if (args.tenantId) where['tenantId'] = args.tenantId;
    if (args.categoryId) where['categoryId'] = args.categoryId;
    if (args.severity) where['severity'] = args.severity;
    if (args.repeated) where['repeatOfId'] = Not(IsNull());
    const [items, total] = await db.repo(InspectionFinding).findAndCount({ where, order: { createdAt: 'DESC', id: 'ASC' }, skip: args.offset, take: args.limit });
    return { items, total, offset: args.offset, limit: args.limit };
  }

  finding(db: TenantDb, id: string): Promise<InspectionFinding> {
    return db.repo(InspectionFinding).get(id, FINDING);
  }

  /**
   * A problem found on a visit, and its rectification dispatched to the agency with the deadline,
   * in one transaction. A finding of the same category at the same agency in last year's campaign
   * makes it a repeat (重复发生).
   */
  async recordFinding(db: TenantDb, userId: string, input: InspectionFindingInput): Promise<InspectionFinding> {
    const visit = await this.visit(db, input.visitId);
    // A read-only view is refused (by the dispatch handle) before anything about the campaign is told.
    db.dispatch([visit.tenantId]);
    const campaign = await this.underway(db, visit.campaignId);
    const category = await db.reference(FindingCategory).findOneBy({ id: input.categoryId });
    if (!category || category.retired) refuse('categoryId', '请选择在用的问题类别');
    const description = required(input.description, 'description', '请填写问题描述');
    if (input.dueOn <= visit.visitedOn) refuse('dueOn', '整改时限应晚于督查日期');
    const previous = await db.reference(InspectionCampaign).findOneBy({ year: campaign.year - 1 });
    const repeatOf = previous ? await db.repo(InspectionFinding).findOne({ tenantId: visit.tenantId, campaignId: previous.id, categoryId: category.id }, { createdAt: 'ASC' }) : null;
    return db.transaction(async (tx) => {
      const finding = await tx
        .dispatch([visit.tenantId])
        .repo(InspectionFinding)
        .insertOne({ campaignId: campaign.id, year: campaign.year, visitId: visit.id, categoryId: category.id, severity: input.severity, description, repeatOfId: repeatOf?.id ?? null, createdById: userId });
      await this.rectifications.dispatch(tx, userId, {
        tenantId: visit.tenantId,
        year: campaign.year,
        source: RectificationSource.INSPECTION,
        sourceId: finding.id,
        categoryId: category.id,
        problem: description,
        dueOn: input.dueOn,
      });
      return finding;
    });
  }

  /** A finding recorded by mistake goes with its rectification, while the agency has not begun on it. */
  async removeFinding(db: TenantDb, id: string): Promise<InspectionFinding> {
    const finding = await this.finding(db, id);
    // A read-only view is refused (by the dispatch handle) before anything about the campaign is told.
    db.dispatch([finding.tenantId]);
    await this.underway(db, finding.campaignId);
    return db.transaction(async (tx) => {
      await this.rectifications.withdraw(tx, finding.tenantId, finding.id);
      await tx.dispatch([finding.tenantId]).repo(InspectionFinding).delete({ id });
      return finding;
    });
  }

  /** Coverage of a campaign: active agencies, those visited, and those not yet visited (by name). */
  async coverage(db: TenantDb, campaignId: string): Promise<CampaignCoverage> {
    const [active, visited] = await Promise.all([
      // Within the reader's reach: the committee viewing one agency learns that agency's coverage only.
      db.reference(Tenant).find({ where: { id: In((await activeAgencyIds(db)).filter((id) => db.scope.canRead(id))) }, order: { name: 'ASC' } }),
      db.repo(InspectionVisit).queryBuilder('v').select(['v.tenantId AS tenantId']).andWhere('v.campaignId = :campaignId', { campaignId }).groupBy('v.tenantId').getRawMany<{ tenantId: string }>(),
    ]);
    const seen = new Set(visited.map((v) => v.tenantId));
    return { agencies: active.length, inspected: active.filter((t) => seen.has(t.id)).length, notInspected: active.filter((t) => !seen.has(t.id)) };
  }

  private async category(db: TenantDb, id: string): Promise<FindingCategory> {
    const category = await db.reference(FindingCategory).findOneBy({ id });
    if (!category) throw new NotFoundError(CATEGORY);
    return category;
  }

  private async underway(db: TenantDb, campaignId: string): Promise<InspectionCampaign> {
    const campaign = await this.campaign(db, campaignId);
    if (campaign.status !== CampaignStatus.UNDERWAY) throw new ConflictError(campaign.status === CampaignStatus.PLANNED ? '督查尚未开始' : '督查已结束');
    return campaign;
  }

  private campaignFields(input: InspectionCampaignInput) {
    const title = required(input.title, 'title', '请填写督查名称');
    if (!isLocalDate(input.startsOn) || !input.startsOn.startsWith(`${input.year}-`)) refuse('startsOn', `开始日期应在${input.year}年内`);
    if (!isLocalDate(input.endsOn) || !input.endsOn.startsWith(`${input.year}-`)) refuse('endsOn', `结束日期应在${input.year}年内`);
    if (input.endsOn < input.startsOn) refuse('endsOn', '结束日期不能早于开始日期');
    return { title, startsOn: input.startsOn, endsOn: input.endsOn };
  }

  /** Team members are the committee's own staff: users with a committee role, in use. */
  private async assertCommitteeUsers(db: TenantDb, ids: readonly string[], field: string): Promise<void> {
    if (ids.length === 0) return;
    const users = await db.repo(User).find({ where: { id: In([...ids]), disabled: false }, select: { id: true, roles: true } as never });
    const staff = users.filter((u) => u.roles.some((r) => COMMITTEE_ROLES.includes(r)));
    if (staff.length !== new Set(ids).size) refuse(field, '督查组成员应为在用的工委用户');
  }
}
