import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { PageArgs, Paginated } from '@zeren/shared-graphql';
import { SiteMessage } from '../site-message.entity';

export const MAX_MARK_IDS = 200;

@ArgsType()
export class SiteMessageArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: '只看未读' })
  unreadOnly = false;
}

// The page fields from Paginated; its own type is never referenced, so the schema has only this one.
@ObjectType({ description: '我的站内消息(分页),附未读数' })
export class SiteMessagePage extends Paginated(SiteMessage, 'SiteMessagePageBase') {
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
