import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, column } from '@zeren/tenancy';

/** Tokens name the session version they were issued under; a password, disable or role change bumps it. */
export class SessionVersion1764400011000 implements MigrationInterface {
  name = 'SessionVersion1764400011000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('user', column({ ...col.int('session_version'), default: 0 }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('user', 'session_version');
  }
}
