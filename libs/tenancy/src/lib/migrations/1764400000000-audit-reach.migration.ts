import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, column } from '../database/migration-columns';

/** Audit lines name the tenants a request acted for or dispatched into (ScopeTrail). */
export class AuditReach1764400000000 implements MigrationInterface {
  name = 'AuditReach1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumns('audit_entry', [column(col.varchar('via', 32, true)), column(col.text('reached_tenant_ids', true))]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('audit_entry', 'reached_tenant_ids');
    await runner.dropColumn('audit_entry', 'via');
  }
}
