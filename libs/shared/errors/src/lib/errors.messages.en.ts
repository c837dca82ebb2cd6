import type { MessageCatalogue } from './message-catalogue';

/** English for this lib's zh-CN messages (see MessageCatalogue). */
export const errorsMessages: MessageCatalogue = {
  请先登录: 'Please sign in first',
  没有执行此操作的权限: 'You are not allowed to do this',
  记录: 'Record',
  '{what}不存在': '{what} not found',
};
