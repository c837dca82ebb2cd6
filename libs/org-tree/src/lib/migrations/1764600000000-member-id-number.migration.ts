import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, column } from '@zeren/tenancy';

/** The member's 身份证号: optional for the records already kept, unique within an agency. */
export class MemberIdNumber1764600000000 implements MigrationInterface {
  name = 'MemberIdNumber1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('party_member', column(col.varchar('id_number', 18, true)));
    await runner.createIndex('party_member', new TableIndex({ name: 'uq_party_member_tenant_id_number', columnNames: ['tenant_id', 'id_number'], isUnique: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('party_member', 'uq_party_member_tenant_id_number');
    await runner.dropColumn('party_member', 'id_number');
  }
}
