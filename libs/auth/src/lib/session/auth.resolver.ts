import { Arg, Authorized, Ctx, Extensions, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Tenant } from '@zeren/tenancy';
import { tenantLoader } from './tenant.loader';
import { User } from '../user/user.entity';
import { ChangePasswordInput } from '../user/dto/change-password.input';
import { AuthService } from './auth.service';
import { CurrentPrincipal } from './context.decorators';
import type { Principal } from './principal';
import { Role } from './role.enum';
import type { RequestContext } from './request-context';

@ObjectType({ description: '登录结果' })
export class LoginPayload {
  @Field({ description: '放在 Authorization: Bearer 头中的令牌' })
  token: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => User)
  user: User;
}

@ObjectType({ description: '一项权限' })
export class PermissionInfo {
  @Field({ description: '权限名,如 org.units.manage' })
  name: string;

  @Field({ description: '说明' })
  label: string;

  @Field(() => [Role])
  roles: Role[];
}

function ownDb(ctx: RequestContext, principal: Principal) {
  if (!ctx.own) throw new Error(`No own-row handle for ${principal.username}`);
  return ctx.own;
}

@Resolver(() => User)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  // The service audits both outcomes under the auth event name, so the mutation audit skips it.
  @Extensions({ auditedByService: true })
  @Mutation(() => LoginPayload, { description: '登录' })
  login(@Arg('username') username: string, @Arg('password') password: string, @Ctx() ctx: RequestContext): Promise<LoginPayload> {
    return this.auth.login(ctx.db, username, password, ctx.ip, ctx.requestId);
  }

  @Authorized()
  @Query(() => User, { description: '当前登录用户' })
  me(@CurrentPrincipal() principal: Principal, @Ctx() ctx: RequestContext): Promise<User> {
    return ownDb(ctx, principal).repo(User).get(principal.userId, '用户');
  }

  @Authorized()
  @Query(() => [PermissionInfo], { description: '权限目录:每项权限及拥有它的角色' })
  permissionCatalogue(): PermissionInfo[] {
    return this.auth.permissions.list().map((p) => ({ ...p, roles: [...p.roles] }));
  }

  @FieldResolver(() => [String], { description: '该用户的角色拥有的权限(门户据此显示菜单和按钮)' })
  permissions(@Root() user: User): string[] {
    return [...this.auth.permissions.permissionsOf(user.roles)].sort();
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '修改自己的密码;之前签发的令牌全部失效' })
  async changePassword(
    @Arg('input') input: ChangePasswordInput,
    @CurrentPrincipal() principal: Principal,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    await this.auth.changePassword(ctx.db, principal, input.currentPassword, input.newPassword);
    return true;
  }

  @FieldResolver(() => Tenant, { description: '所属单位' })
  tenant(@Root() user: User, @Ctx() ctx: RequestContext): Tenant | null | Promise<Tenant | null> {
    return tenantLoader(ctx).load(user.tenantId);
  }
}
