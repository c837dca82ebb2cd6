import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@zeren/tenancy';

export class Auth1764300001000 implements MigrationInterface {
  name = 'Auth1764300001000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'user',
        columns: [
          ...col.tenantOwned(),
          col.varchar('username', 64),
          col.varchar('display_name', 64),
          col.text('roles'),
          col.boolean('disabled'),
          col.varchar('password_hash', 255),
          col.datetime('password_changed_at'),
          col.datetime('last_login_at', true),
        ],
        indices: [new TableIndex({ name: 'uq_user_tenant_username', columnNames: ['tenant_id', 'username'], isUnique: true })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'login_name',
        columns: [
          { name: 'username', type: 'varchar', length: '64', isPrimary: true },
          col.ref('tenant_id'),
          col.ref('user_id'),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('login_name');
    await runner.dropTable('user');
  }
}
