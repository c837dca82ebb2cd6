import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, column } from '@zeren/tenancy';
import { OrgUnitKind } from '../org-unit/org-unit-kind.enum';
import { POST_CATALOGUE, PostCode } from '../post/post-type.catalogue';

// Both engines take 1 / 0 for a boolean column; better-sqlite3 binds no JavaScript booleans.
const bit = (value: boolean) => (value ? 1 : 0);

/**
 * Who may hold a post, as catalogue data (full members only; a holder from the unit or below it),
 * and the heads a 党总支 and a 党小组 have of their own. Existing 党支部书记 appointments on a 党总支
 * or a 党小组 become that unit's own head, so every appointment fits the catalogue afterwards.
 */
export class PostRules1764500000000 implements MigrationInterface {
  name = 'PostRules1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('post_type', column({ ...col.boolean('full_members_only'), default: 0 }));
    await runner.addColumn('post_type', column({ ...col.boolean('holder_within_unit'), default: 0 }));
    const have = new Set(((await runner.query('SELECT code FROM post_type')) as { code: string }[]).map((r) => r.code));
    for (const p of POST_CATALOGUE) {
      if (have.has(p.code)) {
        // Only the new rules: names, kinds and orders the committee may have edited stay as they are.
        await runner.query('UPDATE post_type SET full_members_only = ?, holder_within_unit = ? WHERE code = ?', [bit(p.fullMembersOnly), bit(p.holderWithinUnit), p.code]);
        continue;
      }
      await runner.query(
        'INSERT INTO post_type (code, name, post_class, nine_post, assignable, secretary, cadre, unit_kinds, sort_order, full_members_only, holder_within_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [p.code, p.name, p.postClass, bit(p.ninePost), bit(p.assignable), bit(p.secretary), p.cadre, p.unitKinds?.join(',') ?? null, p.sortOrder, bit(p.fullMembersOnly), bit(p.holderWithinUnit)],
      );
    }
    const branchOnly = POST_CATALOGUE.find((p) => p.code === PostCode.BRANCH_SECRETARY)!.unitKinds!.join(',');
    await runner.query('UPDATE post_type SET unit_kinds = ? WHERE code = ?', [branchOnly, PostCode.BRANCH_SECRETARY]);
    for (const [kind, code] of [
      [OrgUnitKind.GENERAL_BRANCH, PostCode.GENERAL_BRANCH_SECRETARY],
      [OrgUnitKind.PARTY_CELL, PostCode.CELL_LEADER],
    ] as const) {
      await runner.query(
        'UPDATE post_assignment SET post_code = ? WHERE post_code = ? AND unit_id IN (SELECT id FROM org_unit WHERE kind = ?)',
        [code, PostCode.BRANCH_SECRETARY, kind],
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const code of [PostCode.GENERAL_BRANCH_SECRETARY, PostCode.CELL_LEADER]) {
      await runner.query('UPDATE post_assignment SET post_code = ? WHERE post_code = ?', [PostCode.BRANCH_SECRETARY, code]);
      await runner.query('DELETE FROM post_type WHERE code = ?', [code]);
    }
    await runner.dropColumn('post_type', 'holder_within_unit');
    await runner.dropColumn('post_type', 'full_members_only');
  }
}
