import type { MessageCatalogue } from '@zeren/shared-errors';

/** English for this module's zh-CN messages and labels (see MessageCatalogue in @zeren/shared-errors). */
export const gridsMessages: MessageCatalogue = {
  网格: 'Grid',
  单位: 'Agency',
  查看网格和网格单位: 'View grids and their agencies',
  '划分网格、调整网格单位和联系人': 'Divide agencies into grids, move them and set liaisons',
  请填写网格名称: 'Enter the grid’s name',
  '网格名称最多 {#max} 个字符': 'A grid’s name has at most {max} characters',
  '备注最多 {#max} 个字符': 'A note has at most {max} characters',
  排序应为整数: 'The order must be a whole number',
  排序不能为负数: 'The order cannot be negative',
  请选择单位: 'Choose the agencies',
  '一次最多调整 {#max} 个单位': 'At most {max} agencies can be moved at a time',
  已有同名的网格: 'There is already a grid with this name',
  网格负责人应为在用的工委班子成员: 'The grid’s leader must be an active member of the committee’s leadership',
  '网格联系人应为在用的、具有网格联系人角色的工委用户': 'Liaisons must be active committee users holding the grid liaison role',
  网格单位应为在用的部门单位: 'A grid’s agencies must be active agencies',
  '网格内还有单位,请先把单位调出再删除': 'The grid still has agencies: move them out before removing it',
  '调整日期不能早于该单位加入现网格的日期({date})': 'The date cannot be before the agency joined its current grid ({date})',
  请填写调整日期: 'Enter the date of the move',
  调整日期不能晚于今天: 'The date of the move cannot be later than today',
  该单位目前不在任何网格中: 'The agency is in no grid now',
  '该单位的网格已被他人调整,请刷新后重试': 'Someone else has just moved this agency: refresh and try again',
  '单位已在其他网格中,可能刚被他人调整,请刷新后重试': 'The agency is already in another grid, perhaps just moved by someone else: refresh and try again',
};
