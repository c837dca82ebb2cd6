import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The tenant page as the portal asks for it, and the same rows fetched by hand-written SQL (the
// floor). Both answer in the same JSON shape so that a run can check they agree before timing them.

/** The page's document is org-tree's own, so that its statement count is asserted in that lib's tests. */
export { TENANT_PAGE_QUERY } from '@zeren/org-tree/testing';

export const TRIVIAL_QUERY = '{ __typename }';

/** The portal's own committee-overview document, so the bench times what the page asks for. */
export const PORTAL_OVERVIEW_DOCUMENT = 'apps/portal/src/graphql/overview/org-overview.graphql';

// Used only if the portal's document has moved: the overview's figures without the per-agency table.
const OVERVIEW_FALLBACK = `query OrgOverview {
  orgOverview {
    agencies members probationaryMembers branchSecretaries branchSecretariesInLeadership branchSecretaryLeadershipShare
    partyAffairsCadres fullTimeCadres partTimeCadres actionBranches agenciesWithOrganCommittee agenciesWithFullTimeDeputy
    unitsByKind { kind count }
  }
}`;

export function overviewQuery(root: string): { query: string; source: string } {
  try {
    return { query: readFileSync(join(root, PORTAL_OVERVIEW_DOCUMENT), 'utf8'), source: PORTAL_OVERVIEW_DOCUMENT };
  } catch {
    return { query: OVERVIEW_FALLBACK, source: 'built-in fallback (the portal document was not found)' };
  }
}

export const PAGE_DEPTH = 3;
export const PAGE_MEMBERS = 50;

export interface PageUnit {
  id: string;
  name: string;
  kind: string;
  memberCount: number;
  children?: PageUnit[];
}

export interface PagePost {
  postCode: string;
  unitId: string;
  startsOn: string;
}

export interface PageMember {
  id: string;
  name: string;
  gender: string;
  joinedOn: string;
  unitId: string;
  posts: PagePost[];
}

export interface TenantPage {
  orgUnit: PageUnit;
  partyMembers: { total: number; items: PageMember[] };
}

/** Minimal access the floor needs: one statement in, rows out (mysql2 or better-sqlite3 behind it). */
export interface FloorDb {
  engine: 'sqlite' | 'mysql';
  all<T>(sql: string, params: unknown[]): Promise<T[]>;
}

interface UnitRow {
  id: string;
  name: string;
  kind: string;
  parent_id: string | null;
  path: string;
  depth: number;
  sort_order: number;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * The floor: five statements, each the least the page needs (subtree by path prefix, member counts,
 * one page of members, their total, their current posts), with no ORM, no GraphQL and no auth.
 */
export async function tenantPageFloor(db: FloorDb, tenantId: string, unitId: string): Promise<TenantPage | null> {
  const prefix = db.engine === 'mysql' ? "CONCAT(r.path, '%')" : "r.path || '%'";
  const units = await db.all<UnitRow>(
    `SELECT u.id, u.name, u.kind, u.parent_id, u.path, u.depth, u.sort_order
       FROM org_unit r
       JOIN org_unit u ON u.tenant_id = r.tenant_id AND u.path LIKE ${prefix} AND u.depth <= r.depth + ${PAGE_DEPTH}
      WHERE r.tenant_id = ? AND r.id = ? AND (u.id = r.id OR u.dissolved_on IS NULL)
      ORDER BY u.depth, u.sort_order, u.name`,
    [tenantId, unitId],
  );
  const root = units.find((u) => u.id === unitId);
  if (!root) return null;
  const counts = await db.all<{ unit_id: string; n: number | string }>(
    `SELECT unit_id, COUNT(*) AS n FROM party_member
      WHERE tenant_id = ? AND unit_id IN (${placeholders(units.length)}) AND status = 'ACTIVE' GROUP BY unit_id`,
    [tenantId, ...units.map((u) => u.id)],
  );
  const memberFilter = `FROM party_member m JOIN org_unit u ON u.tenant_id = m.tenant_id AND u.id = m.unit_id
      WHERE m.tenant_id = ? AND u.path LIKE ? AND m.status = 'ACTIVE'`;
  const members = await db.all<{ id: string; name: string; gender: string; joined_on: string; unit_id: string }>(
    `SELECT m.id, m.name, m.gender, m.joined_on, m.unit_id ${memberFilter} ORDER BY m.name, m.id LIMIT ${PAGE_MEMBERS}`,
    [tenantId, `${root.path}%`],
  );
  const [total] = await db.all<{ n: number | string }>(`SELECT COUNT(*) AS n ${memberFilter}`, [tenantId, `${root.path}%`]);
  const posts = members.length
    ? await db.all<{ member_id: string; post_code: string; unit_id: string; starts_on: string }>(
        `SELECT member_id, post_code, unit_id, starts_on FROM post_assignment
          WHERE tenant_id = ? AND member_id IN (${placeholders(members.length)}) AND ends_on IS NULL ORDER BY starts_on`,
        [tenantId, ...members.map((m) => m.id)],
      )
    : [];

  const memberCount = new Map(counts.map((c) => [c.unit_id, Number(c.n)]));
  const byParent = new Map<string, UnitRow[]>();
  for (const u of units) {
    if (u.id === root.id || !u.parent_id) continue;
    byParent.set(u.parent_id, [...(byParent.get(u.parent_id) ?? []), u]);
  }
  const nest = (u: UnitRow, level: number): PageUnit => {
    const node: PageUnit = { id: u.id, name: u.name, kind: u.kind, memberCount: memberCount.get(u.id) ?? 0 };
    if (level < PAGE_DEPTH) node.children = (byParent.get(u.id) ?? []).map((c) => nest(c, level + 1));
    return node;
  };
  const postsOf = new Map<string, PagePost[]>();
  for (const p of posts) postsOf.set(p.member_id, [...(postsOf.get(p.member_id) ?? []), { postCode: p.post_code, unitId: p.unit_id, startsOn: p.starts_on }]);
  return {
    orgUnit: nest(root, 0),
    partyMembers: {
      total: Number(total?.n ?? 0),
      items: members.map((m) => ({ id: m.id, name: m.name, gender: m.gender, joinedOn: m.joined_on, unitId: m.unit_id, posts: postsOf.get(m.id) ?? [] })),
    },
  };
}

/** What must agree between the gateway's page and the floor's: unit ids, member ids, post counts. */
export function pageFingerprint(page: TenantPage): { units: string[]; members: string[]; posts: number; total: number } {
  const units: string[] = [];
  const walk = (u: PageUnit) => {
    units.push(u.id);
    u.children?.forEach(walk);
  };
  walk(page.orgUnit);
  return {
    units: units.sort(),
    members: page.partyMembers.items.map((m) => m.id),
    posts: page.partyMembers.items.reduce((s, m) => s + m.posts.length, 0),
    total: page.partyMembers.total,
  };
}

/** Units in a page tree, root included. */
export function pageUnitCount(page: TenantPage): number {
  return pageFingerprint(page).units.length;
}
