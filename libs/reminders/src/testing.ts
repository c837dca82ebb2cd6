import type { DataSource } from 'typeorm';
import type { DueReminder, ReminderWindow, ZerenModule } from '@zeren/api';
import { createTestApi, type TestApi } from '@zeren/api/testing';
import { systemDb } from '@zeren/auth';
import { remindersModule } from './index';
import { SiteMessage } from './lib/site-message/site-message.entity';
import { runReminderTick, type TickOptions, type TickReport } from './lib/tick/reminder-tick';
import { SILENT_LOG } from './lib/tick/reminder-log';
import { reminderSources } from './lib/scheduler/reminder-scheduler';

/**
 * A domain module as a test stands it up: its one reminder provider answers whatever `items()` says
 * now, and records the windows it was asked about.
 */
export function fixtureReminderModule(name = 'duty-fixture'): { module: ZerenModule; items: DueReminder[]; windows: ReminderWindow[] } {
  const fixture = { items: [] as DueReminder[], windows: [] as ReminderWindow[] };
  const module: ZerenModule = {
    name,
    dependsOn: ['reminders'],
    reminders: [
      async (_db, window) => {
        fixture.windows.push(window);
        return fixture.items.filter((i) => i.dueAt > window.now && i.dueAt <= window.until);
      },
    ],
  };
  return { module, ...fixture };
}

/** The test API with the reminders module (and these modules on top). */
export function createRemindersTestApi(modules: readonly ZerenModule[] = []): Promise<TestApi> {
  return createTestApi({ modules: [remindersModule, ...modules] });
}

/** One tick over these modules' providers, as the scheduler runs it. */
export function tick(dataSource: DataSource, modules: readonly ZerenModule[], options: Partial<TickOptions> = {}): Promise<TickReport> {
  return runReminderTick({ db: systemDb(dataSource, 'test tick'), sources: reminderSources(modules), log: SILENT_LOG, ...options });
}

/** Site messages to one user, oldest first, as a tick would write them. */
export async function sendSiteMessages(dataSource: DataSource, tenantId: string, recipientId: string, titles: string[]): Promise<SiteMessage[]> {
  const made: SiteMessage[] = [];
  for (const title of titles) {
    // One insert each: ids are time-ordered, and the list is newest first by createdAt then id.
    made.push(...(await systemDb(dataSource, 'test messages').actingFor(tenantId).repo(SiteMessage).insert({ recipientId, title, body: `${title}的正文`, link: '/', readAt: null })));
  }
  return made;
}
