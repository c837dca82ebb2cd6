import type { MessageCatalogue } from '@zeren/shared-errors';

/** English for the sheets' zh-CN messages (spread into responsibilityMessages); those the member import shares are in org-tree's. */
export const exportMessages: MessageCatalogue = {
  '“{header}”': '“{header}”',
  '一次最多导入 {#max} 行': 'At most {max} rows can be imported at once',
  表格中没有责任事项: 'The sheet has no duties',
  没有数据行: 'No data rows',
  只能向草稿模板导入事项: 'Duties can be imported into a draft template only',
  不正确: 'is not valid',
  须为整数: 'must be a whole number',
  岗位目录中没有这个岗位: 'is not a post of the post catalogue',
  '“{value}”不正确,{rule},多个用“、”分隔': '“{value}” is not valid: {rule}; separate several with “、”',
  '须为周期末后的天数(如 5、0、-3)或一次性事项的日期(如 2026-06-30)':
    "must be the days after the period's end (such as 5, 0, -3) or, for a one-off duty, a date (such as 2026-06-30)",
  '导入失败:共 {#count} 处错误,未导入任何事项': 'Import failed: {count} errors, no duty was imported',
  // What the ledger's row cap counts (see assertExportable in @zeren/shared-office).
  纪实: 'records',
  图片: 'image',
  'Word/Excel 文档': 'Word/Excel document',
  是: 'yes',
  否: 'no',
  履责纪实台账: 'Fulfilment record ledger',
  '{#year}年度责任清单': 'Duty list {year}',
};
