import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@zeren/tenancy';
import { STAR_TITLE_LENGTH } from '../star/star.entity';

const index = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/** 党支部星级管理: the committee's yearly schemes, the branches' ratings and the objections during 公示. */
export class Stars1765160000000 implements MigrationInterface {
  name = 'Stars1765160000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'star_scheme',
        columns: [
          col.id(),
          col.datetime('created_at'),
          col.datetime('updated_at'),
          col.int('year'),
          col.varchar('title', STAR_TITLE_LENGTH),
          col.text('criteria'),
          col.text('bands'),
          col.int('satisfaction_weight'),
          col.text('satisfaction_caps'),
          col.text('quotas'),
          col.boolean('five_star_needs_innovation'),
          col.varchar('status', 16),
        ],
        indices: [index('uq_star_scheme_year', ['year'], true)],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'star_rating',
        columns: [
          ...col.tenantOwned(),
          col.ref('scheme_id'),
          col.int('year'),
          col.ref('unit_id'),
          col.text('scores'),
          col.int('satisfaction', true),
          col.text('innovation_project', true),
          col.int('total_tenths'),
          col.int('stars'),
          col.varchar('status', 24),
          col.text('party_return_reason', true),
          col.text('committee_return_reason', true),
          col.ref('self_submitted_by_id', true),
          col.ref('party_reviewed_by_id', true),
          col.ref('confirmed_by_id', true),
          col.date('publicized_until', true),
          col.date('named_on', true),
          col.int('named_stars', true),
        ],
        indices: [index('uq_star_rating_unit_year', ['tenant_id', 'unit_id', 'year'], true), index('ix_star_rating_year', ['tenant_id', 'year', 'status'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'star_objection',
        columns: [
          ...col.tenantOwned(),
          col.ref('rating_id'),
          col.ref('unit_id'),
          col.text('content'),
          col.ref('created_by_id'),
          col.varchar('status', 16),
          col.text('answer', true),
          col.ref('answered_by_id', true),
          col.datetime('answered_at', true),
        ],
        indices: [index('ix_star_objection_rating', ['tenant_id', 'rating_id', 'status'])],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('star_objection');
    await runner.dropTable('star_rating');
    await runner.dropTable('star_scheme');
  }
}
