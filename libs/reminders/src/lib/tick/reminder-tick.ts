import { In } from 'typeorm';
import type { DueReminder, ReminderProvider } from '@zeren/api';
import { User } from '@zeren/auth';
import { Tenant, type TenantDb } from '@zeren/tenancy';
import { daysLeft, dueLocalDate } from '@zeren/shared-periods';
import { ReminderDelivery, ReminderKind, REMINDER_KEY_LENGTH } from '../delivery/reminder-delivery.entity';
import { claim, release, type Delivery } from '../delivery/deliver';
import type { RobotChannel } from '../robots/robot-webhooks';
import { ReminderSettingsService } from '../settings/reminder-settings.service';
import { reminderDue, reminderWindow } from './reminder-schedule';
import type { ReminderLog } from './reminder-log';

/** A provider and the module it came from (delivery keys are `<module>:<key>`). */
export interface ReminderSource {
  module: string;
  provide: ReminderProvider;
}

export interface TickOptions {
  /** A system handle (reads every tenant, acts for each): `systemDb(dataSource, 'reminder tick')` from @zeren/auth. */
  db: TenantDb;
  sources: readonly ReminderSource[];
  robots?: readonly RobotChannel[];
  log: ReminderLog;
  now?: Date;
  /** The portal's address, for links in robot posts (ZEREN_PORTAL_URL); links stay paths without it. */
  portalUrl?: string | null;
}

export interface TickReport {
  /** Items the providers returned that are due for a reminder now. */
  due: number;
  /** Site messages this tick wrote (each user once per reminder and kind). */
  messages: number;
  /** Robot posts this tick made. */
  robotPosts: number;
  /** Providers or robots that failed (logged). */
  failures: number;
}

/**
 * One pass of the reminder schedule: asks every provider what falls due within the committee's lead
 * time and sends each reminder kind once per user, as a site message, and once per robot. What was
 * sent is in the delivery table, so a tick may run any number of times, on any number of gateways.
 */
export async function runReminderTick(options: TickOptions): Promise<TickReport> {
  const { db, sources, robots = [], log } = options;
  const now = options.now ?? new Date();
  const settings = await new ReminderSettingsService().get(db);
  const window = reminderWindow(now, settings);
  const report: TickReport = { due: 0, messages: 0, robotPosts: 0, failures: 0 };

  const due: { item: DueReminder; key: string; kind: ReminderKind }[] = [];
  for (const source of sources) {
    let items: DueReminder[];
    try {
      items = await source.provide(db, window);
    } catch (error) {
      // One module's failure must not stop the others' reminders.
      report.failures++;
      log.error({ err: error, module: source.module }, 'reminder provider failed');
      continue;
    }
    for (const item of items) {
      const kind = reminderDue(item.dueAt, now, settings);
      const key = `${source.module}:${item.key}`;
      if (key.length > REMINDER_KEY_LENGTH) {
        report.failures++;
        log.error({ module: source.module, key }, `reminder key longer than ${REMINDER_KEY_LENGTH} characters: skipped`);
        continue;
      }
      if (kind) due.push({ item, key, kind });
    }
  }
  report.due = due.length;
  if (!due.length) return report;

  const tenantIds = [...new Set(due.map((d) => d.item.tenantId))];
  const tenants = new Map((await db.reference(Tenant).findBy({ id: In(tenantIds) })).map((t) => [t.id, t]));
  for (const tenantId of tenantIds) {
    const tenant = tenants.get(tenantId);
    if (!tenant) continue;
    const mine = due.filter((d) => d.item.tenantId === tenantId);
    const sent = await sentAlready(db, tenantId, mine.map((d) => d.key));
    const enabled = await enabledUsers(db, tenantId, mine.flatMap((d) => d.item.userIds));
    for (const { item, key, kind } of mine) {
      const message = messageOf(item, kind, now);
      for (const userId of new Set(item.userIds)) {
        if (!enabled.has(userId) || sent.has(`${key}|${kind}|${userId}`)) continue;
        if (await claim(db, { tenantId, reminderKey: key, kind, dueAt: item.dueAt, recipientId: userId, message })) report.messages++;
      }
      for (const robot of robots) {
        if (sent.has(`${key}|${kind}|${robot.name}`)) continue;
        const delivery: Delivery = { tenantId, reminderKey: key, kind, dueAt: item.dueAt, recipientId: robot.name, message: null };
        if (!(await claim(db, delivery))) continue;
        try {
          await robot.post(robotPostOf(message, tenant.name, options.portalUrl ?? null));
          report.robotPosts++;
        } catch (error) {
          // Site messages stand; this robot is tried again on the next tick.
          report.failures++;
          log.warn({ err: error, robot: robot.name, reminderKey: key, kind }, 'robot webhook failed');
          await release(db, delivery);
        }
      }
    }
  }
  log.info({ ...report }, 'reminder tick done');
  return report;
}

/** `key|kind|recipient` of what was sent for these reminders, in one read per tenant. */
async function sentAlready(db: TenantDb, tenantId: string, keys: string[]): Promise<Set<string>> {
  const rows = await db
    .repo(ReminderDelivery)
    .find({ where: { tenantId, reminderKey: In([...new Set(keys)]) }, select: { reminderKey: true, kind: true, recipientId: true } });
  return new Set(rows.map((r) => `${r.reminderKey}|${r.kind}|${r.recipientId}`));
}

/** A provider names users; only enabled users of the item's own tenant get a message. */
async function enabledUsers(db: TenantDb, tenantId: string, userIds: string[]): Promise<Set<string>> {
  if (!userIds.length) return new Set();
  const users = await db.repo(User).find({ where: { tenantId, id: In([...new Set(userIds)]), disabled: false }, select: { id: true } });
  return new Set(users.map((u) => u.id));
}

function messageOf(item: DueReminder, kind: ReminderKind, now: Date): NonNullable<Delivery['message']> {
  const date = dueLocalDate(item.dueAt);
  if (kind === ReminderKind.DUE_DAY) {
    return { title: `今日截止:${item.title}`, body: `${item.title},今天(${date})截止,请按时完成。`, link: item.link };
  }
  return { title: `即将截止:${item.title}`, body: `${item.title},将于 ${date} 截止,还有 ${daysLeft(item.dueAt, now)} 天。`, link: item.link };
}

const OPEN_IT = '前往办理';

function robotPostOf(message: NonNullable<Delivery['message']>, tenantName: string, portalUrl: string | null) {
  const link = message.link && portalUrl ? `\n[${OPEN_IT}](${new URL(message.link, portalUrl).toString()})` : '';
  return { title: message.title, markdown: `${tenantName}:${message.body}${link}` };
}
