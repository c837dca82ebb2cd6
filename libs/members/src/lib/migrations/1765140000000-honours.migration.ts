import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@zeren/tenancy';
import { TITLE_LENGTH } from '../honour/honour.entity';

const index = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/** 表彰: the committee's rounds, the agencies' nominations, outside honours and discipline records. */
export class Honours1765140000000 implements MigrationInterface {
  name = 'Honours1765140000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'honour_round',
        columns: [
          col.id(),
          col.datetime('created_at'),
          col.datetime('updated_at'),
          col.int('year'),
          col.varchar('title', TITLE_LENGTH),
          col.varchar('level', 16),
          col.text('categories'),
          col.int('quota_per_agency', true),
          col.int('quota_total', true),
          col.date('opens_on'),
          col.date('closes_on'),
          col.text('rules'),
          col.varchar('status', 16),
          col.date('published_on', true),
        ],
        indices: [index('ix_honour_round_year', ['year', 'status'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'honour_nomination',
        columns: [
          ...col.tenantOwned(),
          col.ref('round_id'),
          col.varchar('category', 16),
          col.ref('member_id', true),
          col.ref('unit_id'),
          col.text('deeds'),
          col.text('evidence'),
          col.varchar('status', 16),
          col.ref('created_by_id'),
          col.text('reject_reason', true),
          col.ref('decided_by_id', true),
          col.datetime('decided_at', true),
        ],
        indices: [index('ix_honour_nomination_round', ['tenant_id', 'round_id', 'status']), index('ix_honour_nomination_member', ['tenant_id', 'member_id'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'outside_honour',
        columns: [
          ...col.tenantOwned(),
          col.varchar('category', 16),
          col.varchar('level', 16),
          col.ref('member_id', true),
          col.ref('unit_id'),
          col.varchar('title', TITLE_LENGTH),
          col.varchar('conferred_by', TITLE_LENGTH),
          col.date('conferred_on'),
          col.ref('recorded_by_id'),
        ],
        indices: [index('ix_outside_honour_conferred', ['tenant_id', 'conferred_on'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'discipline_record',
        columns: [...col.tenantOwned(), col.ref('member_id'), col.varchar('kind', 24), col.date('decided_on'), col.date('influence_ends_on'), col.text('note'), col.ref('recorded_by_id')],
        indices: [index('ix_discipline_record_member', ['tenant_id', 'member_id', 'influence_ends_on'])],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('discipline_record');
    await runner.dropTable('outside_honour');
    await runner.dropTable('honour_nomination');
    await runner.dropTable('honour_round');
  }
}
