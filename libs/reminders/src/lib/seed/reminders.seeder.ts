import { SEEDED_AGENCY_USERS } from '@zeren/auth';
import { SEEDED_AGENCY, type ModuleSeeder } from '@zeren/tenancy';
import { claim } from '../delivery/deliver';
import { ReminderKind } from '../delivery/reminder-delivery.entity';

export const WELCOME_KEY = 'reminders:welcome';

/** A welcome notice in each demo user's bell, sent the way reminders are (once, recorded as delivered). */
export const remindersSeeder: ModuleSeeder = {
  async agency({ db, shared }) {
    const tenant = shared.get(SEEDED_AGENCY);
    for (const user of shared.get(SEEDED_AGENCY_USERS)) {
      await claim(db, {
        tenantId: tenant.id,
        reminderKey: WELCOME_KEY,
        kind: ReminderKind.NOTICE,
        dueAt: null,
        recipientId: user.id,
        message: {
          title: '欢迎使用责任平台',
          body: '待办事项临近截止时,提醒会发到这里:截止前几天一次(天数由工委设定),截止当天再一次。',
          link: '/home',
        },
      });
    }
  },
};
