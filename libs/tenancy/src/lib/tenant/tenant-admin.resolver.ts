import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { TenantDb } from '../scoped-db/tenant-db';
import { TenancyPermission } from '../tenancy.permissions';
import { Tenant, TenantStatus } from './tenant.entity';
import { TenantAdminService } from './tenant-admin.service';

/** The part of the request context tenancy reads (libs/auth builds the whole of it). */
export interface ScopedContext {
  db: TenantDb;
}

@Resolver()
export class TenantAdminResolver {
  constructor(private readonly admin: TenantAdminService) {}

  @Authorized()
  @Query(() => [Tenant], { description: '可见的单位:工委看全部,部门单位只看自己' })
  tenants(@Ctx() ctx: ScopedContext): Promise<Tenant[]> {
    return this.admin.listTenants(ctx.db);
  }

  @Authorized()
  @Query(() => Tenant, { description: '一个单位' })
  tenant(@Arg('id', () => ID) id: string, @Ctx() ctx: ScopedContext): Promise<Tenant> {
    return this.admin.getTenant(ctx.db, id);
  }

  @Authorized(TenancyPermission.TENANTS_MANAGE)
  @Mutation(() => Tenant, { description: '启用或停用部门单位;停用后其用户不能登录' })
  setTenantStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => TenantStatus) status: TenantStatus,
    @Ctx() ctx: ScopedContext,
  ): Promise<Tenant> {
    return this.admin.setTenantStatus(ctx.db, id, status);
  }
}
