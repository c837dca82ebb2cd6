import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@zeren/tenancy';
import { GRADE_CODE_LENGTH, REVIEW_GROUP_NAME_LENGTH, REVIEW_TITLE_LENGTH } from '../review/review-session.entity';
import { COMMENTER_LENGTH } from '../review/review-participant.entity';

const index = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/** 述职评议: the yearly session and its groups (global), each agency's report and result, the comments and the ratings (tenant-owned). */
export class Review1765000010000 implements MigrationInterface {
  name = 'Review1765000010000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'review_session',
        columns: [
          col.id(),
          col.int('year'),
          col.varchar('title', REVIEW_TITLE_LENGTH),
          col.date('held_on'),
          col.varchar('status', 16),
          col.text('scale'),
          col.text('reviewer_user_ids'),
          col.ref('created_by_id'),
          col.datetime('closed_at', true),
          col.datetime('created_at'),
          col.datetime('updated_at'),
        ],
        indices: [index('uq_review_session_year', ['year'], true)],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'review_group',
        columns: [col.id(), col.ref('session_id'), col.varchar('name', REVIEW_GROUP_NAME_LENGTH), col.int('position'), col.datetime('created_at'), col.datetime('updated_at')],
        indices: [index('uq_review_group_name', ['session_id', 'name'], true)],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'review_participant',
        columns: [
          ...col.tenantOwned(),
          col.ref('session_id'),
          col.ref('group_id'),
          col.varchar('status', 16),
          col.text('summary', true),
          col.text('report_files'),
          col.datetime('submitted_at', true),
          col.ref('submitted_by_id', true),
          col.text('return_reason', true),
          col.datetime('returned_at', true),
          col.ref('created_by_id'),
          col.int('result_centi_score', true),
          col.varchar('result_grade', GRADE_CODE_LENGTH, true),
          col.int('result_rank', true),
          col.int('result_ranked', true),
          col.int('result_rating_count', true),
        ],
        indices: [index('uq_review_participant_tenant_session', ['tenant_id', 'session_id'], true), index('ix_review_participant_tenant_group', ['tenant_id', 'group_id'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'review_comment',
        columns: [
          ...col.tenantOwned(),
          col.ref('session_id'),
          col.ref('participant_id'),
          col.varchar('commenter', COMMENTER_LENGTH),
          col.text('content'),
          col.ref('rectification_id', true),
          col.ref('created_by_id'),
        ],
        indices: [index('ix_review_comment_tenant_participant', ['tenant_id', 'participant_id']), index('ix_review_comment_tenant_session', ['tenant_id', 'session_id'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'review_rating',
        columns: [...col.tenantOwned(), col.ref('session_id'), col.ref('participant_id'), col.ref('reviewer_user_id'), col.varchar('code', GRADE_CODE_LENGTH), col.int('score'), col.datetime('rated_at')],
        indices: [index('uq_review_rating_tenant_reviewer', ['tenant_id', 'participant_id', 'reviewer_user_id'], true), index('ix_review_rating_tenant_session', ['tenant_id', 'session_id'])],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['review_rating', 'review_comment', 'review_participant', 'review_group', 'review_session']) await runner.dropTable(table);
  }
}
