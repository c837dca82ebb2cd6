import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { tenantLoader, type RequestContext } from '@zeren/auth';
import { OrgUnit, PartyMember, orgLoaders } from '@zeren/org-tree';
import { StoredFile, evidenceFiles } from '@zeren/files';
import { Paginated, type Page } from '@zeren/shared-graphql';
import { localDateOf } from '@zeren/shared-periods';
import { In } from 'typeorm';
import { Tenant, byKeys, type TenantDb } from '@zeren/tenancy';
import { PointsReasonInput } from '../ledger/dto/points-entry.input';
import { HonourPermission } from './honour.permissions';
import { DisciplineRecord, HonourNomination, HonourRound, OutsideHonour } from './honour.entity';
import { HonourService, twoYearsBefore } from './honour.service';
import { EligibilityCheck } from './eligibility';
import { HonourFigures, HonourResult } from './honour-figures.type';
import { figuresOf } from './honour.figures';
import { nominationsSheet } from './honour-sheet';
import { MAX_EXPORT_ROWS } from '@zeren/shared-office';
import { DisciplineRecordInput, HonourResultArgs, HonourRoundInput, NominateInput, NomineeCheckInput, NominationArgs, OutsideHonourInput } from './dto/honour.input';

@ObjectType()
class HonourNominationPage extends Paginated(HonourNomination) {}

const userOf = (ctx: RequestContext) => ctx.principal!.userId;

function windowOf(args: HonourResultArgs): { from: string; to: string } {
  const fallback = twoYearsBefore(localDateOf(new Date()));
  return { from: args.from ?? fallback.from, to: args.to ?? fallback.to };
}

@Resolver(() => HonourRound)
export class HonourRoundResolver {
  constructor(private readonly honours: HonourService) {}

  @Authorized(HonourPermission.HONOUR_READ)
  @Query(() => [HonourRound], { description: '表彰评选,新的在前' })
  honourRounds(@Arg('year', () => Int, { nullable: true }) year: number | null, @Ctx() ctx: RequestContext): Promise<HonourRound[]> {
    return this.honours.rounds(ctx.db, year);
  }

  @Authorized(HonourPermission.HONOUR_READ)
  @Query(() => HonourRound, { description: '一次表彰评选' })
  honourRound(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<HonourRound> {
    return this.honours.round(ctx.db, id);
  }

  @Authorized(HonourPermission.HONOUR_MANAGE)
  @Mutation(() => HonourRound, { description: '发起表彰评选' })
  createHonourRound(@Arg('input') input: HonourRoundInput, @Ctx() ctx: RequestContext): Promise<HonourRound> {
    return this.honours.createRound(ctx.db, input);
  }

  @Authorized(HonourPermission.HONOUR_MANAGE)
  @Mutation(() => HonourRound, { description: '修改表彰评选(公布名单前)' })
  updateHonourRound(@Arg('id', () => ID) id: string, @Arg('input') input: HonourRoundInput, @Ctx() ctx: RequestContext): Promise<HonourRound> {
    return this.honours.updateRound(ctx.db, id, input);
  }

  @Authorized(HonourPermission.HONOUR_MANAGE)
  @Mutation(() => HonourRound, { description: '公布表彰名单(提名须已全部审核)' })
  publishHonourRound(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<HonourRound> {
    return this.honours.publishRound(ctx.db, id);
  }

  @Authorized(HonourPermission.HONOUR_READ)
  @Query(() => [HonourResult], { description: '市级以上表彰结果(统计的明细);默认今天往前两年' })
  async honourResults(@Args() args: HonourResultArgs, @Ctx() ctx: RequestContext): Promise<HonourResult[]> {
    const { from, to } = windowOf(args);
    return this.honours.results(ctx.db, from, to, args.category);
  }

  @Authorized(HonourPermission.HONOUR_READ)
  @Query(() => HonourFigures, { description: '市级以上表彰统计:共产党员、党务工作者、基层党组织;默认今天往前两年' })
  async honourFigures(@Args() args: HonourResultArgs, @Ctx() ctx: RequestContext): Promise<HonourFigures> {
    const { from, to } = windowOf(args);
    return figuresOf(await this.honours.results(ctx.db, from, to), from, to);
  }
}

@Resolver(() => HonourResult)
export class HonourResultResolver {
  @FieldResolver(() => PartyMember, { nullable: true })
  async member(@Root() row: HonourResult, @Ctx() ctx: RequestContext): Promise<PartyMember | null> {
    return row.memberId ? await orgLoaders.member(ctx).load(row.memberId) : null;
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@Root() row: HonourResult, @Ctx() ctx: RequestContext): Promise<OrgUnit | null> {
    return (await orgLoaders.unit(ctx).load(row.unitId)) ?? null;
  }

  @FieldResolver(() => Tenant, { nullable: true, description: '单位' })
  tenant(@Root() row: HonourResult, @Ctx() ctx: RequestContext) {
    return tenantLoader(ctx).load(row.tenantId);
  }
}

@Resolver(() => HonourNomination)
export class HonourNominationResolver {
  constructor(private readonly honours: HonourService) {}

  @Authorized(HonourPermission.HONOUR_READ)
  @Query(() => HonourNominationPage, { description: '表彰提名:工委看各单位的,单位看本单位的' })
  honourNominations(@Args() args: NominationArgs, @Ctx() ctx: RequestContext): Promise<Page<HonourNomination>> {
    return this.honours.nominations(ctx.db, args);
  }

  @Authorized(HonourPermission.HONOUR_READ)
  @Query(() => String, { description: `导出表彰提名(.xlsx,base64 编码):与 honourNominations 相同的筛选条件;分页参数不起作用,导出全部(最多 ${MAX_EXPORT_ROWS} 条)` })
  async honourNominationsXlsx(@Args() args: NominationArgs, @Ctx() ctx: RequestContext): Promise<string> {
    return (await nominationsSheet(ctx.db, args)).toString('base64');
  }

  @Authorized(HonourPermission.HONOUR_READ)
  @Query(() => HonourNomination, { description: '一条表彰提名' })
  honourNomination(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<HonourNomination> {
    return this.honours.nomination(ctx.db, id);
  }

  @Authorized(HonourPermission.HONOUR_NOMINATE)
  @Query(() => [EligibilityCheck], { description: '提名前按评选资格条件审查提名对象(不保存)' })
  honourNomineeCheck(@Arg('input') input: NomineeCheckInput, @Ctx() ctx: RequestContext): Promise<EligibilityCheck[]> {
    return this.honours.checkNominee(ctx.db, input);
  }

  @Authorized(HonourPermission.HONOUR_NOMINATE)
  @Mutation(() => HonourNomination, { description: '提名表彰对象(不符合评选资格条件的不予提名)' })
  nominateForHonour(@Arg('input') input: NominateInput, @Ctx() ctx: RequestContext): Promise<HonourNomination> {
    return this.honours.nominate(ctx.db, userOf(ctx), input);
  }

  @Authorized(HonourPermission.HONOUR_MANAGE)
  @Mutation(() => HonourNomination, { description: '审核通过表彰提名' })
  approveHonourNomination(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<HonourNomination> {
    return this.honours.approve(ctx.db, userOf(ctx), id);
  }

  @Authorized(HonourPermission.HONOUR_MANAGE)
  @Mutation(() => HonourNomination, { description: '驳回表彰提名(须填写理由)' })
  rejectHonourNomination(@Arg('id', () => ID) id: string, @Arg('input') input: PointsReasonInput, @Ctx() ctx: RequestContext): Promise<HonourNomination> {
    return this.honours.reject(ctx.db, userOf(ctx), id, input.reason);
  }

  @FieldResolver(() => [EligibilityCheck], { description: '按评选资格条件的审查结果(现在的情况)' })
  eligibility(@Root() row: HonourNomination, @Ctx() ctx: RequestContext): Promise<EligibilityCheck[]> {
    return this.honours.eligibilityOf(ctx.db, row);
  }

  @FieldResolver(() => HonourRound, { nullable: true })
  async round(@Root() row: HonourNomination, @Ctx() ctx: RequestContext): Promise<HonourRound | null> {
    const loader = ctx.loaders.get('members.honourRound', ctx.db, async (db: TenantDb, keys: readonly string[]) =>
      byKeys(keys, await db.reference(HonourRound).find({ where: { id: In([...keys]) } }), (r) => r.id),
    );
    return (await loader.load(row.roundId)) ?? null;
  }

  @FieldResolver(() => PartyMember, { nullable: true })
  async member(@Root() row: HonourNomination, @Ctx() ctx: RequestContext): Promise<PartyMember | null> {
    return row.memberId ? await orgLoaders.member(ctx).load(row.memberId) : null;
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@Root() row: HonourNomination, @Ctx() ctx: RequestContext): Promise<OrgUnit | null> {
    return (await orgLoaders.unit(ctx).load(row.unitId)) ?? null;
  }

  @FieldResolver(() => Tenant, { nullable: true, description: '单位' })
  tenant(@Root() row: HonourNomination, @Ctx() ctx: RequestContext) {
    return tenantLoader(ctx).load(row.tenantId);
  }

  @FieldResolver(() => [StoredFile], { description: '材料文件' })
  files(@Root() row: HonourNomination, @Ctx() ctx: RequestContext): Promise<StoredFile[]> {
    return evidenceFiles(ctx, row.evidence);
  }
}

@Resolver(() => OutsideHonour)
export class OutsideHonourResolver {
  constructor(private readonly honours: HonourService) {}

  @Authorized(HonourPermission.HONOUR_READ)
  @Query(() => [OutsideHonour], { description: '其他表彰(上级机关授予),新的在前' })
  outsideHonours(@Ctx() ctx: RequestContext): Promise<OutsideHonour[]> {
    return this.honours.outsideHonours(ctx.db);
  }

  @Authorized(HonourPermission.HONOUR_NOMINATE)
  @Mutation(() => OutsideHonour, { description: '登记其他表彰(上级机关授予)' })
  recordOutsideHonour(@Arg('input') input: OutsideHonourInput, @Ctx() ctx: RequestContext): Promise<OutsideHonour> {
    return this.honours.recordOutsideHonour(ctx.db, userOf(ctx), input);
  }

  @Authorized(HonourPermission.HONOUR_NOMINATE)
  @Mutation(() => OutsideHonour, { description: '删除登记有误的其他表彰' })
  removeOutsideHonour(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<OutsideHonour> {
    return this.honours.removeOutsideHonour(ctx.db, id);
  }

  @FieldResolver(() => PartyMember, { nullable: true })
  async member(@Root() row: OutsideHonour, @Ctx() ctx: RequestContext): Promise<PartyMember | null> {
    return row.memberId ? await orgLoaders.member(ctx).load(row.memberId) : null;
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@Root() row: OutsideHonour, @Ctx() ctx: RequestContext): Promise<OrgUnit | null> {
    return (await orgLoaders.unit(ctx).load(row.unitId)) ?? null;
  }
}

@Resolver(() => DisciplineRecord)
export class DisciplineRecordResolver {
  constructor(private readonly honours: HonourService) {}

  @Authorized(HonourPermission.DISCIPLINE_MANAGE)
  @Query(() => [DisciplineRecord], { description: '党纪处分记录(本单位)' })
  disciplineRecords(@Arg('memberId', () => ID, { nullable: true }) memberId: string | null, @Ctx() ctx: RequestContext): Promise<DisciplineRecord[]> {
    return this.honours.disciplineRecords(ctx.db, memberId);
  }

  @Authorized(HonourPermission.DISCIPLINE_MANAGE)
  @Mutation(() => DisciplineRecord, { description: '登记党纪处分' })
  recordDiscipline(@Arg('input') input: DisciplineRecordInput, @Ctx() ctx: RequestContext): Promise<DisciplineRecord> {
    return this.honours.recordDiscipline(ctx.db, userOf(ctx), input);
  }

  @Authorized(HonourPermission.DISCIPLINE_MANAGE)
  @Mutation(() => DisciplineRecord, { description: '删除登记有误的党纪处分' })
  removeDiscipline(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<DisciplineRecord> {
    return this.honours.removeDiscipline(ctx.db, id);
  }

  @FieldResolver(() => PartyMember, { nullable: true })
  async member(@Root() row: DisciplineRecord, @Ctx() ctx: RequestContext): Promise<PartyMember | null> {
    return await orgLoaders.member(ctx).load(row.memberId);
  }
}
