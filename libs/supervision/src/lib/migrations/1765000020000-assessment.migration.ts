import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, newId } from '@zeren/tenancy';
import { SCHEME_TITLE_LENGTH } from '../assessment/assessment-scheme.entity';
import { RULE_DESCRIPTION_LENGTH } from '../accountability/accountability-rule.entity';
import { ACCOUNTABILITY_RULES } from '../accountability/accountability-rule.catalogue';

const index = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/** 考核 (schemes, every agency's results, 加减分) and 问责 (rules, measures), with the brief's default rules. */
export class Assessment1765000020000 implements MigrationInterface {
  name = 'Assessment1765000020000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'assessment_scheme',
        columns: [
          col.id(),
          col.int('year'),
          col.varchar('title', SCHEME_TITLE_LENGTH),
          col.text('components'),
          col.text('grade_bands'),
          col.int('adjustment_limit'),
          col.varchar('status', 20),
          col.datetime('published_at', true),
          col.datetime('computed_at', true),
          col.datetime('results_published_at', true),
          col.ref('created_by_id'),
          col.datetime('created_at'),
          col.datetime('updated_at'),
        ],
        indices: [index('uq_assessment_scheme_year', ['year'], true)],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'assessment_result',
        columns: [
          ...col.tenantOwned(),
          col.int('year'),
          col.ref('scheme_id'),
          col.text('components'),
          col.int('adjustment_centi'),
          col.int('total_centi'),
          col.int('rank'),
          col.int('ranked_of'),
          col.varchar('grade', 16),
          col.int('overdue_marks'),
          col.int('open_rectifications'),
          col.datetime('computed_at'),
        ],
        indices: [index('uq_assessment_result_tenant_year', ['tenant_id', 'year'], true), index('ix_assessment_result_tenant_rank', ['tenant_id', 'year', 'rank'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'assessment_adjustment',
        columns: [...col.tenantOwned(), col.int('year'), col.int('points_centi'), col.text('reason'), col.ref('created_by_id')],
        indices: [index('ix_assessment_adjustment_tenant_year', ['tenant_id', 'year'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'accountability_rule',
        columns: [
          col.id(),
          col.varchar('kind', 24),
          col.varchar('trigger', 32),
          col.varchar('grade', 16, true),
          col.int('threshold', true),
          col.varchar('description', RULE_DESCRIPTION_LENGTH),
          col.int('position'),
          col.boolean('active'),
          col.datetime('created_at'),
          col.datetime('updated_at'),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'accountability_measure',
        columns: [
          ...col.tenantOwned(),
          col.int('year'),
          col.varchar('kind', 24),
          col.ref('result_id'),
          col.text('rule_ids'),
          col.text('grounds'),
          col.varchar('status', 16),
          col.datetime('proposed_at'),
          col.text('note', true),
          col.date('due_on', true),
          col.text('dismiss_reason', true),
          col.datetime('decided_at', true),
          col.ref('decided_by_id', true),
        ],
        indices: [index('uq_accountability_measure_tenant_year_kind', ['tenant_id', 'year', 'kind'], true), index('ix_accountability_measure_tenant_status', ['tenant_id', 'status'])],
      }),
    );
    // The rules are data the committee edits; a new database starts with the brief's. CURRENT_TIMESTAMP
    // rather than a bound Date, which better-sqlite3 cannot bind (and 1 for true: it binds no booleans either).
    for (const [i, r] of ACCOUNTABILITY_RULES.entries()) {
      await runner.query(
        'INSERT INTO accountability_rule (id, kind, `trigger`, grade, threshold, description, position, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)',
        [newId(), r.kind, r.trigger, r.grade, r.threshold, r.description, i + 1],
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['accountability_measure', 'accountability_rule', 'assessment_adjustment', 'assessment_result', 'assessment_scheme']) await runner.dropTable(table);
  }
}
