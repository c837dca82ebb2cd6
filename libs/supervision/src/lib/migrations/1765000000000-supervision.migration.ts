import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, newId } from '@zeren/tenancy';
import { CAMPAIGN_TITLE_LENGTH, CATEGORY_NAME_LENGTH, TEAM_NAME_LENGTH } from '../inspection/inspection.entity';
import { CADENCE_TITLE_LENGTH } from '../cadence/cadence-report.entity';
import { FINDING_CATEGORIES } from '../inspection/finding-category.catalogue';

const index = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/** 党务督查 (campaigns, teams, visits, findings), the 整改台账 with its extensions, and the issued cadence reports. */
export class Supervision1765000000000 implements MigrationInterface {
  name = 'Supervision1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'finding_category',
        columns: [col.id(), col.varchar('name', CATEGORY_NAME_LENGTH), col.text('description'), col.int('position'), col.boolean('retired'), col.datetime('created_at'), col.datetime('updated_at')],
        indices: [index('uq_finding_category_name', ['name'], true)],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'inspection_campaign',
        columns: [col.id(), col.int('year'), col.varchar('title', CAMPAIGN_TITLE_LENGTH), col.date('starts_on'), col.date('ends_on'), col.varchar('status', 16), col.ref('created_by_id'), col.datetime('created_at'), col.datetime('updated_at')],
        indices: [index('uq_inspection_campaign_year', ['year'], true)],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'inspection_team',
        columns: [col.id(), col.ref('campaign_id'), col.varchar('name', TEAM_NAME_LENGTH), col.ref('leader_user_id'), col.text('member_user_ids'), col.text('tenant_ids'), col.datetime('created_at'), col.datetime('updated_at')],
        indices: [index('uq_inspection_team_name', ['campaign_id', 'name'], true)],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'inspection_visit',
        columns: [...col.tenantOwned(), col.ref('campaign_id'), col.ref('team_id', true), col.date('visited_on'), col.text('notes'), col.ref('created_by_id')],
        indices: [index('ix_inspection_visit_tenant_campaign', ['tenant_id', 'campaign_id'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'inspection_finding',
        columns: [
          ...col.tenantOwned(),
          col.ref('campaign_id'),
          col.int('year'),
          col.ref('visit_id', true),
          col.ref('category_id'),
          col.varchar('severity', 16),
          col.text('description'),
          col.ref('repeat_of_id', true),
          col.ref('created_by_id'),
        ],
        indices: [index('ix_inspection_finding_tenant_campaign', ['tenant_id', 'campaign_id']), index('ix_inspection_finding_tenant_category', ['tenant_id', 'category_id'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'rectification',
        columns: [
          ...col.tenantOwned(),
          col.int('year'),
          col.varchar('source', 16),
          col.ref('source_id'),
          col.ref('category_id', true),
          col.text('problem'),
          col.date('due_on'),
          col.datetime('due_at'),
          col.varchar('status', 16),
          col.text('measures', true),
          col.ref('responsible_member_id', true),
          col.varchar('responsible_post_code', 48, true),
          col.text('report', true),
          col.text('evidence'),
          col.datetime('started_at', true),
          col.datetime('first_rectified_at', true),
          col.datetime('rectified_at', true),
          col.ref('rectified_by_id', true),
          col.boolean('late'),
          col.int('failed_count'),
          col.text('verify_comment', true),
          col.datetime('verified_at', true),
          col.ref('verified_by_id', true),
          col.text('close_note', true),
          col.datetime('closed_at', true),
          col.ref('closed_by_id', true),
          col.ref('issued_by_id'),
        ],
        indices: [
          index('ix_rectification_tenant_status', ['tenant_id', 'status']),
          index('ix_rectification_tenant_year', ['tenant_id', 'year']),
          index('ix_rectification_tenant_source', ['tenant_id', 'source_id']),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'rectification_extension',
        columns: [
          ...col.tenantOwned(),
          col.ref('rectification_id'),
          col.date('from_due_on'),
          col.date('to_due_on'),
          col.text('reason'),
          col.ref('requested_by_id'),
          col.varchar('status', 16),
          col.text('decision_comment', true),
          col.datetime('decided_at', true),
          col.ref('decided_by_id', true),
        ],
        indices: [index('ix_rectification_extension_tenant_rect', ['tenant_id', 'rectification_id'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'cadence_report',
        columns: [col.id(), col.varchar('kind', 16), col.int('year'), col.int('period'), col.varchar('title', CADENCE_TITLE_LENGTH), col.datetime('issued_at'), col.ref('issued_by_id'), col.text('content'), col.datetime('created_at'), col.datetime('updated_at')],
        indices: [index('uq_cadence_report_period', ['kind', 'year', 'period'], true)],
      }),
    );
    // The categories are data the committee edits; a new database starts with the brief's (0 for false: better-sqlite3 binds no booleans).
    // As UTC text: better-sqlite3 binds no Date, and both engines read this as the stored datetime.
    const now = new Date().toISOString().replace('T', ' ').slice(0, 19);
    for (const [i, c] of FINDING_CATEGORIES.entries()) {
      await runner.query('INSERT INTO finding_category (id, name, description, position, retired, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)', [newId(), c.name, c.description, i + 1, now, now]);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['cadence_report', 'rectification_extension', 'rectification', 'inspection_finding', 'inspection_visit', 'inspection_team', 'inspection_campaign', 'finding_category']) {
      await runner.dropTable(table);
    }
  }
}
