import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { Tenant, TenantStatus, AuditEntry } from '@zeren/tenancy';
import { PageArgs, Paginated, toPage, type Page } from '@zeren/shared-graphql';
import { Role } from '../session/role.enum';
import { CurrentPrincipal } from '../session/context.decorators';
import type { Principal } from '../session/principal';
import type { RequestContext } from '../session/request-context';
import { User } from './user.entity';
import { UserAdminService } from './user-admin.service';
import { AuditFilterArgs, CreateTenantInput, CreateUserInput, UpdateUserInput } from './dto/user.input';

const UserPage = Paginated(User);
const AuditEntryPage = Paginated(AuditEntry);

@ArgsType()
class UserSearchArgs extends PageArgs {
  @Field({ nullable: true, description: '按登录名或姓名搜索' })
  @IsOptional()
  @MaxLength(64)
  search?: string;
}

@ArgsType()
class AuditPageArgs extends PageArgs {}

const ADMINS = [Role.COMMITTEE_ADMIN, Role.TENANT_ADMIN];
const USER_READERS = [...ADMINS, Role.COMMITTEE_LEADER];

@Resolver()
export class UserResolver {
  constructor(private readonly admin: UserAdminService) {}

  @Authorized()
  @Query(() => [Tenant], { description: '可见的单位:工委看全部,部门单位只看自己' })
  tenants(@Ctx() ctx: RequestContext): Promise<Tenant[]> {
    return this.admin.listTenants(ctx.db);
  }

  @Authorized()
  @Query(() => Tenant, { description: '一个单位' })
  tenant(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Tenant> {
    return this.admin.getTenant(ctx.db, id);
  }

  @Authorized(Role.COMMITTEE_ADMIN)
  @Mutation(() => Tenant, { description: '工委新建部门单位及其第一位管理员' })
  createTenant(@Arg('input') input: CreateTenantInput, @Ctx() ctx: RequestContext): Promise<Tenant> {
    return this.admin.createTenant(ctx.db, input);
  }

  @Authorized(Role.COMMITTEE_ADMIN)
  @Mutation(() => Tenant, { description: '启用或停用部门单位;停用后其用户不能登录' })
  setTenantStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => TenantStatus) status: TenantStatus,
    @Ctx() ctx: RequestContext,
  ): Promise<Tenant> {
    return this.admin.setTenantStatus(ctx.db, id, status);
  }

  @Authorized(...USER_READERS)
  @Query(() => UserPage, { description: '用户列表:单位管理员看本单位,工委看全部' })
  async users(@Args() args: UserSearchArgs, @Ctx() ctx: RequestContext): Promise<Page<User>> {
    return toPage(await this.admin.listUsers(ctx.db, args.search, args), args);
  }

  @Authorized(...ADMINS)
  @Mutation(() => User, { description: '在本单位新建用户' })
  createUser(@Arg('input') input: CreateUserInput, @CurrentPrincipal() principal: Principal, @Ctx() ctx: RequestContext): Promise<User> {
    return this.admin.createUser(ctx.db, principal, input);
  }

  @Authorized(...ADMINS)
  @Mutation(() => User, { description: '修改用户的姓名、角色或停用状态' })
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateUserInput,
    @CurrentPrincipal() principal: Principal,
    @Ctx() ctx: RequestContext,
  ): Promise<User> {
    return this.admin.updateUser(ctx.db, principal, id, input);
  }

  @Authorized(...ADMINS)
  @Mutation(() => User, { description: '管理员重置用户密码;该用户之前的令牌全部失效' })
  resetUserPassword(
    @Arg('id', () => ID) id: string,
    @Arg('password') password: string,
    @CurrentPrincipal() principal: Principal,
    @Ctx() ctx: RequestContext,
  ): Promise<User> {
    return this.admin.resetPassword(ctx.db, principal, id, password);
  }

  @Authorized(...USER_READERS)
  @Query(() => AuditEntryPage, { description: '审计日志,新的在前' })
  async auditLog(@Args() filter: AuditFilterArgs, @Args() page: AuditPageArgs, @Ctx() ctx: RequestContext): Promise<Page<AuditEntry>> {
    return toPage(await ctx.db.listAudit(filter, page), page);
  }
}
