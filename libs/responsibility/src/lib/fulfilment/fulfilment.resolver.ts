import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { OrgUnit, PartyMember, orgLoaders } from '@zeren/org-tree';
import { StoredFile, evidenceFiles, evidenceIntact } from '@zeren/files';
import { Paginated, toPage, type Page } from '@zeren/shared-graphql';
import { pageWithTotal, type TenantDb } from '@zeren/tenancy';
import { DutyPermission } from '../responsibility.permissions';
import { AgencyListService } from '../list/agency-list.service';
import { Duty } from '../list/duty.type';
import { listTemplate } from '../list/current-template';
import { oneAgency } from '../list/one-agency';
import { FulfilmentRecord, RecordStatus } from './fulfilment-record.entity';
import { FulfilmentService, type Recorder } from './fulfilment.service';
import { ObligationService } from './obligation.service';
import { Obligation } from './obligation.type';
import { CorrectRecordInput, RecordSearchArgs, SubmitRecordInput } from './dto/record.input';
import { recordSearch } from '../export/record-search';

const RecordPage = Paginated(FulfilmentRecord);

/** The oldest waiting first; more than this is a backlog the page says it has (it shows the total on the ledger). */
const REVIEW_QUEUE_LIMIT = 200;

const recorder = (ctx: RequestContext): Recorder => ({ userId: ctx.principal!.userId, structure: ctx.own ?? ctx.db });

@Resolver(() => FulfilmentRecord)
export class FulfilmentResolver {
  constructor(
    private readonly records: FulfilmentService,
    private readonly obligations: ObligationService,
    private readonly lists: AgencyListService,
  ) {}

  @Authorized()
  @Query(() => [Obligation], { description: '我的责任:本人的党员责任、所任岗位的责任和所任书记的党组织的组织责任,逾期未完成和本期的在前' })
  async myDuties(@Ctx() ctx: RequestContext, @Arg('year', () => Int, { nullable: true }) year?: number): Promise<Obligation[]> {
    if (!ctx.own) return [];
    const template = await listTemplate(ctx.own, { year });
    return template ? this.obligations.mine(ctx.own, ctx.principal!.userId, template) : [];
  }

  @Authorized(DutyPermission.LISTS_READ)
  @Query(() => [Obligation], { description: '按党组织查看:落在该党组织的组织责任和在该党组织任职者的岗位责任,含本期和逾期未完成的' })
  async unitDuties(
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: RequestContext,
    @Arg('tenantId', () => ID, { nullable: true }) tenantId?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<Obligation[]> {
    const db = oneAgency(ctx.db, tenantId);
    const template = await listTemplate(db, { year });
    return template ? this.obligations.ofUnit(db, unitId, template) : [];
  }

  @Authorized(DutyPermission.LISTS_READ)
  @Query(() => RecordPage, { description: '履责纪实台账(按数据权限),新的在前' })
  async fulfilmentRecords(@Args() args: RecordSearchArgs, @Ctx() ctx: RequestContext): Promise<Page<FulfilmentRecord>> {
    const qb = await recordSearch(ctx.db, args);
    return toPage(await pageWithTotal(qb, args.offset, args.limit), args);
  }

  @Authorized(DutyPermission.RECORDS_REVIEW)
  @Query(() => [FulfilmentRecord], { description: '待我审核的履责纪实(本人填报的除外),先交的在前' })
  reviewQueue(@Ctx() ctx: RequestContext): Promise<FulfilmentRecord[]> {
    const qb = ctx.db.repo(FulfilmentRecord).queryBuilder('r');
    qb.andWhere('r.current = :yes AND r.status = :submitted AND r.recordedById <> :me', { yes: true, submitted: RecordStatus.SUBMITTED, me: ctx.principal!.userId });
    return qb.orderBy('r.submittedAt', 'ASC').addOrderBy('r.id').limit(REVIEW_QUEUE_LIMIT).getMany();
  }

  @Authorized()
  @Query(() => [FulfilmentRecord], { description: '一条纪实的全部版本(退回、重报和更正均保留),旧的在前' })
  fulfilmentHistory(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<FulfilmentRecord[]> {
    return this.records.history(ctx.db, id);
  }

  @Authorized(DutyPermission.RECORDS_WRITE)
  @Mutation(() => FulfilmentRecord, { description: '填报履责纪实(逾期后仍可填报,标记逾期完成);被退回的重新报送为新版本' })
  submitFulfilmentRecord(@Arg('input') input: SubmitRecordInput, @Ctx() ctx: RequestContext): Promise<FulfilmentRecord> {
    return this.records.submit(ctx.db, recorder(ctx), input);
  }

  @Authorized(DutyPermission.RECORDS_WRITE)
  @Mutation(() => FulfilmentRecord, { description: '更正已报送的纪实:生成新版本,原版本保留' })
  correctFulfilmentRecord(@Arg('id', () => ID) id: string, @Arg('input') input: CorrectRecordInput, @Ctx() ctx: RequestContext): Promise<FulfilmentRecord> {
    return this.records.correct(ctx.db, recorder(ctx), id, input);
  }

  @Authorized(DutyPermission.RECORDS_REVIEW)
  @Mutation(() => FulfilmentRecord, { description: '审核履责纪实:通过,或退回并填写意见' })
  reviewFulfilmentRecord(
    @Arg('id', () => ID) id: string,
    @Arg('accept') accept: boolean,
    @Ctx() ctx: RequestContext,
    @Arg('comment', () => String, { nullable: true }) comment?: string,
  ): Promise<FulfilmentRecord> {
    return this.records.review(ctx.db, ctx.principal!.userId, id, accept, comment ?? null);
  }

  @FieldResolver(() => Duty, { nullable: true, description: '责任事项' })
  async duty(@Root() record: FulfilmentRecord, @Ctx() ctx: RequestContext): Promise<Duty | null> {
    const loader = ctx.loaders.get('duty.byRef', ctx.db, async (db: TenantDb, keys: readonly string[]) => {
      const found = await this.lists.dutiesByRef(db, keys.map((k) => ({ tenantId: k.split('|')[0], dutyId: k.split('|')[1] })));
      return keys.map((k) => found.get(k) ?? null);
    });
    return loader.load(`${record.tenantId}|${record.dutyId}`);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@Root() record: FulfilmentRecord, @Ctx() ctx: RequestContext): Promise<OrgUnit | null> {
    return orgLoaders.unit(ctx).load(record.unitId);
  }

  @FieldResolver(() => PartyMember, { nullable: true, description: '个人责任的党员' })
  async member(@Root() record: FulfilmentRecord, @Ctx() ctx: RequestContext): Promise<PartyMember | null> {
    return record.memberId ? orgLoaders.member(ctx).load(record.memberId) : null;
  }

  @FieldResolver(() => [StoredFile], { description: '印证资料文件(本人可见的)' })
  files(@Root() record: FulfilmentRecord, @Ctx() ctx: RequestContext): Promise<StoredFile[]> {
    return evidenceFiles(ctx, record.evidence);
  }

  @FieldResolver(() => Boolean, { description: '印证资料是否仍与提交时一致(SHA-256 未变)' })
  evidenceIntact(@Root() record: FulfilmentRecord, @Ctx() ctx: RequestContext): Promise<boolean> {
    return evidenceIntact(ctx, record.evidence);
  }
}

@Resolver(() => Obligation)
export class ObligationResolver {
  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@Root() o: Obligation, @Ctx() ctx: RequestContext): Promise<OrgUnit | null> {
    return orgLoaders.unit(ctx).load(o.unitId);
  }

  @FieldResolver(() => PartyMember, { nullable: true, description: '现在为它负责的党员' })
  async holder(@Root() o: Obligation, @Ctx() ctx: RequestContext): Promise<PartyMember | null> {
    return o.holderMemberId ? orgLoaders.member(ctx).load(o.holderMemberId) : null;
  }
}

