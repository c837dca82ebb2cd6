import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@zeren/tenancy';
import { MEMBER_NAME_LENGTH, UNIT_NAME_LENGTH } from '../archive/points-archive.entity';

const index = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/** 积分年度归档: the closed years and their rankings as they stood. */
export class PointsArchive1765150000000 implements MigrationInterface {
  name = 'PointsArchive1765150000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'points_year_archive',
        columns: [...col.tenantOwned(), col.int('year'), col.ref('archived_by_id'), col.datetime('archived_at'), col.int('members'), col.int('participants'), col.int('total_tenths')],
        indices: [index('uq_points_year_archive_year', ['tenant_id', 'year'], true)],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'points_archive_row',
        columns: [
          ...col.tenantOwned(),
          col.int('year'),
          col.ref('member_id'),
          col.varchar('member_name', MEMBER_NAME_LENGTH),
          col.ref('branch_id'),
          col.varchar('branch_name', UNIT_NAME_LENGTH),
          col.int('tenths'),
          col.int('agency_rank'),
          col.int('branch_rank'),
        ],
        indices: [index('ix_points_archive_row_rank', ['tenant_id', 'year', 'agency_rank'])],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('points_archive_row');
    await runner.dropTable('points_year_archive');
  }
}
