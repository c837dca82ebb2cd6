import type { MessageCatalogue } from '@zeren/shared-errors';

/** English for 讲台活动's and the automatic points' zh-CN messages and labels. */
export const activityMessages: MessageCatalogue = {
  // Enums
  讲台活动类型: 'Kind of session',
  人人上讲台: 'Everyone on the stage',
  学理论: 'Studying theory',
  谈感悟: 'Sharing reflections',
  述工作: 'Reporting on work',
  讲台活动状态: 'Session status',
  已计划: 'Planned',
  已举行: 'Held',
  已取消: 'Cancelled',
  自动积分触发: 'Automatic points trigger',
  参加讲台活动: 'Attending a session',
  讲台活动主讲: 'Speaking at a session',
  履责纪实通过: 'Duty fulfilment record approved',
  自动积分: 'Automatic',
  // Permissions
  查看讲台活动: 'Read stage sessions',
  组织讲台活动: 'Organise stage sessions',
  // Sessions
  讲台活动: 'Stage session',
  请填写主题: 'Enter the topic',
  '主题最多 {n} 个字符': 'The topic is at most {n} characters',
  请填写地点: 'Enter the place',
  '地点最多 {n} 个字符': 'The place is at most {n} characters',
  '备注最多 {n} 个字符': 'The notes are at most {n} characters',
  '活动材料最多 {n} 件': 'At most {n} materials',
  '最多 {n} 人': 'At most {n} people',
  请填写取消理由: 'Enter the reason for the cancellation',
  讲台活动应属于一个党支部: 'A session belongs to a party branch',
  请选择至少一名主讲人: 'Choose at least one speaker',
  '所选党员应为{unit}的在册党员': 'The members chosen must be active members of {unit}',
  只能修改已计划的活动: 'Only a planned session can be changed',
  只能将已计划的活动记为已举行: 'Only a planned session can be recorded as held',
  '活动日期晚于今天,不能记为已举行': 'The session is dated after today and cannot be recorded as held',
  只能更正已举行活动的出席记录: 'Only a held session’s attendance can be corrected',
  该活动已取消: 'The session has been cancelled already',
  '该活动已被他人处理,请刷新后重试': 'Someone else has handled the session; refresh and try again',
  // Automatic points
  '出席或主讲记录更正,自动冲正': 'Attendance corrected: reversed automatically',
  '活动取消,自动冲正': 'Session cancelled: reversed automatically',
  '{#year}年度未设置“{rule}”自动积分规则,未计分': 'There is no automatic rule “{rule}” for {year}: no points were written',
  '{name}:“{rule}”已达上限 {cap} 分,本次未计分': '{name}: “{rule}” has reached its cap of {cap} points; none were written this time',
  '讲台活动“{topic}”': 'Stage session “{topic}”',
};
