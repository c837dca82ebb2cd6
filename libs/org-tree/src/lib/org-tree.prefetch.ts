import type { GraphQLResolveInfo } from 'graphql';
import { lookahead, subfields, type ResolveTree } from '@zeren/shared-graphql';
import type { RequestContext } from '@zeren/auth';
import { readEntities } from '@zeren/tenancy';
import { OrgUnit, subtreeRange } from './org-unit/org-unit.entity';
import { MemberStatus, PartyMember } from './member/party-member.entity';
import { orgLoaders } from './org-tree.loaders';

const UNIT = 'OrgUnit';

/** What a unit field's selection asks of the tree below it. */
interface TreeWanted {
  /** Levels of `children` nested below the unit, all with the same `includeDissolved`. */
  levels: number;
  includeDissolved: boolean;
  /** Whether some unit of those levels asks for `memberCount` of its own members. */
  counts: boolean;
}

function treeWanted(tree: ResolveTree): TreeWanted {
  let level = tree;
  let levels = 0;
  let includeDissolved: boolean | undefined;
  let counts = false;
  for (;;) {
    counts ||= subfields(level, UNIT, 'memberCount').some((f) => !f.args['includeDescendants']);
    const children = subfields(level, UNIT, 'children');
    // Two differently aliased `children` (or another includeDissolved below) are left to the loaders.
    if (children.length !== 1) break;
    const dissolved = Boolean(children[0].args['includeDissolved']);
    if (includeDissolved !== undefined && dissolved !== includeDissolved) break;
    includeDissolved = dissolved;
    levels++;
    level = children[0];
  }
  return { levels, includeDissolved: includeDissolved ?? false, counts };
}

/**
 * Loads in one statement the subtree that `roots`' selection will walk — every level of `children`
 * it nests, with each unit's own member count where `memberCount` is asked — and primes the unit,
 * children and member-count loaders with it, so that the field resolvers below find their answers
 * waiting: a page three levels deep costs one statement instead of one per level per field. Roots
 * are one unit, or top-level units (the committee's list of agencies); anything else is left to the
 * loaders, which still cost one statement per level.
 */
export async function prefetchSubtree(ctx: RequestContext, roots: readonly OrgUnit[], info: GraphQLResolveInfo): Promise<void> {
  const tree = lookahead(info);
  if (!tree || roots.length === 0) return;
  const want = treeWanted(tree);
  const single = roots.length === 1;
  if (want.levels === 0 || (!single && roots.some((r) => r.depth > 0))) return;

  const db = ctx.db;
  const qb = db.repo(OrgUnit).queryBuilder('u');
  const lastDepth = (single ? roots[0].depth : 0) + want.levels;
  const tenants = [...new Set(roots.map((r) => r.tenantId))];
  if (single) {
    const { from, to } = subtreeRange(roots[0].path);
    qb.andWhere('u.tenantId = :aheadTenant AND u.path >= :aheadFrom AND u.path < :aheadTo', { aheadTenant: roots[0].tenantId, aheadFrom: from, aheadTo: to });
  } else {
    qb.andWhere('u.tenantId IN (:...aheadTenants)', { aheadTenants: tenants });
  }
  qb.andWhere('u.depth <= :aheadDepth', { aheadDepth: lastDepth });
  if (!want.includeDissolved) qb.andWhere('u.dissolvedOn IS NULL');
  if (want.counts) {
    // One grouped count of the roots' tenants' active members, joined to the units, instead of a
    // correlated count per unit (docs/benchmarks.md, 2026-12-02). Built from the scoped member
    // repository, so it carries the tenant condition and a branch secretary's data scope; the
    // explicit tenant list keeps a cross-tenant reader from counting every tenant.
    const members = db
      .repo(PartyMember)
      .subQuery('m')
      .select('m.unitId', 'unit_id')
      .addSelect('COUNT(*)', 'n')
      .andWhere('m.tenantId IN (:...aheadCountTenants) AND m.status = :aheadActive', { aheadCountTenants: tenants, aheadActive: MemberStatus.ACTIVE })
      .groupBy('m.unitId');
    qb.leftJoin(`(${members.getQuery()})`, 'c', 'c.unit_id = u.id').addSelect('COALESCE(c.n, 0)', 'ahead_members').setParameters(members.getParameters());
  }
  qb.orderBy('u.depth').addOrderBy('u.sortOrder').addOrderBy('u.name');
  const { entities, raw } = await readEntities(qb);

  const children = new Map<string, OrgUnit[]>();
  for (const unit of [...roots, ...entities]) if (unit.depth < lastDepth) children.set(unit.id, []);
  for (const unit of entities) if (unit.parentId) children.get(unit.parentId)?.push(unit);
  const childLoader = orgLoaders.children(ctx, want.includeDissolved);
  for (const [id, list] of children) childLoader.prime(id, list);
  const unitLoader = orgLoaders.unit(ctx);
  for (const unit of entities) unitLoader.prime(unit.id, unit);
  if (want.counts) {
    const countLoader = orgLoaders.memberCount(ctx, false);
    for (const row of raw as { u_id: string; ahead_members: unknown }[]) countLoader.prime(row.u_id, Number(row.ahead_members));
  }
}
