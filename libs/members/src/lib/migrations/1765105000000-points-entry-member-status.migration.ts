import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const NAME = 'ix_points_entry_tenant_member';
const OLD = new TableIndex({ name: NAME, columnNames: ['tenant_id', 'member_id', 'occurred_on'] });
const NEW = new TableIndex({ name: NAME, columnNames: ['tenant_id', 'member_id', 'status', 'occurred_on', 'points_tenths'] });

/**
 * The member's entries by state: the ranking's join (a member's approved entries of a period) had two
 * indexes of equal worth to SQLite's planner, which took the tenant's approved entries of the period
 * for every member — 0.4 s at 1 000 members, and growing with members × entries (tools/bench). With
 * the status in the member's index it is the one that fits, on both engines; with the points in it
 * too, the sums are read from the index alone (MariaDB, 25 000 members: 0.41 s → 0.02 s for the sums).
 */
export class PointsEntryMemberStatus1765105000000 implements MigrationInterface {
  name = 'PointsEntryMemberStatus1765105000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('points_entry', NAME);
    await runner.createIndex('points_entry', NEW);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('points_entry', NAME);
    await runner.createIndex('points_entry', OLD);
  }
}
