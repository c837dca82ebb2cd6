import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { tenantLoader, type RequestContext } from '@zeren/auth';
import { StoredFile, evidenceFiles } from '@zeren/files';
import { OrgUnit, PartyMember, orgLoaders } from '@zeren/org-tree';
import { LocalDateScalar, Paginated } from '@zeren/shared-graphql';
import { localDateOf } from '@zeren/shared-periods';
import { Tenant, groupByKeys } from '@zeren/tenancy';
import { WorkPermission } from '../work.permissions';
import { BreakthroughProject, ProjectMilestone, ProjectProgress } from './breakthrough-project.entity';
import { ProjectService, type SecretaryInPost } from './project.service';
import { ProgressInput, ProjectAcceptanceInput, ProjectArgs, ProjectInput, ProjectOutcomeInput, ProjectReviewInput, ReasonInput } from '../dto/work.input';

@ObjectType()
class BreakthroughProjectPage extends Paginated(BreakthroughProject) {}

/** A 党组(党委)书记 now in post (for the committee's list of those without a project). */
@ObjectType({ description: '党组(党委)书记' })
class PartyGroupSecretary implements SecretaryInPost {
  @Field(() => ID)
  tenantId: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => ID)
  memberId: string;
}

const milestonesOf = (ctx: RequestContext, projects: ProjectService) =>
  ctx.loaders.get<string, ProjectMilestone[]>('work.milestones', ctx.db, async (db, ids) => groupByKeys(ids, await projects.milestones(db, ids), (m) => m.projectId));

@Resolver(() => BreakthroughProject)
export class ProjectResolver {
  constructor(private readonly projects: ProjectService) {}

  @Authorized(WorkPermission.PROJECTS_READ)
  @Query(() => BreakthroughProjectPage, { description: '书记突破项目:单位看本单位的,工委看各单位的' })
  breakthroughProjects(@Args() args: ProjectArgs, @Ctx() ctx: RequestContext) {
    return this.projects.projects(ctx.db, args);
  }

  @Authorized(WorkPermission.PROJECTS_READ)
  @Query(() => BreakthroughProject, { description: '一个突破项目' })
  breakthroughProject(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<BreakthroughProject> {
    return this.projects.project(ctx.db, id);
  }

  @Authorized(WorkPermission.PROJECTS_READ)
  @Query(() => [PartyGroupSecretary], { description: '本年度尚未申报突破项目的党组(党委)书记' })
  secretariesWithoutProject(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<SecretaryInPost[]> {
    return this.projects.secretariesWithout(ctx.db, year);
  }

  @Authorized(WorkPermission.PROJECTS_READ)
  @Query(() => [BreakthroughProject], { description: '实施中、有节点逾期未完成的突破项目' })
  projectsBehindSchedule(@Ctx() ctx: RequestContext): Promise<BreakthroughProject[]> {
    return this.projects.behind(ctx.db);
  }

  @FieldResolver(() => Tenant, { nullable: true, description: '单位' })
  tenant(@Root() project: BreakthroughProject, @Ctx() ctx: RequestContext) {
    return tenantLoader(ctx).load(project.tenantId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: '党组(党委)' })
  unit(@Root() project: BreakthroughProject, @Ctx() ctx: RequestContext) {
    return orgLoaders.unit(ctx).load(project.unitId);
  }

  @FieldResolver(() => PartyMember, { nullable: true, description: '领衔的书记' })
  secretary(@Root() project: BreakthroughProject, @Ctx() ctx: RequestContext) {
    return orgLoaders.member(ctx).load(project.secretaryMemberId);
  }

  @FieldResolver(() => [StoredFile], { description: '立项书附件文件' })
  proposalFiles(@Root() project: BreakthroughProject, @Ctx() ctx: RequestContext): Promise<StoredFile[]> {
    return evidenceFiles(ctx, project.proposal);
  }

  @FieldResolver(() => [ProjectMilestone], { description: '节点安排' })
  milestones(@Root() project: BreakthroughProject, @Ctx() ctx: RequestContext) {
    return milestonesOf(ctx, this.projects).load(project.id);
  }

  @FieldResolver(() => Int, { description: '逾期未完成的节点数' })
  async overdueMilestones(@Root() project: BreakthroughProject, @Ctx() ctx: RequestContext): Promise<number> {
    const today = localDateOf(new Date());
    return (await milestonesOf(ctx, this.projects).load(project.id)).filter((m) => !m.doneOn && m.dueOn < today).length;
  }

  @FieldResolver(() => [ProjectProgress], { description: '季度进展,新的在前' })
  progressReports(@Root() project: BreakthroughProject, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, ProjectProgress[]>('work.progress', ctx.db, async (db, ids) => groupByKeys(ids, await this.projects.progress(db, ids), (p) => p.projectId))
      .load(project.id);
  }

  @Authorized(WorkPermission.PROJECTS_APPLY)
  @Mutation(() => BreakthroughProject, { description: '新建突破项目(草稿)' })
  createBreakthroughProject(@Arg('input') input: ProjectInput, @Ctx() ctx: RequestContext): Promise<BreakthroughProject> {
    return this.projects.create(ctx.db, ctx.principal!.userId, input);
  }

  @Authorized(WorkPermission.PROJECTS_APPLY)
  @Mutation(() => BreakthroughProject, { description: '修改突破项目(草稿或退回修改的)' })
  updateBreakthroughProject(@Arg('id', () => ID) id: string, @Arg('input') input: ProjectInput, @Ctx() ctx: RequestContext): Promise<BreakthroughProject> {
    return this.projects.update(ctx.db, id, input);
  }

  @Authorized(WorkPermission.PROJECTS_APPLY)
  @Mutation(() => BreakthroughProject, { description: '删除草稿' })
  removeBreakthroughProject(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<BreakthroughProject> {
    return this.projects.remove(ctx.db, id);
  }

  @Authorized(WorkPermission.PROJECTS_APPLY)
  @Mutation(() => BreakthroughProject, { description: '申报(草稿或退回修改 → 待立项审核)' })
  applyBreakthroughProject(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<BreakthroughProject> {
    return this.projects.apply(ctx.db, id);
  }

  @Authorized(WorkPermission.PROJECTS_REVIEW)
  @Mutation(() => BreakthroughProject, { description: '立项审核:评分后立项(→ 实施中),或退回修改' })
  reviewBreakthroughProject(@Arg('id', () => ID) id: string, @Arg('input') input: ProjectReviewInput, @Ctx() ctx: RequestContext): Promise<BreakthroughProject> {
    return this.projects.review(ctx.db, ctx.principal!.userId, id, input);
  }

  @Authorized(WorkPermission.PROJECTS_APPLY)
  @Mutation(() => ProjectProgress, { description: '报告本季度进展(实施中;同一季度再报即更新)' })
  reportProjectProgress(@Arg('projectId', () => ID) projectId: string, @Arg('input') input: ProgressInput, @Ctx() ctx: RequestContext): Promise<ProjectProgress> {
    return this.projects.reportProgress(ctx.db, ctx.principal!.userId, projectId, input);
  }

  @Authorized(WorkPermission.PROJECTS_APPLY)
  @Mutation(() => ProjectMilestone, { description: '标记节点完成(填完成日期)或未完成(留空)' })
  setProjectMilestoneDone(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Arg('doneOn', () => LocalDateScalar, { nullable: true }) doneOn?: string | null,
  ): Promise<ProjectMilestone> {
    return this.projects.setMilestoneDone(ctx.db, id, doneOn ?? null);
  }

  @Authorized(WorkPermission.PROJECTS_APPLY)
  @Mutation(() => BreakthroughProject, { description: '申请结项验收(节点均已完成;实施中 → 待结项验收)' })
  requestProjectAcceptance(@Arg('id', () => ID) id: string, @Arg('input') input: ProjectOutcomeInput, @Ctx() ctx: RequestContext): Promise<BreakthroughProject> {
    return this.projects.requestAcceptance(ctx.db, id, input.outcome);
  }

  @Authorized(WorkPermission.PROJECTS_REVIEW)
  @Mutation(() => BreakthroughProject, { description: '结项验收:评分后销号,或继续实施' })
  acceptBreakthroughProject(@Arg('id', () => ID) id: string, @Arg('input') input: ProjectAcceptanceInput, @Ctx() ctx: RequestContext): Promise<BreakthroughProject> {
    return this.projects.accept(ctx.db, ctx.principal!.userId, id, input);
  }

  @Authorized(WorkPermission.PROJECTS_REVIEW)
  @Mutation(() => BreakthroughProject, { description: '终止项目(实施中或待验收),注明原因' })
  terminateBreakthroughProject(@Arg('id', () => ID) id: string, @Arg('input') input: ReasonInput, @Ctx() ctx: RequestContext): Promise<BreakthroughProject> {
    return this.projects.terminate(ctx.db, ctx.principal!.userId, id, input.reason);
  }
}

@Resolver(() => PartyGroupSecretary)
export class PartyGroupSecretaryResolver {
  @FieldResolver(() => Tenant, { nullable: true })
  tenant(@Root() s: SecretaryInPost, @Ctx() ctx: RequestContext) {
    return tenantLoader(ctx).load(s.tenantId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  unit(@Root() s: SecretaryInPost, @Ctx() ctx: RequestContext) {
    return orgLoaders.unit(ctx).load(s.unitId);
  }

  @FieldResolver(() => PartyMember, { nullable: true })
  member(@Root() s: SecretaryInPost, @Ctx() ctx: RequestContext) {
    return orgLoaders.member(ctx).load(s.memberId);
  }
}

@Resolver(() => ProjectProgress)
export class ProjectProgressResolver {
  @FieldResolver(() => [StoredFile], { description: '印证资料文件' })
  files(@Root() progress: ProjectProgress, @Ctx() ctx: RequestContext): Promise<StoredFile[]> {
    return evidenceFiles(ctx, progress.evidence);
  }
}
