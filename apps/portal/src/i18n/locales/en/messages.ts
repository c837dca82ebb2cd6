import { LIMITS } from '@zeren/shared-rules';
import type zhCN from '../zh-CN/messages';

export default {
  messages: {
    bell: 'Messages, {n} unread',
    title: 'Messages',
    summary: '{total} in all, {unread} unread',
    readAll: 'Mark all read',
    markRead: 'Mark read',
    unread: 'Unread',
    empty: 'No messages',
    viewHint: 'You are viewing another agency: switch back to your own to mark messages read',
  },
  reminders: {
    title: 'Reminders',
    subtitle: 'When an agency’s to-do nears its deadline, the platform sends a site message (and a group-robot post when one is configured) by these settings, each reminder once',
    leadDays: 'Advance notice',
    leadDaysUnit: 'days',
    leadDaysHint: `How many days before the deadline the first reminder goes out, 0 to ${LIMITS.reminderLeadDaysMax}; 0 sends none ahead`,
    onDueDay: 'On the due day',
    onDueDayHint: 'Remind once more on the due day',
    updatedAt: 'Last changed',
    never: 'Never (the defaults)',
    saved: 'Reminder settings saved',
    readOnly: 'Only the committee’s admin can change the reminder settings',
  },
} satisfies typeof zhCN;
