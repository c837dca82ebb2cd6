import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { SiteMessageService } from './site-message.service';
import { SiteMessageArgs, SiteMessagePage, SiteMessageReadResult } from './dto/site-message.args';

@Resolver()
export class SiteMessageResolver {
  constructor(private readonly messages: SiteMessageService) {}

  @Authorized()
  @Query(() => SiteMessagePage, { description: '我的站内消息,新的在前;只有收件人本人能看到' })
  mySiteMessages(@Args(() => SiteMessageArgs) args: SiteMessageArgs, @Ctx() ctx: RequestContext): Promise<SiteMessagePage> {
    return this.messages.page(ctx, args);
  }

  @Authorized()
  @Query(() => Int, { description: '我的未读站内消息数' })
  myUnreadSiteMessageCount(@Ctx() ctx: RequestContext): Promise<number> {
    return this.messages.unread(ctx);
  }

  @Authorized()
  @Mutation(() => SiteMessageReadResult, { description: '把我的这些站内消息标为已读;有一条不是我的则都不改' })
  markSiteMessagesRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext): Promise<SiteMessageReadResult> {
    return this.messages.markRead(ctx, ids);
  }

  @Authorized()
  @Mutation(() => SiteMessageReadResult, { description: '把我的站内消息全部标为已读' })
  markAllSiteMessagesRead(@Ctx() ctx: RequestContext): Promise<SiteMessageReadResult> {
    return this.messages.markAllRead(ctx);
  }
}
