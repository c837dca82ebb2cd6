import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, column } from '@zeren/tenancy';
import { PLACE_LENGTH, TOPIC_LENGTH } from '../activity/stage-activity.entity';

const index = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/** 讲台活动 and automatic points: the sessions, a rule's trigger, an automatic entry's source key. */
export class Activity1765120000000 implements MigrationInterface {
  name = 'Activity1765120000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'stage_activity',
        columns: [
          ...col.tenantOwned(),
          col.ref('unit_id'),
          col.varchar('kind', 16),
          col.varchar('topic', TOPIC_LENGTH),
          col.date('held_on'),
          col.varchar('place', PLACE_LENGTH),
          col.varchar('status', 16),
          col.text('speaker_ids'),
          col.text('attendee_ids'),
          col.text('notes'),
          col.text('evidence'),
          col.text('cancel_reason', true),
          col.text('points_notes'),
          col.ref('recorded_by_id'),
        ],
        indices: [index('ix_stage_activity_tenant_unit', ['tenant_id', 'unit_id', 'held_on']), index('ix_stage_activity_tenant_status', ['tenant_id', 'status', 'held_on'])],
      }),
    );
    await runner.addColumn('committee_points_rule', column(col.varchar('auto_trigger', 16, true)));
    await runner.addColumn('agency_points_rule', column(col.varchar('auto_trigger', 16, true)));
    await runner.addColumn('points_entry', column(col.varchar('source_key', 120, true)));
    await runner.createIndex('points_entry', index('uq_points_entry_source', ['tenant_id', 'source_key'], true));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('points_entry', 'uq_points_entry_source');
    await runner.dropColumn('points_entry', 'source_key');
    await runner.dropColumn('agency_points_rule', 'auto_trigger');
    await runner.dropColumn('committee_points_rule', 'auto_trigger');
    await runner.dropTable('stage_activity');
  }
}
