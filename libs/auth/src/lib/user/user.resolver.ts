import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { Tenant, TenantKind } from '@zeren/tenancy';
import { PageArgs, Paginated, toPage, type Page } from '@zeren/shared-graphql';
import { AuthPermission } from '../auth.permissions';
import { AGENCY_ROLES, COMMITTEE_ROLES, Role } from '../session/role.enum';
import { CurrentPrincipal } from '../session/context.decorators';
import type { Principal } from '../session/principal';
import type { RequestContext } from '../session/request-context';
import { User } from './user.entity';
import { UserAdminService } from './user-admin.service';
import { CreateTenantInput, CreateUserInput, UpdateUserInput } from './dto/user.input';

const UserPage = Paginated(User);

@ArgsType()
class UserSearchArgs extends PageArgs {
  @Field({ nullable: true, description: '按登录名或姓名搜索' })
  @IsOptional()
  @MaxLength(64)
  search?: string;

  @Field(() => ID, { nullable: true, description: '只看这个单位的用户(工委用;部门单位只能看到本单位)' })
  @IsOptional()
  tenantId?: string;
}

@Resolver()
export class UserResolver {
  constructor(private readonly admin: UserAdminService) {}

  @Authorized(AuthPermission.TENANTS_CREATE)
  @Mutation(() => Tenant, { description: '工委新建部门单位及其第一位管理员' })
  createTenant(@Arg('input') input: CreateTenantInput, @Ctx() ctx: RequestContext): Promise<Tenant> {
    return this.admin.createTenant(ctx.db, input);
  }

  @Authorized(AuthPermission.USERS_READ)
  @Query(() => UserPage, { description: '用户列表:单位管理员看本单位,工委看全部' })
  async users(@Args() args: UserSearchArgs, @Ctx() ctx: RequestContext): Promise<Page<User>> {
    return toPage(await this.admin.listUsers(ctx.db, args.search, args, args.tenantId), args);
  }

  // New users land in the caller's own tenant (or, for the committee admin, the agency named), whose
  // kind decides the roles they may hold (assertRolesFit).
  @Authorized(AuthPermission.USERS_MANAGE)
  @Query(() => [Role], { description: '可授予的角色:本单位(或工委管理员指定的部门单位)的用户可以担任哪些角色' })
  async assignableRoles(
    @Arg('tenantId', () => ID, { nullable: true, description: '为哪个单位开设账号;不填为本单位' }) tenantId: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Ctx() ctx: RequestContext,
  ): Promise<Role[]> {
    const kind = tenantId && tenantId !== principal.tenantId ? await this.admin.agencyKind(ctx.db, principal, tenantId) : principal.tenantKind;
    return [...(kind === TenantKind.COMMITTEE ? COMMITTEE_ROLES : AGENCY_ROLES)];
  }

  @Authorized(AuthPermission.USERS_MANAGE)
  @Mutation(() => User, { description: '在本单位新建用户' })
  createUser(@Arg('input') input: CreateUserInput, @CurrentPrincipal() principal: Principal, @Ctx() ctx: RequestContext): Promise<User> {
    return this.admin.createUser(ctx.db, principal, input);
  }

  @Authorized(AuthPermission.AGENCY_USERS_MANAGE)
  @Mutation(() => User, { description: '工委为部门单位开设账号(第一位或接任的管理员等);记入审计' })
  createAgencyUser(@Arg('tenantId', () => ID) tenantId: string, @Arg('input') input: CreateUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    return this.admin.createAgencyUser(ctx.db, tenantId, input);
  }

  @Authorized(AuthPermission.USERS_MANAGE)
  @Mutation(() => User, { description: '修改用户的姓名、角色或停用状态' })
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateUserInput,
    @CurrentPrincipal() principal: Principal,
    @Ctx() ctx: RequestContext,
  ): Promise<User> {
    return this.admin.updateUser(ctx.db, principal, id, input);
  }

  @Authorized(AuthPermission.USERS_MANAGE)
  @Mutation(() => User, { description: '管理员重置用户密码;该用户之前的令牌全部失效' })
  resetUserPassword(
    @Arg('id', () => ID) id: string,
    @Arg('password') password: string,
    @CurrentPrincipal() principal: Principal,
    @Ctx() ctx: RequestContext,
  ): Promise<User> {
    return this.admin.resetPassword(ctx.db, principal, id, password);
  }
}
