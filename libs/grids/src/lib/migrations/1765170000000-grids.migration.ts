import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@zeren/tenancy';
import { GRID_NAME_LENGTH, GRID_NOTE_LENGTH } from '../grid/grid.entity';

const globalColumns = () => [col.id(), col.datetime('created_at'), col.datetime('updated_at')];

export class Grids1765170000000 implements MigrationInterface {
  name = 'Grids1765170000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'grid',
        columns: [...globalColumns(), col.varchar('name', GRID_NAME_LENGTH), col.int('position'), col.ref('leader_user_id'), col.varchar('note', GRID_NOTE_LENGTH)],
        indices: [new TableIndex({ name: 'uq_grid_name', columnNames: ['name'], isUnique: true })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'grid_liaison',
        columns: [...globalColumns(), col.ref('grid_id'), col.ref('user_id')],
        indices: [
          new TableIndex({ name: 'uq_grid_liaison', columnNames: ['grid_id', 'user_id'], isUnique: true }),
          new TableIndex({ name: 'ix_grid_liaison_user', columnNames: ['user_id'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'grid_membership',
        columns: [...globalColumns(), col.ref('grid_id'), col.ref('agency_id'), col.date('starts_on'), col.date('ends_on', true), col.ref('current_agency_id', true)],
        indices: [
          new TableIndex({ name: 'ix_grid_membership_grid', columnNames: ['grid_id', 'ends_on'] }),
          new TableIndex({ name: 'ix_grid_membership_agency', columnNames: ['agency_id', 'starts_on'] }),
          new TableIndex({ name: 'uq_grid_membership_current', columnNames: ['current_agency_id'], isUnique: true }),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('grid_membership');
    await runner.dropTable('grid_liaison');
    await runner.dropTable('grid');
  }
}
