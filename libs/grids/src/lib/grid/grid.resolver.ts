import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { User, tenantLoader, userLoader, type RequestContext } from '@zeren/auth';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { Tenant, byKeys, groupByKeys } from '@zeren/tenancy';
import { GridsPermission } from '../grids.permissions';
import { Grid, GridLiaison, GridMembership } from './grid.entity';
import { GridService } from './grid.service';
import { AssignAgenciesInput, GridInput } from './dto/grid.input';

const present = <T>(items: (T | null)[]): T[] => items.filter((x): x is T => x !== null);

@Resolver(() => Grid)
export class GridResolver {
  constructor(private readonly service: GridService) {}

  @Authorized(GridsPermission.READ)
  @Query(() => [Grid], { description: '网格(各网格的单位只列读者范围内的)' })
  grids(@Ctx() ctx: RequestContext): Promise<Grid[]> {
    return this.service.grids(ctx.db);
  }

  @Authorized(GridsPermission.READ)
  @Query(() => Grid, { description: '一个网格' })
  grid(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Grid> {
    return this.service.grid(ctx.db, id);
  }

  @Authorized(GridsPermission.READ)
  @Query(() => [Tenant], { description: '尚未划入网格的在用单位' })
  agenciesWithoutGrid(@Ctx() ctx: RequestContext): Promise<Tenant[]> {
    return this.service.agenciesWithoutGrid(ctx.db);
  }

  @Authorized(GridsPermission.READ)
  @Query(() => [GridMembership], { description: '单位的网格调整记录,最近的在前' })
  gridHistory(@Arg('agencyId', () => ID) agencyId: string, @Ctx() ctx: RequestContext): Promise<GridMembership[]> {
    return this.service.history(ctx.db, agencyId);
  }

  @FieldResolver(() => User, { nullable: true, description: '网格负责人' })
  leader(@Root() grid: Grid, @Ctx() ctx: RequestContext) {
    return userLoader(ctx).load(grid.leaderUserId);
  }

  @FieldResolver(() => [User], { description: '网格联系人' })
  async liaisons(@Root() grid: Grid, @Ctx() ctx: RequestContext): Promise<User[]> {
    const rows = await ctx.loaders
      .get<string, GridLiaison[]>('grids.liaisons', ctx.db, async (db, ids) => groupByKeys(ids, await this.service.liaisons(db, ids), (l) => l.gridId))
      .load(grid.id);
    return present(await Promise.all(rows.map((l) => userLoader(ctx).load(l.userId))));
  }

  @FieldResolver(() => [GridMembership], { description: '现有单位(在读者范围内)' })
  async members(@Root() grid: Grid, @Ctx() ctx: RequestContext): Promise<GridMembership[]> {
    return ctx.loaders
      .get<string, GridMembership[]>('grids.members', ctx.db, async (db, ids) => groupByKeys(ids, await this.service.currentMembers(db, ids), (m) => m.gridId))
      .load(grid.id);
  }

  @FieldResolver(() => [Tenant], { description: '现有单位(在读者范围内)' })
  async agencies(@Root() grid: Grid, @Ctx() ctx: RequestContext): Promise<Tenant[]> {
    const members = await this.members(grid, ctx);
    return present(await Promise.all(members.map((m) => tenantLoader(ctx).load(m.agencyId))));
  }

  @Authorized(GridsPermission.MANAGE)
  @Mutation(() => Grid, { description: '新建网格' })
  createGrid(@Arg('input') input: GridInput, @Ctx() ctx: RequestContext): Promise<Grid> {
    return this.service.create(ctx.db, input);
  }

  @Authorized(GridsPermission.MANAGE)
  @Mutation(() => Grid, { description: '修改网格' })
  updateGrid(@Arg('id', () => ID) id: string, @Arg('input') input: GridInput, @Ctx() ctx: RequestContext): Promise<Grid> {
    return this.service.update(ctx.db, id, input);
  }

  @Authorized(GridsPermission.MANAGE)
  @Mutation(() => Grid, { description: '删除没有单位的网格' })
  removeGrid(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Grid> {
    return this.service.remove(ctx.db, id);
  }

  @Authorized(GridsPermission.MANAGE)
  @Mutation(() => Grid, { description: '把单位划入网格;已在其他网格的单位当日调出' })
  assignAgenciesToGrid(@Arg('gridId', () => ID) gridId: string, @Arg('input') input: AssignAgenciesInput, @Ctx() ctx: RequestContext): Promise<Grid> {
    return this.service.assign(ctx.db, gridId, input);
  }

  @Authorized(GridsPermission.MANAGE)
  @Mutation(() => GridMembership, { description: '把单位调出网格' })
  removeAgencyFromGrid(
    @Arg('agencyId', () => ID) agencyId: string,
    @Arg('on', () => LocalDateScalar, { description: '调出日期' }) on: string,
    @Ctx() ctx: RequestContext,
  ): Promise<GridMembership> {
    return this.service.removeAgency(ctx.db, agencyId, on);
  }

  @Authorized(GridsPermission.MANAGE)
  @Mutation(() => Grid, { description: '设置网格联系人(整体替换)' })
  setGridLiaisons(@Arg('gridId', () => ID) gridId: string, @Arg('userIds', () => [ID]) userIds: string[], @Ctx() ctx: RequestContext): Promise<Grid> {
    return this.service.setLiaisons(ctx.db, gridId, userIds);
  }
}

@Resolver(() => GridMembership)
export class GridMembershipResolver {
  @FieldResolver(() => Grid, { nullable: true, description: '网格;已删除的网格为空' })
  grid(@Root() row: GridMembership, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, Grid | null>('grids.grid', ctx.db, async (db, ids) => byKeys(ids, await db.reference(Grid).find({ where: { id: In([...ids]) } }), (g) => g.id))
      .load(row.gridId);
  }

  @FieldResolver(() => Tenant, { nullable: true, description: '单位' })
  agency(@Root() row: GridMembership, @Ctx() ctx: RequestContext) {
    return tenantLoader(ctx).load(row.agencyId);
  }
}
