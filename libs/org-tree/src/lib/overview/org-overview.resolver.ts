import { Authorized, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { TenantKind } from '@zeren/tenancy';
import { OrgPermission } from '../org-tree.permissions';
import { OrgUnitKind } from '../org-unit/org-unit-kind.enum';
import { OrgOverviewService, type AgencyFigures, type OrgFigures } from './org-overview.service';

@ObjectType({ description: '某类党组织的数量' })
export class OrgUnitKindCount {
  @Field(() => OrgUnitKind)
  kind: OrgUnitKind;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: '一个单位的组织建设概况' })
export class AgencyOrgFigures implements AgencyFigures {
  @Field(() => ID, { description: '单位' })
  tenantId: string;

  @Field({ description: '单位名称' })
  tenantName: string;

  @Field(() => TenantKind, { description: '单位类型:部门单位;工委自身有党组织或党员时也列出一行' })
  tenantKind: TenantKind;

  @Field(() => Int, { description: '现存党组织数' })
  units: number;

  @Field(() => Int, { description: '在册党员数' })
  members: number;

  @Field(() => Int, { description: '现存党支部数' })
  branches: number;

  @Field(() => [OrgUnitKindCount], { description: '各类现存党组织数' })
  unitsByKind: OrgUnitKindCount[];

  @Field(() => Int, { description: '其中预备党员数' })
  probationaryMembers: number;

  @Field(() => Int, { description: '现任党支部书记数(只计党支部,与总数口径相同)' })
  branchSecretaries: number;

  @Field(() => Int, { description: '由班子成员担任的党支部书记数' })
  branchSecretariesInLeadership: number;

  @Field(() => Float, { description: '班子成员担任党支部书记的比例(%,保留一位小数;无党支部书记时为 0)' })
  branchSecretaryLeadershipShare: number;

  @Field(() => Int, { description: '专兼职党务干部数(按人计)' })
  partyAffairsCadres: number;

  @Field({ description: '是否设立机关党委(现存)' })
  hasOrganCommittee: boolean;

  @Field({ description: '机关党委是否配备专职副书记(现任)' })
  hasFullTimeDeputy: boolean;
}

@ObjectType({ description: '组织建设概况(实时):工委看全部单位,部门单位看本单位' })
export class OrgOverview implements OrgFigures {
  @Field(() => Int, { description: '部门单位数' })
  agencies: number;

  @Field(() => [OrgUnitKindCount], { description: '各类现存党组织数' })
  unitsByKind: OrgUnitKindCount[];

  @Field(() => Int, { description: '在册党员数' })
  members: number;

  @Field(() => Int, { description: '其中预备党员数' })
  probationaryMembers: number;

  @Field(() => Int, { description: '现任党支部书记数(只计党支部;党总支书记、党小组组长和行动支部书记不计)' })
  branchSecretaries: number;

  @Field(() => Int, { description: '由班子成员担任的党支部书记数' })
  branchSecretariesInLeadership: number;

  @Field(() => Float, { description: '班子成员担任党支部书记的比例(%,保留一位小数)' })
  branchSecretaryLeadershipShare: number;

  @Field(() => Int, { description: '专兼职党务干部总数(按人计)' })
  partyAffairsCadres: number;

  @Field(() => Int, { description: '其中专职' })
  fullTimeCadres: number;

  @Field(() => Int, { description: '其中兼职' })
  partTimeCadres: number;

  @Field(() => Int, { description: '现存行动支部数' })
  actionBranches: number;

  @Field(() => Int, { description: '设立机关党委的单位数' })
  agenciesWithOrganCommittee: number;

  @Field(() => Int, { description: '其中配备专职副书记的单位数' })
  agenciesWithFullTimeDeputy: number;
}

@Resolver(() => OrgOverview)
export class OrgOverviewResolver {
  constructor(private readonly overview: OrgOverviewService) {}

  @Authorized(OrgPermission.OVERVIEW_READ)
  @Query(() => OrgOverview, { description: '组织建设概况' })
  orgOverview(@Ctx() ctx: RequestContext): Promise<OrgFigures> {
    return this.overview.figures(ctx.db);
  }

  // A field of its own so the figures above do not pay for it unless a page asks.
  @FieldResolver(() => [AgencyOrgFigures], { description: '按单位(范围内的全部部门单位,尚无党组织的也列出):党组织、党员、党支部书记、党务干部和机关党委配备情况;党组织多的单位在前' })
  byAgency(@Ctx() ctx: RequestContext): Promise<AgencyFigures[]> {
    return this.overview.byAgency(ctx.db);
  }
}
