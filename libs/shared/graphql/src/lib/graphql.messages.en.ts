import type { MessageCatalogue } from '@zeren/shared-errors';

/** English for this lib's zh-CN messages (see MessageCatalogue). */
export const graphqlMessages: MessageCatalogue = {
  '日期格式应为 YYYY-MM-DD': 'Dates are written YYYY-MM-DD',
  '{value} 不是有效的日期': '{value} is not a valid date',
  '日期值无效: {value}': 'Invalid date value: {value}',
  偏移量不能为负数: 'The offset cannot be negative',
  '每页至少 1 条': 'A page has at least 1 row',
  '每页最多 {#max} 条': 'A page has at most {max} rows',
  // YearField's label and refusals
  年度: 'Year',
  年度应为整数: 'The year must be a whole number',
  年度不正确: 'The year is not valid',
};
