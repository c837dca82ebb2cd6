import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Two agencies may not share a name: a unique key, so that concurrent creates cannot both pass the check. */
export class TenantNameUnique1764400010000 implements MigrationInterface {
  name = 'TenantNameUnique1764400010000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createIndex('tenant', new TableIndex({ name: 'uq_tenant_name', columnNames: ['name'], isUnique: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('tenant', 'uq_tenant_name');
  }
}
