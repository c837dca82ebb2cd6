import type { TenantDb } from '@zeren/tenancy';

/** The instants a reminder tick asks about: items due after `now` and at or before `until`. */
export interface ReminderWindow {
  now: Date;
  until: Date;
}

/** One due thing a module wants people reminded of (DESIGN.md seam 7). */
export interface DueReminder {
  /** Stable and unique within the module, so a reminder is sent once: 'duty:<itemId>:<periodKey>:<unitId>'. */
  key: string;
  tenantId: string;
  /** Who is reminded: user ids of `tenantId`. */
  userIds: readonly string[];
  /** What is due, in zh-CN: 提交十一月履责纪实. */
  title: string;
  /** The exclusive deadline instant, as @zeren/shared-periods `dueAt()` gives it. */
  dueAt: Date;
  /** The portal path where it is done, or null. */
  link: string | null;
}

/**
 * A module's reminder source: given a system-scoped handle that reads every tenant, the items due in
 * the window. The reminders lib decides when and whether to send; the provider only answers what is due.
 */
export type ReminderProvider = (db: TenantDb, window: ReminderWindow) => Promise<DueReminder[]>;
