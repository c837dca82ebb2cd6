import type { DataSource } from 'typeorm';
import { Scope, Tenant, TenantDb, TenantKind, TenantStatus, newId } from '@zeren/tenancy';
import { Gender, MemberCategory, MemberStatus, OrgUnit, OrgUnitKind, PartyMember, PostAssignment, PostCode } from '@zeren/org-tree';

export interface StatementTenant {
  tenantId: string;
  rootId: string;
  units: number;
}

// Level by level: a party committee, organ committees, general branches, branches (the kind table allows each).
const KINDS = [OrgUnitKind.PARTY_COMMITTEE, OrgUnitKind.ORGAN_PARTY_COMMITTEE, OrgUnitKind.GENERAL_BRANCH, OrgUnitKind.BRANCH];
const MIN_MEMBERS = 60;
const CHUNK = 2000;
const SECRETARY: readonly string[] = [PostCode.PARTY_GROUP_SECRETARY, PostCode.ORGAN_COMMITTEE_SECRETARY, PostCode.BRANCH_SECRETARY, PostCode.BRANCH_SECRETARY];

/** The fan-out k for which root + k + k² + k³ first holds `units`, so the page's three levels cover all of them. */
export function fanOut(units: number): number {
  let k = 1;
  while (1 + k + k * k + k * k * k < units) k++;
  return k;
}

/** How many units each level gets: full levels of `fanOut` first, the last level takes what is left. */
export function levelSizes(units: number): number[] {
  const k = fanOut(units);
  const sizes: number[] = [];
  let left = units;
  for (let level = 0, full = 1; level < KINDS.length && left > 0; level++, full *= k) {
    const n = Math.min(full, left);
    sizes.push(n);
    left -= n;
  }
  return sizes;
}

/**
 * Agencies whose trees have exactly `units` units, all within three levels of the root, with a
 * member per unit (at least 60 in all) holding the unit's secretary post: the tenant page's
 * statement count must not change between them. Written in bulk through the scoped layer, like the seed.
 */
export async function seedStatementTenants(dataSource: DataSource, sizes: readonly number[]): Promise<StatementTenant[]> {
  const system = new TenantDb(dataSource, Scope.system('bench statement tenants'));
  const made: StatementTenant[] = [];
  for (const units of sizes) {
    const { own, tenantId, rows } = await seedSyntheticAgency(system, `BENCH${units}`, `基准测试单位(${units} 个党组织)`, units);
    // At least a full page of members everywhere: TypeORM skips the page's COUNT when the page is short.
    const members = await seedMembers(own, rows, Math.max(rows.length, MIN_MEMBERS));
    await own.repo(PostAssignment).insert(
      members.slice(0, rows.length).map((m, i) => ({ memberId: m.id, unitId: m.unitId, postCode: SECRETARY[rows[i].depth] ?? PostCode.BRANCH_SECRETARY, startsOn: '2024-01-01', endsOn: null })),
    );
    made.push({ tenantId, rootId: rows[0].id, units });
  }
  return made;
}

export type SyntheticUnit = Pick<OrgUnit, 'id' | 'depth'>;

/** An active agency with a tree of exactly `units` units within three levels of the root (root first). */
export async function seedSyntheticAgency(system: TenantDb, code: string, name: string, units: number): Promise<{ own: TenantDb; tenantId: string; rows: SyntheticUnit[] }> {
  const tenant = Object.assign(new Tenant(), { id: newId(), code, name, kind: TenantKind.AGENCY, status: TenantStatus.ACTIVE, createdAt: new Date() });
  await system.register(Tenant).insert(tenant);
  const own = system.actingFor(tenant.id);
  const rows: Omit<OrgUnit, 'tenantId' | 'createdAt' | 'updatedAt'>[] = [];
  let parents: { id: string; path: string }[] = [];
  levelSizes(units).forEach((count, depth) => {
    const level: { id: string; path: string }[] = [];
    for (let i = 0; i < count; i++) {
      const parent = depth === 0 ? null : parents[i % parents.length];
      const id = newId();
      const path = `${parent?.path ?? '/'}${id}/`;
      rows.push({
        id,
        kind: KINDS[depth],
        name: `第${depth}级组织${String(i).padStart(5, '0')}`,
        code: `U${depth}-${i}`,
        parentId: parent?.id ?? null,
        path,
        depth,
        sortOrder: i,
        establishedOn: null,
        dissolvedOn: null,
        taskForce: null,
        startsOn: null,
        endsOn: null,
      });
      level.push({ id, path });
    }
    parents = level;
  });
  await own.repo(OrgUnit).insert(rows);
  return { own, tenantId: tenant.id, rows };
}

/** `count` active members spread round the units in turn, in chunks the drivers take comfortably. */
export async function seedMembers(own: TenantDb, units: readonly SyntheticUnit[], count: number): Promise<PartyMember[]> {
  const made: PartyMember[] = [];
  for (let from = 0; from < count; from += CHUNK) {
    const chunk = Array.from({ length: Math.min(CHUNK, count - from) }, (_, j) => from + j);
    made.push(
      ...(await own.repo(PartyMember).insert(
        chunk.map((i) => ({
          name: `党员${String(i).padStart(5, '0')}`,
          gender: i % 2 ? Gender.FEMALE : Gender.MALE,
          ethnicity: '汉族',
          birthDate: '1985-01-01',
          education: '大学本科',
          joinedOn: '2010-07-01',
          category: MemberCategory.FULL,
          status: MemberStatus.ACTIVE,
          unitId: units[i % units.length].id,
          phone: null,
          idNumber: null,
          leadershipMember: false,
          jobTitle: null,
          userId: null,
        })),
      )),
    );
  }
  return made;
}
