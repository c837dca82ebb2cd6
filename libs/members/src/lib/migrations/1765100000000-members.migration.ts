import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { col } from '@zeren/tenancy';
import { CATEGORY_LENGTH, RULE_NAME_LENGTH, RULE_NOTE_LENGTH } from '../rule/rule-spec';

const index = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

// The columns of a rule (WithRuleSpec), the same in the committee's table and the agencies'.
const ruleSpec = (): TableColumnOptions[] => [
  col.int('year'),
  col.varchar('category', CATEGORY_LENGTH),
  col.varchar('name', RULE_NAME_LENGTH),
  col.varchar('description', RULE_NOTE_LENGTH, true),
  col.int('points_tenths'),
  col.int('cap_tenths', true),
  col.varchar('cap_period', 8, true),
  col.boolean('evidence_required'),
  col.varchar('awarder', 16),
  col.varchar('mode', 16),
];

/** 党员积分: the committee's default rules, the agencies' own rules, and the points ledger. */
export class Members1765100000000 implements MigrationInterface {
  name = 'Members1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'committee_points_rule',
        columns: [col.id(), col.datetime('created_at'), col.datetime('updated_at'), ...ruleSpec()],
        indices: [index('uq_committee_points_rule_name', ['year', 'name'], true)],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'agency_points_rule',
        columns: [...col.tenantOwned(), ...ruleSpec()],
        indices: [index('uq_agency_points_rule_name', ['tenant_id', 'year', 'name'], true)],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'points_entry',
        columns: [
          ...col.tenantOwned(),
          col.ref('member_id'),
          col.ref('unit_id'),
          col.ref('member_user_id', true),
          col.ref('rule_id'),
          col.varchar('rule_owner', 16),
          col.varchar('rule_name', RULE_NAME_LENGTH),
          col.varchar('category', CATEGORY_LENGTH),
          col.int('year'),
          col.date('occurred_on'),
          col.int('points_tenths'),
          col.varchar('origin', 16),
          col.varchar('status', 16),
          col.text('note'),
          col.text('evidence'),
          col.ref('recorded_by_id'),
          col.ref('decided_by_id', true),
          col.datetime('decided_at', true),
          col.text('reject_reason', true),
          col.text('appeal_reason', true),
          col.datetime('appealed_at', true),
          col.ref('reverses_id', true),
        ],
        indices: [
          index('ix_points_entry_tenant_unit', ['tenant_id', 'unit_id', 'status']),
          index('ix_points_entry_tenant_member', ['tenant_id', 'member_id', 'occurred_on']),
          index('ix_points_entry_tenant_user', ['tenant_id', 'member_user_id']),
          index('ix_points_entry_tenant_status', ['tenant_id', 'status', 'occurred_on']),
          index('uq_points_entry_reverses', ['tenant_id', 'reverses_id'], true),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('points_entry');
    await runner.dropTable('agency_points_rule');
    await runner.dropTable('committee_points_rule');
  }
}
