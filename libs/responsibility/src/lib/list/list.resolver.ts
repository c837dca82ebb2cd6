import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { OrgUnit, PartyMember, PostAssignment, PostType, orgLoaders } from '@zeren/org-tree';
import type { TenantDb } from '@zeren/tenancy';
import { DutyPermission } from '../responsibility.permissions';
import { AgencyStructure, isMemberDuty } from './agency-structure';
import { DutySpecInput } from '../duty/dto/duty-spec.input';
import { AgencyListService } from './agency-list.service';
import { ObligationService } from '../fulfilment/obligation.service';
import { Duty } from './duty.type';
import { AgencyDutyList } from './agency-duty-list.entity';
import { TightenDutyInput } from './dto/tightening.input';
import { listTemplate } from './current-template';
import { oneAgency } from './one-agency';

@ObjectType({ description: '事项的现任责任主体' })
export class DutyHolder {
  @Field(() => ID)
  unitId: string;

  @Field(() => ID, { nullable: true, description: '个人责任的党员;组织责任和书记岗位为空' })
  memberId: string | null;

  @Field(() => ID, { nullable: true, description: '现在为它负责的党员;空缺为空' })
  holderMemberId: string | null;
}

@Resolver(() => Duty)
export class ListResolver {
  constructor(
    private readonly lists: AgencyListService,
    private readonly obligations: ObligationService,
  ) {}

  @Authorized(DutyPermission.LISTS_READ)
  @Query(() => [Duty], { description: '单位责任清单:工委规定事项(含本单位从严要求)和本单位自定事项;未下达时为空' })
  async agencyDuties(
    @Ctx() ctx: RequestContext,
    @Arg('tenantId', () => ID, { nullable: true, description: '单位(工委查看时必填)' }) tenantId?: string,
    @Arg('templateId', () => ID, { nullable: true }) templateId?: string,
    @Arg('year', () => Int, { nullable: true, description: '年度,默认今年' }) year?: number,
    @Arg('postCode', { nullable: true, description: '只看某一岗位的事项' }) postCode?: string,
  ): Promise<Duty[]> {
    const db = oneAgency(ctx.db, tenantId);
    const template = await listTemplate(db, { templateId, year });
    if (!template) return [];
    const duties = await this.lists.duties(db, template.id);
    return postCode ? duties.filter((d) => d.postCode === postCode) : duties;
  }

  @Authorized(DutyPermission.LISTS_READ)
  @Query(() => [AgencyDutyList], { description: '单位收到的各年度责任清单,新的在前' })
  agencyDutyLists(@Ctx() ctx: RequestContext, @Arg('tenantId', () => ID, { nullable: true }) tenantId?: string): Promise<AgencyDutyList[]> {
    return oneAgency(ctx.db, tenantId).repo(AgencyDutyList).find({ order: { year: 'DESC' } });
  }

  @FieldResolver(() => [DutyHolder], { description: '现任责任主体(随岗位任职变化)' })
  async holders(@Root() duty: Duty, @Ctx() ctx: RequestContext): Promise<DutyHolder[]> {
    // One read of the agency's structure for every duty of the page (a member duty needs the register too).
    const db = oneAgency(ctx.db, duty.tenantId);
    const structure = await ctx.loaders
      .get('duty.structure', db, (scoped: TenantDb, keys: readonly string[]) => Promise.all(keys.map((k) => AgencyStructure.load(scoped, { members: k === 'members' }))))
      .load(isMemberDuty(duty) ? 'members' : 'posts');
    return structure.subjects(duty);
  }

  @FieldResolver(() => PostType, { nullable: true, description: '责任岗位' })
  async post(@Root() duty: Duty, @Ctx() ctx: RequestContext): Promise<PostType | null> {
    return orgLoaders.postType(ctx).load(duty.postCode);
  }

  @Authorized(DutyPermission.LISTS_READ)
  @Query(() => [PostAssignment], { description: '某党组织某岗位的历任(含已结束),新的在前:谁在何时负责' })
  dutyPostHistory(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('postCode') postCode: string,
    @Ctx() ctx: RequestContext,
    @Arg('tenantId', () => ID, { nullable: true }) tenantId?: string,
  ): Promise<PostAssignment[]> {
    return this.obligations.postHistory(oneAgency(ctx.db, tenantId), unitId, postCode);
  }

  @Authorized(DutyPermission.LISTS_MANAGE)
  @Mutation(() => Duty, { description: '本单位自定事项:新增' })
  addAgencyDuty(@Arg('listId', () => ID, { description: '本单位的年度责任清单' }) listId: string, @Arg('input') input: DutySpecInput, @Ctx() ctx: RequestContext): Promise<Duty> {
    return this.lists.addOwn(ctx.db, listId, input);
  }

  @Authorized(DutyPermission.LISTS_MANAGE)
  @Mutation(() => Duty, { description: '本单位自定事项:修改' })
  updateAgencyDuty(@Arg('id', () => ID) id: string, @Arg('input') input: DutySpecInput, @Ctx() ctx: RequestContext): Promise<Duty> {
    return this.lists.updateOwn(ctx.db, id, input);
  }

  @Authorized(DutyPermission.LISTS_MANAGE)
  @Mutation(() => Duty, { description: '本单位自定事项:删除(已有纪实的不能删除;工委规定事项不能删除)' })
  removeAgencyDuty(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Duty> {
    return this.lists.removeOwn(ctx.db, id);
  }

  @Authorized(DutyPermission.LISTS_MANAGE)
  @Mutation(() => Duty, { description: '对工委规定事项从严要求(提前时限、增加印证资料、补充要求)' })
  tightenDuty(@Arg('itemId', () => ID) itemId: string, @Arg('input') input: TightenDutyInput, @Ctx() ctx: RequestContext): Promise<Duty> {
    return this.lists.tighten(ctx.db, itemId, input);
  }

  @Authorized(DutyPermission.LISTS_MANAGE)
  @Mutation(() => Duty, { description: '取消本单位对规定事项的从严要求' })
  clearDutyTightening(@Arg('itemId', () => ID) itemId: string, @Ctx() ctx: RequestContext): Promise<Duty> {
    return this.lists.clearTightening(ctx.db, itemId);
  }
}

@Resolver(() => DutyHolder)
export class DutyHolderResolver {
  @FieldResolver(() => OrgUnit, { nullable: true })
  async unit(@Root() holder: DutyHolder, @Ctx() ctx: RequestContext): Promise<OrgUnit | null> {
    return orgLoaders.unit(ctx).load(holder.unitId);
  }

  @FieldResolver(() => PartyMember, { nullable: true, description: '现在为它负责的党员' })
  async holder(@Root() holder: DutyHolder, @Ctx() ctx: RequestContext): Promise<PartyMember | null> {
    return holder.holderMemberId ? orgLoaders.member(ctx).load(holder.holderMemberId) : null;
  }
}
