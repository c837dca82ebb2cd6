import { In } from 'typeorm';
import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { OrgUnit, PartyMember, orgLoaders } from '@zeren/org-tree';
import { StoredFile, evidenceFiles, evidenceIntact } from '@zeren/files';
import { Paginated, toPage, type Page } from '@zeren/shared-graphql';
import { MAX_EXPORT_ROWS } from '@zeren/shared-office';
import { byKeys, pageWithTotal, type TenantDb } from '@zeren/tenancy';
import { MembersPermission } from '../members.permissions';
import { fromTenths } from '../points';
import { PointsRule, ruleView } from '../rule/points-rule.entity';
import { RuleService } from '../rule/rule.service';
import { PointsEntry } from './points-entry.entity';
import { entrySearch } from './entry-search';
import { ledgerSheet } from './ledger-sheet';
import { LedgerService, type Actor } from './ledger.service';
import { AwardPointsInput, DeclarePointsInput, PointsEntrySearchArgs, PointsReasonInput } from './dto/points-entry.input';

const PointsEntryPage = Paginated(PointsEntry);

const actor = (ctx: RequestContext): Actor => ({ userId: ctx.principal!.userId, own: ctx.own ?? ctx.db });

@Resolver(() => PointsEntry)
export class PointsEntryResolver {
  constructor(
    private readonly ledger: LedgerService,
    private readonly rules: RuleService,
  ) {}

  @Authorized(MembersPermission.POINTS_READ)
  @Query(() => PointsEntryPage, { description: '积分台账(按数据权限:党员本人的,支部书记本支部的,党务管理员全单位的),新的在前' })
  async pointsEntries(@Args() args: PointsEntrySearchArgs, @Ctx() ctx: RequestContext): Promise<Page<PointsEntry>> {
    const qb = await entrySearch(ctx.db, args);
    return toPage(await pageWithTotal(qb, args.offset, args.limit), args);
  }

  @Authorized(MembersPermission.POINTS_READ)
  @Query(() => String, { description: `导出积分台账(.xlsx,base64 编码):与 pointsEntries 相同的筛选条件和数据权限;分页参数不起作用,导出全部(最多 ${MAX_EXPORT_ROWS} 条)` })
  async pointsEntriesXlsx(@Args() args: PointsEntrySearchArgs, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ledgerSheet(ctx.db, args)).toString('base64');
  }

  @Authorized(MembersPermission.POINTS_READ)
  @Query(() => PointsEntry, { description: '一条积分' })
  pointsEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PointsEntry> {
    return ctx.db.repo(PointsEntry).get(id, '积分');
  }

  @Authorized(MembersPermission.POINTS_DECLARE)
  @Mutation(() => PointsEntry, { description: '申报本人积分(待支部书记审核)' })
  declarePoints(@Arg('input') input: DeclarePointsInput, @Ctx() ctx: RequestContext): Promise<PointsEntry> {
    return this.ledger.declare(ctx.db, actor(ctx), input);
  }

  @Authorized(MembersPermission.POINTS_AWARD)
  @Mutation(() => PointsEntry, { description: '给予党员积分:支部书记给予的即为通过(受上限约束),党小组组长给予的待支部书记审核' })
  awardPoints(@Arg('input') input: AwardPointsInput, @Ctx() ctx: RequestContext): Promise<PointsEntry> {
    return this.ledger.award(ctx.db, actor(ctx), input);
  }

  @Authorized(MembersPermission.POINTS_DECIDE)
  @Mutation(() => PointsEntry, { description: '审核通过积分(超出规则上限时不能通过)' })
  approvePointsEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PointsEntry> {
    return this.ledger.approve(ctx.db, actor(ctx), id);
  }

  @Authorized(MembersPermission.POINTS_DECIDE)
  @Mutation(() => PointsEntry, { description: '驳回积分(须填写理由)' })
  rejectPointsEntry(@Arg('id', () => ID) id: string, @Arg('input') input: PointsReasonInput, @Ctx() ctx: RequestContext): Promise<PointsEntry> {
    return this.ledger.reject(ctx.db, actor(ctx), id, input.reason);
  }

  @Authorized(MembersPermission.POINTS_DECLARE)
  @Mutation(() => PointsEntry, { description: '对被驳回的积分申诉(每条一次),重新交支部书记审核' })
  appealPointsEntry(@Arg('id', () => ID) id: string, @Arg('input') input: PointsReasonInput, @Ctx() ctx: RequestContext): Promise<PointsEntry> {
    return this.ledger.appeal(ctx.db, actor(ctx), id, input.reason);
  }

  @Authorized(MembersPermission.POINTS_DECIDE)
  @Mutation(() => PointsEntry, { description: '冲正已通过的积分:新增一条相反分值的条目,原条目不变' })
  reversePointsEntry(@Arg('id', () => ID) id: string, @Arg('input') input: PointsReasonInput, @Ctx() ctx: RequestContext): Promise<PointsEntry> {
    return this.ledger.reverse(ctx.db, actor(ctx), id, input.reason);
  }

  @FieldResolver(() => Float, { description: '分值(冲正条目为原分值的相反数)' })
  points(@Root() entry: PointsEntry): number {
    return fromTenths(entry.pointsTenths);
  }

  @FieldResolver(() => PartyMember, { nullable: true })
  async member(@Root() entry: PointsEntry, @Ctx() ctx: RequestContext): Promise<PartyMember | null> {
    return orgLoaders.member(ctx).load(entry.memberId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: '党员所在党组织(记录时)' })
  async unit(@Root() entry: PointsEntry, @Ctx() ctx: RequestContext): Promise<OrgUnit | null> {
    return orgLoaders.unit(ctx).load(entry.unitId);
  }

  @FieldResolver(() => PointsRule, { nullable: true, description: '积分规则(现在的样子;条目保留记录时的名称和分值)' })
  async rule(@Root() entry: PointsEntry, @Ctx() ctx: RequestContext): Promise<PointsRule | null> {
    const loader = ctx.loaders.get('members.rule', ctx.db, async (db: TenantDb, keys: readonly string[]) =>
      byKeys(keys, (await this.rules.byIds(db, keys)).map(ruleView), (r) => r.id),
    );
    return loader.load(entry.ruleId);
  }

  @FieldResolver(() => PointsEntry, { nullable: true, description: '冲正它的条目' })
  async reversedBy(@Root() entry: PointsEntry, @Ctx() ctx: RequestContext): Promise<PointsEntry | null> {
    const loader = ctx.loaders.get('members.reversal', ctx.db, async (db: TenantDb, keys: readonly string[]) =>
      byKeys(keys, await db.repo(PointsEntry).find({ where: { reversesId: In([...keys]) } }), (e) => e.reversesId!),
    );
    return loader.load(entry.id);
  }

  @FieldResolver(() => [StoredFile], { description: '佐证材料文件(本人可见的)' })
  files(@Root() entry: PointsEntry, @Ctx() ctx: RequestContext): Promise<StoredFile[]> {
    return evidenceFiles(ctx, entry.evidence);
  }

  @FieldResolver(() => Boolean, { description: '佐证材料是否仍与提交时一致(SHA-256 未变)' })
  evidenceIntact(@Root() entry: PointsEntry, @Ctx() ctx: RequestContext): Promise<boolean> {
    return evidenceIntact(ctx, entry.evidence);
  }
}
