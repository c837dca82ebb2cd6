import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@zeren/tenancy';
import { PLAN_TITLE_LENGTH, POINT_TITLE_LENGTH } from '../plan/work-plan.entity';
import { TASK_TITLE_LENGTH } from '../task/work-task.entity';
import { PROJECT_TITLE_LENGTH } from '../project/breakthrough-project.entity';

const index = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/** 项目化任务推送 (key points, tasks, receipts) and 书记突破项目 (projects, milestones, progress). */
export class Work1764900000000 implements MigrationInterface {
  name = 'Work1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'work_plan',
        columns: [col.id(), col.int('year'), col.varchar('title', PLAN_TITLE_LENGTH), col.varchar('status', 16), col.datetime('published_at', true), col.datetime('created_at'), col.datetime('updated_at')],
        indices: [index('uq_work_plan_year', ['year'], true)],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'work_point',
        columns: [col.id(), col.ref('plan_id'), col.int('number'), col.varchar('title', POINT_TITLE_LENGTH), col.text('content'), col.datetime('created_at'), col.datetime('updated_at')],
        indices: [index('uq_work_point_number', ['plan_id', 'number'], true)],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'work_task',
        columns: [
          col.id(),
          col.int('year'),
          col.int('month'),
          col.ref('point_id'),
          col.varchar('title', TASK_TITLE_LENGTH),
          col.text('requirement'),
          col.date('due_on'),
          col.datetime('due_at'),
          col.text('evidence_kinds', true),
          col.int('min_evidence'),
          col.varchar('target', 16),
          col.text('target_tenant_ids', true),
          col.varchar('status', 16),
          col.datetime('sent_at', true),
          col.int('receipt_count'),
          col.datetime('recalled_at', true),
          col.ref('created_by_id'),
          col.datetime('created_at'),
          col.datetime('updated_at'),
        ],
        indices: [index('ix_work_task_month', ['year', 'month']), index('ix_work_task_point', ['point_id'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'task_deadline_change',
        columns: [col.id(), col.ref('task_id'), col.date('from_due_on'), col.date('to_due_on'), col.text('reason'), col.ref('changed_by_id'), col.datetime('created_at')],
        indices: [index('ix_task_deadline_change_task', ['task_id', 'created_at'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'task_receipt',
        columns: [
          ...col.tenantOwned(),
          col.ref('task_id'),
          col.datetime('issued_at'),
          col.varchar('status', 16),
          col.datetime('signed_at', true),
          col.ref('signed_by_id', true),
          col.text('response', true),
          col.text('evidence'),
          col.datetime('first_reported_at', true),
          col.datetime('reported_at', true),
          col.ref('reported_by_id', true),
          col.int('report_count'),
          col.boolean('late'),
          col.text('review_comment', true),
          col.datetime('reviewed_at', true),
          col.ref('reviewed_by_id', true),
        ],
        indices: [index('uq_task_receipt_tenant_task', ['tenant_id', 'task_id'], true), index('ix_task_receipt_tenant_status', ['tenant_id', 'status'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'breakthrough_project',
        columns: [
          ...col.tenantOwned(),
          col.int('year'),
          col.ref('unit_id'),
          col.ref('secretary_member_id'),
          col.varchar('title', PROJECT_TITLE_LENGTH),
          col.varchar('category', 16),
          col.text('problem'),
          col.text('measures'),
          col.text('expected_outcome'),
          col.text('proposal'),
          col.varchar('status', 16),
          col.datetime('applied_at', true),
          col.int('necessity_score', true),
          col.int('timeliness_score', true),
          col.int('leverage_score', true),
          col.text('review_comment', true),
          col.datetime('approved_at', true),
          col.ref('reviewed_by_id', true),
          col.text('outcome', true),
          col.datetime('acceptance_requested_at', true),
          col.int('acceptance_score', true),
          col.text('acceptance_comment', true),
          col.datetime('closed_at', true),
          col.text('termination_reason', true),
          col.datetime('terminated_at', true),
          col.ref('created_by_id'),
        ],
        indices: [index('ix_breakthrough_project_tenant_year', ['tenant_id', 'year']), index('ix_breakthrough_project_tenant_status', ['tenant_id', 'status'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'project_milestone',
        columns: [...col.tenantOwned(), col.ref('project_id'), col.varchar('title', 200), col.date('due_on'), col.date('done_on', true), col.int('sort_order')],
        indices: [index('ix_project_milestone_tenant_project', ['tenant_id', 'project_id'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'project_progress',
        columns: [...col.tenantOwned(), col.ref('project_id'), col.varchar('period_key', 8), col.text('content'), col.text('evidence'), col.ref('reported_by_id')],
        indices: [index('uq_project_progress_period', ['tenant_id', 'project_id', 'period_key'], true)],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['project_progress', 'project_milestone', 'breakthrough_project', 'task_receipt', 'task_deadline_change', 'work_task', 'work_point', 'work_plan']) await runner.dropTable(table);
  }
}
