import { Column, Entity, Index } from 'typeorm';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';

/** Which reminder of an item is sent: when it enters the lead window, on its due day, or a one-off notice. */
export enum ReminderKind {
  LEAD = 'LEAD',
  DUE_DAY = 'DUE_DAY',
  NOTICE = 'NOTICE',
}

export const REMINDER_KEY_LENGTH = 200;

/** The recipient of a reminder's robot post (one per reminder and kind, not per user). */
export const ROBOTS_RECIPIENT = 'robots';

/**
 * One reminder sent: written before the message, so the unique key makes every send happen once,
 * across restarts and between gateways ticking at the same time (the loser's insert is refused).
 */
@Entity()
@Index('uq_reminder_delivery_once', ['tenantId', 'reminderKey', 'kind', 'recipientId'], { unique: true })
export class ReminderDelivery extends TenantOwnedEntity {
  /** `<module>:<provider key>`. */
  @Column({ type: 'varchar', length: REMINDER_KEY_LENGTH })
  reminderKey: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ReminderKind;

  /** A user id, or ROBOTS_RECIPIENT for the group robots' post. */
  @Column({ type: 'varchar', length: ID_LENGTH })
  recipientId: string;

  /** The item's deadline; null for a notice. */
  @Column({ type: 'datetime', nullable: true })
  dueAt: Date | null;

  /** The site message it wrote; null for the robots' row. */
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  siteMessageId: string | null;
}
