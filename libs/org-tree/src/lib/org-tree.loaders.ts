import { In, IsNull } from 'typeorm';
import { byKeys, groupByKeys, type RequestLoader, type TenantDb } from '@zeren/tenancy';
import type { RequestContext } from '@zeren/auth';
import { NotFoundError } from '@zeren/shared-errors';
import { OrgUnit } from './org-unit/org-unit.entity';
import { MemberStatus, PartyMember } from './member/party-member.entity';
import { MemberTransfer } from './member/member-transfer.entity';
import { PostAssignment } from './post/post-assignment.entity';
import { PostType } from './post/post-type.entity';

// Every loader issues one statement per batch (of up to 10 000 keys), whatever the tree's size.

const ids = (keys: readonly string[]) => In([...keys]);
const counts = (keys: readonly string[], rows: { key: string; n: unknown }[]) => {
  const map = new Map(rows.map((r) => [r.key, Number(r.n)]));
  return keys.map((k) => map.get(k) ?? 0);
};

export const orgLoaders = {
  unit: (ctx: RequestContext): RequestLoader<string, OrgUnit | null> =>
    ctx.loaders.get('orgTree.unit', ctx.db, async (db: TenantDb, keys: readonly string[]) =>
      byKeys(keys, await db.repo(OrgUnit).find({ where: { id: ids(keys) } }), (u) => u.id),
    ),

  children: (ctx: RequestContext, includeDissolved: boolean): RequestLoader<string, OrgUnit[]> =>
    ctx.loaders.get(`orgTree.children:${includeDissolved}`, ctx.db, async (db: TenantDb, keys: readonly string[]) =>
      groupByKeys(
        keys,
        await db.repo(OrgUnit).find({
          where: { parentId: ids(keys), ...(includeDissolved ? {} : { dissolvedOn: IsNull() }) },
          order: { sortOrder: 'ASC', name: 'ASC' },
        }),
        (u) => u.parentId!,
      ),
    ),

  childCount: (ctx: RequestContext): RequestLoader<string, number> =>
    ctx.loaders.get('orgTree.childCount', ctx.db, async (db: TenantDb, keys: readonly string[]) =>
      counts(
        keys,
        await db
          .repo(OrgUnit)
          .queryBuilder('u')
          .select('u.parentId', 'key')
          .addSelect('COUNT(*)', 'n')
          .andWhere('u.parentId IN (:...keys) AND u.dissolvedOn IS NULL', { keys })
          .groupBy('u.parentId')
          .getRawMany(),
      ),
    ),

  /** The first `first` active members of each unit by name: a window function keeps it one statement. */
  members: (ctx: RequestContext, first: number): RequestLoader<string, PartyMember[]> =>
    ctx.loaders.get(`orgTree.members:${first}`, ctx.db, async (db: TenantDb, keys: readonly string[]) => {
      const repo = db.repo(PartyMember);
      const ranked = repo
        .queryBuilder('r')
        .select('r.id', 'id')
        .addSelect('ROW_NUMBER() OVER (PARTITION BY r.unit_id ORDER BY r.name, r.id)', 'rn')
        .andWhere('r.unitId IN (:...keys) AND r.status = :active', { keys, active: MemberStatus.ACTIVE });
      const rows = await repo
        .queryBuilder('m')
        .andWhere(`m.id IN (SELECT ranked.id FROM (${ranked.getQuery()}) ranked WHERE ranked.rn <= :first)`)
        .setParameters({ ...ranked.getParameters(), first })
        .orderBy('m.name')
        .addOrderBy('m.id')
        .getMany();
      return groupByKeys(keys, rows, (m) => m.unitId);
    }),

  /** Active members of the unit, or of the unit and every unit below it. */
  memberCount: (ctx: RequestContext, includeDescendants: boolean): RequestLoader<string, number> =>
    ctx.loaders.get(`orgTree.memberCount:${includeDescendants}`, ctx.db, async (db: TenantDb, keys: readonly string[]) => {
      if (!includeDescendants) {
        return counts(
          keys,
          await db
            .repo(PartyMember)
            .queryBuilder('m')
            .select('m.unitId', 'key')
            .addSelect('COUNT(*)', 'n')
            .andWhere('m.unitId IN (:...keys) AND m.status = :active', { keys, active: MemberStatus.ACTIVE })
            .groupBy('m.unitId')
            .getRawMany(),
        );
      }
      // A correlated count per unit fixes the join order: the subtree as a range (see subtreeRange), then
      // members by (tenant_id, unit_id). As a plain join SQLite's planner starts from the members and
      // scans every unit per member. Built from the scoped member repository, so the count carries the
      // tenant condition and a branch secretary's data scope like any other read of members.
      const subtree = db
        .repo(PartyMember)
        .subQuery('m')
        .select('COUNT(*)')
        .innerJoin(OrgUnit, 'd', 'd.tenantId = m.tenantId AND d.id = m.unitId')
        .andWhere(`d.tenantId = u.tenantId AND d.path >= u.path AND d.path < CONCAT(SUBSTR(u.path, 1, LENGTH(u.path) - 1), '0')`)
        .andWhere('m.status = :active', { active: MemberStatus.ACTIVE });
      return counts(
        keys,
        await db
          .repo(OrgUnit)
          .queryBuilder('u')
          .select('u.id', 'key')
          .addSelect(`(${subtree.getQuery()})`, 'n')
          .andWhere('u.id IN (:...keys)', { keys })
          .setParameters(subtree.getParameters())
          .getRawMany(),
      );
    }),

  /** Current holders of the unit's secretary post (the catalogue flags which posts those are). */
  secretary: (ctx: RequestContext): RequestLoader<string, PostAssignment | null> =>
    ctx.loaders.get('orgTree.secretary', ctx.db, async (db: TenantDb, keys: readonly string[]) => {
      const rows = await db
        .repo(PostAssignment)
        .queryBuilder('a')
        .innerJoin(PostType, 'p', 'p.code = a.postCode AND p.secretary = :yes', { yes: true })
        .andWhere('a.unitId IN (:...keys) AND a.endsOn IS NULL', { keys })
        .orderBy('a.startsOn', 'ASC')
        .getMany();
      // byKeys keeps the last row per key: should two terms overlap, the newest holder wins.
      return byKeys(keys, rows, (a) => a.unitId);
    }),

  unitPosts: (ctx: RequestContext): RequestLoader<string, PostAssignment[]> =>
    ctx.loaders.get('orgTree.unitPosts', ctx.db, async (db: TenantDb, keys: readonly string[]) =>
      groupByKeys(
        keys,
        await db.repo(PostAssignment).find({ where: { unitId: ids(keys), endsOn: IsNull() }, order: { startsOn: 'ASC' } }),
        (a) => a.unitId,
      ),
    ),

  member: (ctx: RequestContext): RequestLoader<string, PartyMember | null> =>
    ctx.loaders.get('orgTree.member', ctx.db, async (db: TenantDb, keys: readonly string[]) =>
      byKeys(keys, await db.repo(PartyMember).find({ where: { id: ids(keys) } }), (m) => m.id),
    ),

  /** `db` is ctx.db, or ctx.own for the caller's own member record (their posts whatever their data scope). */
  memberPosts: (ctx: RequestContext, db: TenantDb = ctx.db): RequestLoader<string, PostAssignment[]> =>
    ctx.loaders.get('orgTree.memberPosts', db, async (db: TenantDb, keys: readonly string[]) =>
      groupByKeys(
        keys,
        await db.repo(PostAssignment).find({ where: { memberId: ids(keys), endsOn: IsNull() }, order: { startsOn: 'ASC' } }),
        (a) => a.memberId,
      ),
    ),

  transfers: (ctx: RequestContext, db: TenantDb = ctx.db): RequestLoader<string, MemberTransfer[]> =>
    ctx.loaders.get('orgTree.transfers', db, async (db: TenantDb, keys: readonly string[]) =>
      groupByKeys(
        keys,
        await db.repo(MemberTransfer).find({ where: { memberId: ids(keys) }, order: { transferredOn: 'ASC', createdAt: 'ASC' } }),
        (t) => t.memberId,
      ),
    ),

  postType: (ctx: RequestContext): RequestLoader<string, PostType | null> =>
    ctx.loaders.get('orgTree.postType', ctx.db, async (db: TenantDb, keys: readonly string[]) =>
      byKeys(keys, await db.reference(PostType).find({ where: { code: ids(keys) } }), (p) => p.code),
    ),
};

/**
 * One unit by id, or NOT_FOUND (as for another tenant's), through the request's unit loader: every
 * resolver of a page that names the same unit (the tree and the member list) shares one statement.
 */
export async function loadUnit(ctx: RequestContext, id: string): Promise<OrgUnit> {
  const unit = await orgLoaders.unit(ctx).load(id);
  if (!unit) throw new NotFoundError('党组织');
  return unit;
}
