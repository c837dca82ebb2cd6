import { AppError } from '@zeren/shared-errors';
import { newId, type TenantDb } from '@zeren/tenancy';
import { MESSAGE_TITLE_LENGTH, SiteMessage } from '../site-message/site-message.entity';
import { ReminderDelivery, type ReminderKind } from './reminder-delivery.entity';

/** One message to one user, or to the robots: what `claim` records and, for a user, writes as a site message. */
export interface Delivery {
  tenantId: string;
  reminderKey: string;
  kind: ReminderKind;
  dueAt: Date | null;
  recipientId: string;
  /** The site message to write with the claim; null for a robot. */
  message: { title: string; body: string; link: string | null } | null;
}

/**
 * Insert-first: the delivery row is written before anything is sent, in one transaction with the
 * site message. A unique violation means another tick (this gateway's last run, another gateway)
 * already sent it: false, and nothing is written. `db` must be able to act for the tenant (system).
 */
export async function claim(db: TenantDb, delivery: Delivery): Promise<boolean> {
  const siteMessageId = delivery.message ? newId() : null;
  try {
    await db.actingFor(delivery.tenantId).transaction(async (tx) => {
      await tx.repo(ReminderDelivery).insert({
        reminderKey: delivery.reminderKey,
        kind: delivery.kind,
        recipientId: delivery.recipientId,
        dueAt: delivery.dueAt,
        siteMessageId,
      });
      if (delivery.message && siteMessageId) {
        const { title, body, link } = delivery.message;
        await tx.repo(SiteMessage).insert({ id: siteMessageId, recipientId: delivery.recipientId, title: title.slice(0, MESSAGE_TITLE_LENGTH), body, link, readAt: null });
      }
    });
    return true;
  } catch (error) {
    // The scoped layer turns the unique violation (ER_DUP_ENTRY, SQLITE_CONSTRAINT_UNIQUE) into CONFLICT.
    if (error instanceof AppError && error.code === 'CONFLICT') return false;
    throw error;
  }
}

/** Gives a robot's claim back after its post failed, so the next tick tries that robot again. */
export async function release(db: TenantDb, delivery: Delivery): Promise<void> {
  await db
    .actingFor(delivery.tenantId)
    .repo(ReminderDelivery)
    .delete({ reminderKey: delivery.reminderKey, kind: delivery.kind, recipientId: delivery.recipientId });
}
