import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '../database/migration-columns';

export class Tenancy1764300000000 implements MigrationInterface {
  name = 'Tenancy1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'tenant',
        columns: [
          col.id(),
          col.varchar('code', 32),
          col.varchar('name', 100),
          col.varchar('kind', 16),
          col.varchar('status', 16),
          col.datetime('created_at'),
        ],
        indices: [new TableIndex({ name: 'uq_tenant_code', columnNames: ['code'], isUnique: true })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'audit_entry',
        columns: [
          col.id(),
          col.ref('tenant_id', true),
          col.ref('actor_user_id', true),
          col.varchar('actor_username', 64, true),
          col.varchar('operation', 64),
          col.text('target_ids'),
          col.varchar('outcome', 16),
          col.varchar('error_code', 32, true),
          col.varchar('request_id', 64, true),
          col.datetime('at'),
        ],
        indices: [
          new TableIndex({ name: 'ix_audit_entry_tenant_at', columnNames: ['tenant_id', 'at'] }),
          new TableIndex({ name: 'ix_audit_entry_tenant_operation', columnNames: ['tenant_id', 'operation'] }),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('audit_entry');
    await runner.dropTable('tenant');
  }
}
