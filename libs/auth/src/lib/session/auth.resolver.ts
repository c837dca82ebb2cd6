import { Arg, Authorized, Ctx, Extensions, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { Tenant, byKeys } from '@zeren/tenancy';
import { User } from '../user/user.entity';
import { ChangePasswordInput } from '../user/dto/change-password.input';
import { AuthService } from './auth.service';
import { CurrentPrincipal } from './context.decorators';
import { ownRowScope, type Principal } from './principal';
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
    return ctx.db.withScope(ownRowScope(principal)).repo(User).get(principal.userId, '用户');
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
  tenant(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Tenant | null> {
    return ctx.loaders
      .get<string, Tenant | null>('tenant.byId', ctx.db, async (db, ids) =>
        byKeys(ids, await db.global(Tenant).findBy({ id: In([...ids]) }), (t) => t.id),
      )
      .load(user.tenantId);
  }
}
