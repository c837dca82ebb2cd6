import { In, IsNull, LessThan } from 'typeorm';
import { ConflictError, NotFoundError, refuse, required } from '@zeren/shared-errors';
import { evidenceOf, filesInReach } from '@zeren/files';
import { OrgUnit, PartyMember, PostAssignment, PostCode } from '@zeren/org-tree';
import { localDateOf, periodOf, Cadence } from '@zeren/shared-periods';
import type { Page } from '@zeren/shared-graphql';
import type { TenantDb } from '@zeren/tenancy';
import { BreakthroughProject, ProjectMilestone, ProjectProgress } from './breakthrough-project.entity';
import { ProjectStatus } from '../work.enums';
import type { ProgressInput, ProjectAcceptanceInput, ProjectArgs, ProjectInput, ProjectReviewInput } from '../dto/work.input';

const PROJECT = '突破项目';
const MILESTONE = '项目节点';
/** Any file kind may be a 立项书 attachment; none is required (the .docx export is one). */
const ANY_FILES = { evidenceKinds: null, minEvidence: 0 };
/** Projects that count as carried out (已实施): approved and not terminated. */
export const IMPLEMENTED = [ProjectStatus.IMPLEMENTING, ProjectStatus.ACCEPTANCE, ProjectStatus.CLOSED];
/** Projects that count for a secretary's year: filed (申报) and not ended without result. */
export const FILED = [ProjectStatus.APPLIED, ProjectStatus.RETURNED, ...IMPLEMENTED];

/** What a new project (草稿) has not yet: filed, reviewed, reported on, accepted or ended. */
export const UNFILED = {
  status: ProjectStatus.DRAFT,
  appliedAt: null,
  necessityScore: null,
  timelinessScore: null,
  leverageScore: null,
  reviewComment: null,
  approvedAt: null,
  reviewedById: null,
  outcome: null,
  acceptanceRequestedAt: null,
  acceptanceScore: null,
  acceptanceComment: null,
  closedAt: null,
  terminationReason: null,
  terminatedAt: null,
} as const;

/** A 党组(党委)书记 now in post: the member, the unit and the agency. */
export interface SecretaryInPost {
  tenantId: string;
  unitId: string;
  memberId: string;
}

export type ProjectFilter = Omit<ProjectArgs, 'offset' | 'limit'>;

export const PROJECT_ORDER = { year: 'DESC', id: 'DESC' } as const;

/** The breakthroughProjects filters as one condition (the scoped repository adds the caller's reach): the page and the ledgers read the same rows. */
export function projectWhere(filter: ProjectFilter): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  if (filter.year) where['year'] = filter.year;
  if (filter.status) where['status'] = filter.status;
  if (filter.category) where['category'] = filter.category;
  if (filter.tenantId) where['tenantId'] = filter.tenantId;
  return where;
}

/** 书记抓基层党建突破项目: the agency files and carries out, the committee approves, accepts and closes. */
export class ProjectService {
  async projects(db: TenantDb, args: ProjectArgs): Promise<Page<BreakthroughProject>> {
    const [items, total] = await db.repo(BreakthroughProject).findAndCount({ where: projectWhere(args), order: PROJECT_ORDER, skip: args.offset, take: args.limit });
    return { items, total, offset: args.offset, limit: args.limit };
  }

  project(db: TenantDb, id: string): Promise<BreakthroughProject> {
    return db.repo(BreakthroughProject).get(id, PROJECT);
  }

  milestones(db: TenantDb, projectIds: readonly string[]): Promise<ProjectMilestone[]> {
    return db.repo(ProjectMilestone).find({ where: { projectId: In([...projectIds]) }, order: { sortOrder: 'ASC', id: 'ASC' } });
  }

  progress(db: TenantDb, projectIds: readonly string[]): Promise<ProjectProgress[]> {
    return db.repo(ProjectProgress).find({ where: { projectId: In([...projectIds]) }, order: { periodKey: 'DESC' } });
  }

  /** A new project as a draft (草稿), led by a 党组(党委)书记 now in post at the agency. */
  async create(db: TenantDb, userId: string, input: ProjectInput): Promise<BreakthroughProject> {
    const [files, unitId] = await Promise.all([filesInReach(db, input.proposalFileIds), this.secretaryUnit(db, input.secretaryMemberId)]);
    const fields = this.fields(input, files);
    const project = await db.repo(BreakthroughProject).insertOne({ ...fields, unitId, ...UNFILED, createdById: userId });
    await this.writeMilestones(db, project.id, input);
    return project;
  }

  /** A draft, or a project returned for changes; its milestones are replaced by the ones given. */
  async update(db: TenantDb, id: string, input: ProjectInput): Promise<BreakthroughProject> {
    const project = await db.repo(BreakthroughProject).getWritable(id, PROJECT);
    const [files, unitId] = await Promise.all([filesInReach(db, input.proposalFileIds), this.secretaryUnit(db, input.secretaryMemberId)]);
    if (project.status !== ProjectStatus.DRAFT && project.status !== ProjectStatus.RETURNED) throw new ConflictError('只有草稿或退回修改的项目可以修改');
    const patch = { ...this.fields(input, files), unitId };
    await db.repo(BreakthroughProject).update({ id }, patch);
    await db.repo(ProjectMilestone).delete({ projectId: id });
    await this.writeMilestones(db, id, input);
    return Object.assign(project, patch);
  }

  async remove(db: TenantDb, id: string): Promise<BreakthroughProject> {
    const project = await db.repo(BreakthroughProject).getWritable(id, PROJECT);
    if (project.status !== ProjectStatus.DRAFT) throw new ConflictError('只有草稿可以删除;已申报的项目可由工委终止');
    await db.repo(ProjectMilestone).delete({ projectId: id });
    await db.repo(BreakthroughProject).delete({ id, status: ProjectStatus.DRAFT });
    return project;
  }

  /** 申报: a draft (or a returned project) goes to the committee's 立项审核; it needs at least one milestone. */
  async apply(db: TenantDb, id: string): Promise<BreakthroughProject> {
    await db.repo(BreakthroughProject).getWritable(id, PROJECT);
    if ((await db.repo(ProjectMilestone).count({ projectId: id })) === 0) refuse('milestones', '申报前请至少安排 1 个节点');
    return db.repo(BreakthroughProject).transition(id, ProjectStatus.APPLIED, { appliedAt: new Date() }, PROJECT);
  }

  /** 立项审核 by the committee: approve with the three scores, or return with the reason. */
  async review(db: TenantDb, userId: string, id: string, input: ProjectReviewInput): Promise<BreakthroughProject> {
    const project = await this.project(db, id);
    const now = new Date();
    if (input.approve) {
      const score = (value: number | null | undefined, field: string) => (value === null || value === undefined ? refuse(field, '立项时请评分') : value);
      return db
        .dispatch([project.tenantId])
        .repo(BreakthroughProject)
        .transition(
          id,
          ProjectStatus.IMPLEMENTING,
          {
            necessityScore: score(input.necessityScore, 'necessityScore'),
            timelinessScore: score(input.timelinessScore, 'timelinessScore'),
            leverageScore: score(input.leverageScore, 'leverageScore'),
            reviewComment: input.comment?.trim() || null,
            approvedAt: now,
            reviewedById: userId,
          },
          PROJECT,
        );
    }
    const comment = required(input.comment, 'comment', '退回时请填写审核意见');
    return db.dispatch([project.tenantId]).repo(BreakthroughProject).transition(id, ProjectStatus.RETURNED, { reviewComment: comment, reviewedById: userId }, PROJECT);
  }

  /** 季度进展 while the project runs: one report per quarter, rewritten within it. */
  async reportProgress(db: TenantDb, userId: string, projectId: string, input: ProgressInput): Promise<ProjectProgress> {
    const project = await db.repo(BreakthroughProject).getWritable(projectId, PROJECT);
    const files = await filesInReach(db, input.fileIds);
    if (project.status !== ProjectStatus.IMPLEMENTING) throw new ConflictError('只有实施中的项目可以报告进展');
    const content = required(input.content, 'content', '请填写进展情况');
    const evidence = evidenceOf(ANY_FILES, files);
    const periodKey = periodOf(Cadence.QUARTER, new Date()).key;
    const repo = db.repo(ProjectProgress);
    const existing = await repo.findOne({ projectId, periodKey });
    if (existing) return repo.updateOne(existing.id, { content, evidence, reportedById: userId }, '季度进展');
    return repo.insertOne({ projectId, periodKey, content, evidence, reportedById: userId });
  }

  /** Marks a milestone done (with the date) or not done again, while the project runs. */
  async setMilestoneDone(db: TenantDb, id: string, doneOn: string | null): Promise<ProjectMilestone> {
    const milestone = await db.repo(ProjectMilestone).getWritable(id, MILESTONE);
    const project = await db.repo(BreakthroughProject).getWritable(milestone.projectId, PROJECT);
    if (project.status !== ProjectStatus.IMPLEMENTING) throw new ConflictError('只有实施中的项目可以更新节点');
    if (doneOn && doneOn > localDateOf(new Date())) refuse('doneOn', '完成日期不能晚于今天');
    return db.repo(ProjectMilestone).updateOne(id, { doneOn }, MILESTONE);
  }

  /** 申请结项: every milestone done, and what came of it. */
  async requestAcceptance(db: TenantDb, id: string, outcome: string): Promise<BreakthroughProject> {
    await db.repo(BreakthroughProject).getWritable(id, PROJECT);
    const text = required(outcome, 'outcome', '请填写取得的成效');
    const open = await db.repo(ProjectMilestone).count({ projectId: id, doneOn: IsNull() });
    if (open > 0) refuse('outcome', `还有 ${open} 个节点未完成,不能申请结项`);
    return db.repo(BreakthroughProject).transition(id, ProjectStatus.ACCEPTANCE, { outcome: text, acceptanceRequestedAt: new Date() }, PROJECT);
  }

  /** 结项验收 by the committee: pass with a score (销号), or back to 实施 with the reason. */
  async accept(db: TenantDb, userId: string, id: string, input: ProjectAcceptanceInput): Promise<BreakthroughProject> {
    const project = await this.project(db, id);
    const repo = db.dispatch([project.tenantId]).repo(BreakthroughProject);
    if (input.pass) {
      if (input.score === null || input.score === undefined) refuse('score', '验收通过时请评分');
      return repo.transition(id, ProjectStatus.CLOSED, { acceptanceScore: input.score, acceptanceComment: input.comment?.trim() || null, closedAt: new Date(), reviewedById: userId }, PROJECT);
    }
    const comment = required(input.comment, 'comment', '验收不通过时请填写意见');
    return repo.transition(id, ProjectStatus.IMPLEMENTING, { acceptanceComment: comment, reviewedById: userId }, PROJECT);
  }

  /** 终止 by the committee, with the reason, from 实施 or 结项验收. */
  async terminate(db: TenantDb, userId: string, id: string, reason: string): Promise<BreakthroughProject> {
    const project = await this.project(db, id);
    const text = required(reason, 'reason', '请填写终止原因');
    return db.dispatch([project.tenantId]).repo(BreakthroughProject).transition(id, ProjectStatus.TERMINATED, { terminationReason: text, terminatedAt: new Date(), reviewedById: userId }, PROJECT);
  }

  /** Every 党组(党委)书记 now in post, in the agencies this handle reads. */
  async secretaries(db: TenantDb): Promise<SecretaryInPost[]> {
    const posts = await db.repo(PostAssignment).find({ where: { postCode: PostCode.PARTY_GROUP_SECRETARY, endsOn: IsNull() }, order: { tenantId: 'ASC' } });
    return posts.map((p) => ({ tenantId: p.tenantId, unitId: p.unitId, memberId: p.memberId }));
  }

  /** 书记 without a filed project this year (the committee's 未领题 list). */
  async secretariesWithout(db: TenantDb, year: number): Promise<SecretaryInPost[]> {
    const [secretaries, filed] = await Promise.all([
      this.secretaries(db),
      db.repo(BreakthroughProject).find({ where: { year, status: In(FILED) }, select: { tenantId: true, secretaryMemberId: true } as never }),
    ]);
    const led = new Set(filed.map((p) => `${p.tenantId}|${p.secretaryMemberId}`));
    return secretaries.filter((s) => !led.has(`${s.tenantId}|${s.memberId}`));
  }

  /** Projects in progress with a milestone past its date and not done (the committee's 进度滞后 list). */
  async behind(db: TenantDb): Promise<BreakthroughProject[]> {
    const late = await db.repo(ProjectMilestone).find({ where: { doneOn: IsNull(), dueOn: LessThan(localDateOf(new Date())) }, select: { projectId: true } as never });
    const ids = [...new Set(late.map((m) => m.projectId))];
    if (ids.length === 0) return [];
    return db.repo(BreakthroughProject).find({ where: { id: In(ids), status: ProjectStatus.IMPLEMENTING }, order: { tenantId: 'ASC', id: 'ASC' } });
  }

  /** The unit where the member is now 党组(党委)书记 in this agency; the field's refusal otherwise. */
  private async secretaryUnit(db: TenantDb, memberId: string): Promise<string> {
    // Another agency's member is NOT_FOUND, as a missing one: the refusal below is for the agency's own.
    await db.repo(PartyMember).get(memberId, '党员');
    const post = await db.repo(PostAssignment).findOne({ memberId, postCode: PostCode.PARTY_GROUP_SECRETARY, endsOn: IsNull() });
    if (!post) refuse('secretaryMemberId', '该党员现不担任党组(党委)书记');
    const unit = await db.repo(OrgUnit).findOne({ id: post.unitId });
    if (!unit || unit.dissolvedOn) throw new NotFoundError('党组(党委)');
    return unit.id;
  }

  private fields(input: ProjectInput, files: Awaited<ReturnType<typeof filesInReach>>) {
    const dates = input.milestones.map((m) => m.dueOn);
    if (dates.some((d) => d < `${input.year}-01-01`)) refuse('milestones', `节点日期不能早于${input.year}年`);
    return {
      year: input.year,
      secretaryMemberId: input.secretaryMemberId,
      title: required(input.title, 'title', '请填写项目名称'),
      category: input.category,
      problem: required(input.problem, 'problem', '请填写要解决的问题'),
      measures: required(input.measures, 'measures', '请填写攻坚措施'),
      expectedOutcome: required(input.expectedOutcome, 'expectedOutcome', '请填写预期成效'),
      proposal: evidenceOf(ANY_FILES, files, 'proposalFileIds'),
    };
  }

  private async writeMilestones(db: TenantDb, projectId: string, input: ProjectInput): Promise<void> {
    if (input.milestones.length === 0) return;
    await db.repo(ProjectMilestone).insert(
      input.milestones.map((m, i) => ({ projectId, title: required(m.title, `milestones.${i}.title`, '请填写节点内容'), dueOn: m.dueOn, doneOn: null, sortOrder: (i + 1) * 10 })),
    );
  }
}

