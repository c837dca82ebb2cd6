import './lib/reminders.policies';
import type { ZerenModule } from '@zeren/api';
import { SiteMessage } from './lib/site-message/site-message.entity';
import { ReminderDelivery } from './lib/delivery/reminder-delivery.entity';
import { ReminderSettings } from './lib/settings/reminder-settings.entity';
import { SiteMessageResolver } from './lib/site-message/site-message.resolver';
import { ReminderSettingsResolver } from './lib/settings/reminder-settings.resolver';
import { Reminders1764700000000 } from './lib/migrations/1764700000000-reminders.migration';
import { REMINDERS_GRANTS } from './lib/reminders.permissions';
import { remindersSweep } from './lib/reminders.sweep';
import { remindersSeeder } from './lib/seed/reminders.seeder';
import { remindersMessages } from './lib/reminders.messages.en';

// What a domain module needs to contribute reminders: the provider type lives in the manifest (@zeren/api).
export type { DueReminder, ReminderProvider, ReminderWindow } from '@zeren/api';
export { SiteMessage } from './lib/site-message/site-message.entity';
export { ReminderKind } from './lib/delivery/reminder-delivery.entity';
export { RemindersPermission } from './lib/reminders.permissions';
export { DEFAULT_REMINDER_SETTINGS } from './lib/settings/reminder-settings.service';
export { reminderDue, reminderWindow } from './lib/tick/reminder-schedule';
export { runReminderTick, type ReminderSource, type TickOptions, type TickReport } from './lib/tick/reminder-tick';
export type { ReminderLog } from './lib/tick/reminder-log';
export { dingTalkRobot, dingTalkSign, weComRobot, type RobotChannel, type RobotPost } from './lib/robots/robot-webhooks';
export { startReminderScheduler, reminderSources, robotsOf, type ReminderScheduler } from './lib/scheduler/reminder-scheduler';
export { remindersConfigFromEnv, RemindersConfigError, DEFAULT_REMINDER_CRON, type RemindersConfig } from './lib/scheduler/reminders-config';
export { Reminders1764700000000 } from './lib/migrations/1764700000000-reminders.migration';

export const remindersEntities = [ReminderSettings, SiteMessage, ReminderDelivery];
export const remindersMigrations = [Reminders1764700000000];

/** The reminder seam (DESIGN.md seam 7): the committee's schedule, site messages, and the tick that sends them once each. */
export const remindersModule: ZerenModule = {
  name: 'reminders',
  dependsOn: ['tenancy', 'auth'],
  entities: remindersEntities,
  migrations: remindersMigrations,
  resolvers: [SiteMessageResolver, ReminderSettingsResolver],
  permissions: REMINDERS_GRANTS,
  seed: remindersSeeder,
  sweep: remindersSweep,
  messages: remindersMessages,
};
