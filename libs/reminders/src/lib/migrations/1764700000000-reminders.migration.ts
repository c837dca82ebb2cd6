import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@zeren/tenancy';
import { MESSAGE_LINK_LENGTH, MESSAGE_TITLE_LENGTH } from '../site-message/site-message.entity';
import { REMINDER_KEY_LENGTH } from '../delivery/reminder-delivery.entity';

export class Reminders1764700000000 implements MigrationInterface {
  name = 'Reminders1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'reminder_settings',
        columns: [
          { name: 'id', type: 'varchar', length: '16', isPrimary: true },
          col.int('lead_days'),
          col.boolean('on_due_day'),
          col.datetime('updated_at', true),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'site_message',
        columns: [
          ...col.tenantOwned(),
          col.ref('recipient_id'),
          col.varchar('title', MESSAGE_TITLE_LENGTH),
          col.text('body'),
          col.varchar('link', MESSAGE_LINK_LENGTH, true),
          col.datetime('read_at', true),
        ],
        indices: [new TableIndex({ name: 'ix_site_message_tenant_recipient', columnNames: ['tenant_id', 'recipient_id', 'read_at'] })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'reminder_delivery',
        columns: [
          ...col.tenantOwned(),
          col.varchar('reminder_key', REMINDER_KEY_LENGTH),
          col.varchar('kind', 16),
          col.ref('recipient_id'),
          col.datetime('due_at', true),
          col.ref('site_message_id', true),
        ],
        indices: [
          new TableIndex({ name: 'uq_reminder_delivery_once', columnNames: ['tenant_id', 'reminder_key', 'kind', 'recipient_id'], isUnique: true }),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('reminder_delivery');
    await runner.dropTable('site_message');
    await runner.dropTable('reminder_settings');
  }
}
