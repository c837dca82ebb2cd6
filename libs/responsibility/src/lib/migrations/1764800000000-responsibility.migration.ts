import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { col } from '@zeren/tenancy';
import { AREA_LENGTH, SUPERVISOR_LENGTH, TITLE_LENGTH } from '../duty/duty-spec';

const index = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/** The columns of WithDutySpec, in its order. */
const dutySpec = (): TableColumnOptions[] => [
  col.varchar('level', 16),
  col.varchar('post_code', 48),
  col.text('unit_kinds', true),
  col.varchar('area', AREA_LENGTH),
  col.varchar('title', TITLE_LENGTH),
  col.text('content'),
  col.text('requirement'),
  col.varchar('cadence', 8),
  col.int('due_offset_days', true),
  col.date('due_on', true),
  col.text('evidence_kinds', true),
  col.int('min_evidence'),
  col.int('weight'),
  col.varchar('supervisor', SUPERVISOR_LENGTH),
  col.int('sort_order'),
];

export class Responsibility1764800000000 implements MigrationInterface {
  name = 'Responsibility1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'duty_template',
        columns: [
          col.id(),
          col.int('year'),
          col.varchar('title', 100),
          col.varchar('status', 16),
          col.ref('based_on_id', true),
          col.int('yellow_within_days'),
          col.datetime('published_at', true),
          col.datetime('created_at'),
          col.datetime('updated_at'),
        ],
        indices: [index('uq_duty_template_year', ['year'], true)],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'duty_item',
        columns: [...dutySpec(), col.id(), col.ref('template_id')],
        indices: [index('ix_duty_item_template', ['template_id', 'level', 'sort_order'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'agency_duty_list',
        columns: [...col.tenantOwned(), col.ref('template_id'), col.int('year'), col.datetime('issued_at')],
        indices: [index('uq_agency_duty_list_tenant_template', ['tenant_id', 'template_id'], true)],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'agency_duty_item',
        columns: [...col.tenantOwned(), ...dutySpec(), col.ref('template_id')],
        indices: [index('ix_agency_duty_item_tenant_template', ['tenant_id', 'template_id', 'sort_order'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'duty_tightening',
        columns: [
          ...col.tenantOwned(),
          col.ref('item_id'),
          col.ref('template_id'),
          col.int('due_offset_days', true),
          col.date('due_on', true),
          col.int('min_evidence', true),
          col.text('extra_requirement', true),
        ],
        indices: [index('uq_duty_tightening_tenant_item', ['tenant_id', 'item_id'], true)],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'fulfilment_record',
        columns: [
          ...col.tenantOwned(),
          col.ref('template_id'),
          col.ref('duty_id'),
          col.varchar('period_key', 16),
          col.ref('unit_id'),
          col.ref('member_id', true),
          col.ref('holder_key'),
          col.ref('subject_user_id', true),
          col.varchar('post_code', 48),
          col.int('version'),
          col.boolean('current'),
          col.varchar('status', 16),
          col.text('content'),
          col.date('happened_on'),
          col.varchar('place', 100, true),
          col.varchar('participants', 500, true),
          col.text('evidence'),
          col.datetime('due_at'),
          col.datetime('submitted_at'),
          col.boolean('late'),
          col.ref('recorded_by_id'),
          col.ref('previous_id', true),
          col.text('correction_reason', true),
          col.ref('reviewed_by_id', true),
          col.datetime('reviewed_at', true),
          col.text('review_comment', true),
        ],
        indices: [
          index('uq_fulfilment_record_version', ['tenant_id', 'duty_id', 'period_key', 'unit_id', 'holder_key', 'version'], true),
          index('ix_fulfilment_record_tenant_current', ['tenant_id', 'current', 'status']),
          index('ix_fulfilment_record_tenant_unit', ['tenant_id', 'unit_id']),
          index('ix_fulfilment_record_tenant_subject_user', ['tenant_id', 'subject_user_id']),
          index('ix_fulfilment_record_tenant_template', ['tenant_id', 'template_id', 'duty_id', 'period_key']),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'duty_completion',
        columns: [
          ...col.tenantOwned(),
          col.ref('template_id'),
          col.ref('duty_id'),
          col.varchar('period_key', 16),
          col.int('done'),
          col.int('late'),
          col.int('accepted'),
          col.int('returned'),
        ],
        indices: [index('uq_duty_completion_tenant_duty_period', ['tenant_id', 'template_id', 'duty_id', 'period_key'], true)],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['duty_completion', 'fulfilment_record', 'duty_tightening', 'agency_duty_item', 'agency_duty_list', 'duty_item', 'duty_template']) {
      await runner.dropTable(table);
    }
  }
}
