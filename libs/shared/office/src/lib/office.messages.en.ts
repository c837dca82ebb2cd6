import type { MessageCatalogue } from '@zeren/shared-errors';

/** English for this lib's zh-CN messages (those of the sheet import are in org-tree's, which shares them). */
export const officeMessages: MessageCatalogue = {
  '符合条件的{what}有 {#total} 条,一次最多导出 {#max} 条,请缩小筛选范围': '{total} {what} match; at most {max} can be exported at once, please narrow the filters',
};
