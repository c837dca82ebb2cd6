import type { MessageCatalogue } from '@zeren/shared-errors';

/** English for this module's zh-CN messages and labels (see MessageCatalogue in @zeren/shared-errors). */
export const remindersMessages: MessageCatalogue = {
  查看提醒设置: 'View reminder settings',
  修改提醒设置: 'Change reminder settings',
  '提前提醒天数应为 0 到 {max} 之间的整数': 'Days of advance notice must be a whole number from 0 to {max}',
  消息: 'Message',
  '一次最多标记 {max} 条消息': 'At most {max} messages can be marked at a time',
  '正在查看其他单位,不能标记消息;请先切回本单位': 'You are viewing another agency: switch back to your own to mark messages',
  '今日截止:{title}': 'Due today: {title}',
  '{title},今天({date})截止,请按时完成。': '{title} is due today ({date}): please complete it on time.',
  '即将截止:{title}': 'Due soon: {title}',
  '{title},将于 {date} 截止,还有 {days} 天。': '{title} is due on {date}, in {days} days.',
  前往办理: 'Open it',
  欢迎使用责任平台: 'Welcome to Zeren',
};
