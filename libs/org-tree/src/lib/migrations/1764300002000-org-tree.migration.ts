import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@zeren/tenancy';
import { PATH_LENGTH } from '../org-unit/org-unit.entity';
import { POST_CATALOGUE } from '../post/post-type.catalogue';

const int = (name: string) => col.int(name);

const index = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

export class OrgTree1764300002000 implements MigrationInterface {
  name = 'OrgTree1764300002000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'org_unit',
        columns: [
          ...col.tenantOwned(),
          col.varchar('kind', 32),
          col.varchar('name', 100),
          col.varchar('code', 32),
          col.ref('parent_id', true),
          col.varchar('path', PATH_LENGTH),
          int('depth'),
          int('sort_order'),
          col.date('established_on', true),
          col.date('dissolved_on', true),
          col.varchar('task_force', 100, true),
          col.date('starts_on', true),
          col.date('ends_on', true),
        ],
        indices: [
          index('uq_org_unit_tenant_code', ['tenant_id', 'code'], true),
          index('ix_org_unit_tenant_parent', ['tenant_id', 'parent_id', 'sort_order']),
          index('ix_org_unit_tenant_path', ['tenant_id', 'path']),
          index('ix_org_unit_tenant_kind', ['tenant_id', 'kind']),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'party_member',
        columns: [
          ...col.tenantOwned(),
          col.varchar('name', 32),
          col.varchar('gender', 8),
          col.varchar('ethnicity', 16),
          col.date('birth_date', true),
          col.varchar('education', 16, true),
          col.date('joined_on'),
          col.varchar('category', 16),
          col.varchar('status', 16),
          col.ref('unit_id'),
          col.varchar('phone', 20, true),
          col.boolean('leadership_member'),
          col.varchar('job_title', 64, true),
          col.ref('user_id', true),
        ],
        indices: [
          index('ix_party_member_tenant_unit', ['tenant_id', 'unit_id', 'name']),
          index('ix_party_member_tenant_name', ['tenant_id', 'name']),
          index('ix_party_member_tenant_user', ['tenant_id', 'user_id']),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'member_transfer',
        columns: [
          ...col.tenantOwned(),
          col.ref('member_id'),
          col.ref('from_unit_id'),
          col.ref('to_unit_id'),
          col.date('transferred_on'),
          col.varchar('note', 200, true),
        ],
        indices: [index('ix_member_transfer_tenant_member', ['tenant_id', 'member_id', 'transferred_on'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'post_type',
        columns: [
          { name: 'code', type: 'varchar', length: '48', isPrimary: true },
          col.varchar('name', 64),
          col.varchar('post_class', 16),
          col.boolean('nine_post'),
          col.boolean('assignable'),
          col.boolean('secretary'),
          col.varchar('cadre', 16, true),
          col.text('unit_kinds', true),
          int('sort_order'),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'post_assignment',
        columns: [
          ...col.tenantOwned(),
          col.ref('member_id'),
          col.ref('unit_id'),
          col.varchar('post_code', 48),
          col.date('starts_on'),
          col.date('ends_on', true),
        ],
        indices: [
          index('ix_post_assignment_tenant_unit', ['tenant_id', 'unit_id', 'post_code']),
          index('ix_post_assignment_tenant_member', ['tenant_id', 'member_id']),
          index('ix_post_assignment_tenant_post', ['tenant_id', 'post_code']),
        ],
      }),
    );
    // The catalogue is data the committee edits later; a new database starts with these rows — in the
    // columns this migration made (later ones add the rest, and fill them). 1 / 0 for booleans: better-sqlite3
    // binds no JavaScript booleans.
    for (const p of POST_CATALOGUE) {
      await runner.query(
        'INSERT INTO post_type (code, name, post_class, nine_post, assignable, secretary, cadre, unit_kinds, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [p.code, p.name, p.postClass, Number(p.ninePost), Number(p.assignable), Number(p.secretary), p.cadre, p.unitKinds?.join(',') ?? null, p.sortOrder],
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['post_assignment', 'post_type', 'member_transfer', 'party_member', 'org_unit']) await runner.dropTable(table);
  }
}
