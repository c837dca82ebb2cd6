import { LIMITS } from '@zeren/shared-rules';

export default {
  messages: {
    bell: '站内消息,{n} 条未读',
    title: '站内消息',
    summary: '共 {total} 条,未读 {unread} 条',
    readAll: '全部已读',
    markRead: '标为已读',
    unread: '未读',
    empty: '暂无消息',
    viewHint: '正在查看其他单位:切回本单位后可标记已读',
  },
  reminders: {
    title: '提醒设置',
    subtitle: '各单位的待办临近截止时,平台按此设置发送站内消息(配置了群机器人时同时推送),每条提醒只发一次',
    leadDays: '提前提醒',
    leadDaysUnit: '天',
    leadDaysHint: `截止前几天发第一次提醒,0 到 ${LIMITS.reminderLeadDaysMax} 天;0 表示不提前提醒`,
    onDueDay: '截止当天提醒',
    onDueDayHint: '截止当天再发一次提醒',
    updatedAt: '最近修改',
    never: '尚未修改(默认设置)',
    saved: '提醒设置已保存',
    readOnly: '只有工委管理员可以修改提醒设置',
  },
};
