import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { PageArgs, type Page } from '@zeren/shared-graphql';
import { SiteMessage } from '../site-message.entity';

export const MAX_MARK_IDS = 200;

@ArgsType()
export class SiteMessageArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: '只看未读' })
  unreadOnly = false;
}

@ObjectType({ description: '我的站内消息(分页),附未读数' })
export class SiteMessagePage implements Page<SiteMessage> {
  @Field(() => [SiteMessage])
  items: SiteMessage[];

  @Field(() => Int, { description: '符合条件的总数' })
  total: number;

  @Field(() => Int)
  offset: number;

  @Field(() => Int)
  limit: number;

  @Field(() => Int, { description: '未读消息数' })
  unread: number;
}

@ObjectType({ description: '标记已读的结果' })
export class SiteMessageReadResult {
  @Field(() => Int, { description: '本次标记为已读的条数' })
  marked: number;

  @Field(() => Int, { description: '剩余未读消息数' })
  unread: number;
}
