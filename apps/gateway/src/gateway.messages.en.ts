import type { MessageCatalogue } from '@zeren/shared-errors';

/** English for the gateway's own zh-CN messages (see MessageCatalogue in @zeren/shared-errors). */
export const gatewayMessages: MessageCatalogue = {
  '不支持订阅(subscription)操作,请改用查询或变更': 'Subscriptions are not supported: use a query or a mutation',
  '请求体不是有效的 JSON': 'The request body is not valid JSON',
  请求在传输中断开: 'The request was cut off in transit',
  请求体长度与声明不符: 'The request body’s length differs from the one declared',
  请求体过大: 'The request body is too large',
  '请求体须为 UTF-8 编码的 JSON': 'The request body must be JSON in UTF-8',
  '不支持该内容编码(Content-Encoding)': 'This Content-Encoding is not supported',
};
