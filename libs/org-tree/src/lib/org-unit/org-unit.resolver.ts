import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import type { RequestContext } from '@zeren/auth';
import { OrgPermission } from '../org-tree.permissions';
import { PartyMember } from '../member/party-member.entity';
import { PostAssignment } from '../post/post-assignment.entity';
import { loadUnit, orgLoaders } from '../org-tree.loaders';
import { prefetchSubtree } from '../org-tree.prefetch';
import { CHILD_KINDS, MAX_DEPTH, OrgUnitKind, ROOT_KINDS } from './org-unit-kind.enum';
import { OrgUnit, ancestorIds } from './org-unit.entity';
import { OrgUnitService } from './org-unit.service';
import { CreateOrgUnitInput, UpdateOrgUnitInput } from './dto/org-unit.input';

/** Who changes a tenant's organizations, members and posts: its admin (the committee's admin, the committee's own). */

@ArgsType()
class OrgTreeArgs {
  @Field(() => ID, { nullable: true, description: '从哪个党组织开始;不填则从顶层开始' })
  @IsOptional()
  id?: string;

  @Field(() => Int, { defaultValue: 3, description: `向下展开几级,最多 ${MAX_DEPTH}` })
  @Min(0, { message: '层数不能为负数' })
  @Max(MAX_DEPTH, { message: `最多展开 ${MAX_DEPTH} 级` })
  depth = 3;

  @Field(() => Boolean, { defaultValue: false, description: '是否包括已撤销的党组织' })
  includeDissolved = false;
}

@ObjectType({ description: '一种党组织可直接设立的下级类型' })
class OrgUnitKindChildren {
  @Field(() => OrgUnitKind)
  kind: OrgUnitKind;

  @Field(() => [OrgUnitKind])
  children: OrgUnitKind[];
}

@ObjectType({ description: '党组织层级规则(门户的表单据此给出可选类型)' })
class OrgUnitRules {
  @Field(() => [OrgUnitKind], { description: '顶层党组织可取的类型' })
  rootKinds: OrgUnitKind[];

  @Field(() => [OrgUnitKindChildren], { description: '各类型可直接设立的下级类型' })
  childKinds: OrgUnitKindChildren[];

  @Field(() => Int, { description: '最深层级(顶层为 0)' })
  maxDepth: number;
}

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  constructor(private readonly units: OrgUnitService) {}

  @Authorized()
  @Query(() => [OrgUnit], { description: '顶层党组织:部门单位看本单位,工委看各单位' })
  async orgRoots(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<OrgUnit[]> {
    const roots = await this.units.roots(ctx.db);
    await prefetchSubtree(ctx, roots, info);
    return roots;
  }

  @Authorized()
  @Query(() => OrgUnit, { description: '一个党组织' })
  async orgUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<OrgUnit> {
    const unit = await loadUnit(ctx, id);
    await prefetchSubtree(ctx, [unit], info);
    return unit;
  }

  @Authorized()
  @Query(() => [OrgUnit], { description: '党组织树(按层级排列的平铺列表,用 parentId 组装)' })
  orgTree(@Args() args: OrgTreeArgs, @Ctx() ctx: RequestContext): Promise<OrgUnit[]> {
    return this.units.tree(ctx.db, args.id, args.depth, args.includeDissolved);
  }

  @Authorized()
  @Query(() => OrgUnitRules, { description: '党组织层级规则:顶层类型、各类型的下级类型、最深层级' })
  orgUnitRules(): OrgUnitRules {
    return {
      rootKinds: [...ROOT_KINDS],
      childKinds: Object.values(OrgUnitKind).map((kind) => ({ kind, children: [...CHILD_KINDS[kind]] })),
      maxDepth: MAX_DEPTH,
    };
  }

  @Authorized(OrgPermission.UNITS_MANAGE)
  @Mutation(() => OrgUnit, { description: '新建党组织' })
  createOrgUnit(@Arg('input') input: CreateOrgUnitInput, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return this.units.create(ctx.db, input);
  }

  @Authorized(OrgPermission.UNITS_MANAGE)
  @Mutation(() => OrgUnit, { description: '修改党组织' })
  updateOrgUnit(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateOrgUnitInput, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return this.units.update(ctx.db, id, input);
  }

  @Authorized(OrgPermission.UNITS_MANAGE)
  @Mutation(() => OrgUnit, { description: '把党组织连同下级组织移到另一个上级之下' })
  moveOrgUnit(
    @Arg('id', () => ID) id: string,
    @Arg('parentId', () => ID) parentId: string,
    @Arg('sortOrder', () => Int, { nullable: true }) sortOrder: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<OrgUnit> {
    return this.units.move(ctx.db, id, parentId, sortOrder ?? undefined);
  }

  @Authorized(OrgPermission.UNITS_MANAGE)
  @Mutation(() => OrgUnit, { description: '撤销党组织(须已无下级组织和在册党员)' })
  dissolveOrgUnit(
    @Arg('id', () => ID) id: string,
    @Arg('dissolvedOn', () => LocalDateScalar, { nullable: true, description: '撤销日期,默认今天' }) dissolvedOn: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<OrgUnit> {
    return this.units.dissolve(ctx.db, id, dissolvedOn ?? undefined);
  }

  @Authorized(OrgPermission.UNITS_MANAGE)
  @Mutation(() => OrgUnit, { description: '恢复已撤销的党组织' })
  restoreOrgUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return this.units.restore(ctx.db, id);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: '上级党组织' })
  parent(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext): OrgUnit | null | Promise<OrgUnit | null> {
    return unit.parentId ? orgLoaders.unit(ctx).load(unit.parentId) : null;
  }

  @FieldResolver(() => [OrgUnit], { description: '从顶层到上级的各级党组织' })
  ancestors(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext): Promise<OrgUnit[]> {
    return Promise.all(ancestorIds(unit).map((id) => orgLoaders.unit(ctx).load(id))).then((rows) => rows.filter((u): u is OrgUnit => !!u));
  }

  @FieldResolver(() => [OrgUnit], { description: '直接下级党组织' })
  children(
    @Root() unit: OrgUnit,
    @Arg('includeDissolved', { defaultValue: false, description: '是否包括已撤销的' }) includeDissolved: boolean,
    @Ctx() ctx: RequestContext,
  ): OrgUnit[] | Promise<OrgUnit[]> {
    return orgLoaders.children(ctx, includeDissolved).load(unit.id);
  }

  // The scoped layer's own write check: the portal offers a write on a unit, its members or its posts
  // only where the API would take it.
  @FieldResolver(() => Boolean, { description: '当前用户的数据范围能否写入本组织(含其党员、任职);还须有相应权限' })
  writable(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext): boolean {
    return ctx.db.repo(OrgUnit).mayWrite(unit);
  }

  @FieldResolver(() => Int, { description: '现存直接下级党组织数' })
  childCount(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext): number | Promise<number> {
    return orgLoaders.childCount(ctx).load(unit.id);
  }

  @Authorized(OrgPermission.MEMBERS_READ)
  @FieldResolver(() => [PartyMember], { description: '直接隶属本组织的在册党员(按姓名,前若干名);完整名单用 partyMembers 分页查询' })
  members(
    @Root() unit: OrgUnit,
    @Arg('first', () => Int, { defaultValue: 20, description: '最多返回几名,不超过 200' }) first: number,
    @Ctx() ctx: RequestContext,
  ): PartyMember[] | Promise<PartyMember[]> {
    return orgLoaders.members(ctx, Math.max(0, Math.min(first, 200))).load(unit.id);
  }

  @FieldResolver(() => Int, { description: '在册党员数' })
  memberCount(
    @Root() unit: OrgUnit,
    @Arg('includeDescendants', { defaultValue: false, description: '是否包括下级党组织的党员' }) includeDescendants: boolean,
    @Ctx() ctx: RequestContext,
  ): number | Promise<number> {
    return orgLoaders.memberCount(ctx, includeDescendants).load(unit.id);
  }

  @FieldResolver(() => PartyMember, { nullable: true, description: '现任书记' })
  async secretary(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext): Promise<PartyMember | null> {
    const post = await orgLoaders.secretary(ctx).load(unit.id);
    return post ? orgLoaders.member(ctx).load(post.memberId) : null;
  }

  @FieldResolver(() => [PostAssignment], { description: '本组织的现任职务' })
  posts(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext): PostAssignment[] | Promise<PostAssignment[]> {
    return orgLoaders.unitPosts(ctx).load(unit.id);
  }
}
