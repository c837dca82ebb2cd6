import type { MessageCatalogue } from '@zeren/shared-errors';

/** English for this lib's zh-CN messages (see MessageCatalogue). */
export const apiMessages: MessageCatalogue = {
  '服务暂时不可用,请稍后再试': 'The service is unavailable for a moment: please try again shortly',
  输入有误: 'The input is not valid',
  '输入有误的值过多,已停止检查': 'Too many invalid values: checking stopped',
  '服务器内部错误,请稍后再试': 'Internal server error: please try again later',
  '{label}不能为空': '{label} cannot be empty',
};
