import { Role, User } from '@zeren/auth';
import { localYear } from '@zeren/shared-periods';
import { SEEDED_COMMITTEE, Tenant, TenantKind, newId, type ModuleSeeder } from '@zeren/tenancy';
import { Grid, GridLiaison, GridMembership } from '../grid/grid.entity';
import { DEMO_GRIDS, LIAISON_GRID } from './grids.data';

/**
 * The ten grids over every agency, once all agencies are written: led in turn by the committee's
 * admins and leaders, the demo liaison (`gw_liaison`) on the first grid. Agencies the demo's table
 * does not name are dealt round the grids in register order, so a synthetic set's first agency is
 * the liaison's and the next two are not. Three inserts.
 */
export const gridsSeeder: ModuleSeeder = {
  async finish({ db, shared }) {
    const committee = shared.get(SEEDED_COMMITTEE);
    const agencies = await db.reference(Tenant).find({ where: { kind: TenantKind.AGENCY }, order: { code: 'ASC' } });
    if (agencies.length === 0) return;
    const staff = await db.repo(User).find({ where: { tenantId: committee.id }, order: { username: 'ASC' } });
    const leaders = staff.filter((u) => u.roles.includes(Role.COMMITTEE_LEADER) || u.roles.includes(Role.COMMITTEE_ADMIN));
    const liaison = staff.find((u) => u.roles.includes(Role.GRID_LIAISON));
    if (leaders.length === 0) return;
    const now = new Date();
    const grids: Grid[] = DEMO_GRIDS.map((g, i) => ({ id: newId(), name: g.name, position: i + 1, leaderUserId: leaders[i % leaders.length].id, note: g.note, createdAt: now, updatedAt: now }));
    const gridOf = new Map(DEMO_GRIDS.flatMap((g, i) => g.agencies.map((code) => [code, i] as const)));
    // Synthetic agencies (not in the demo's table) in their written order, dealt from the first grid.
    const unnamed = agencies.filter((a) => !gridOf.has(a.code)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.code.localeCompare(b.code));
    unnamed.forEach((a, i) => gridOf.set(a.code, i % grids.length));
    const startsOn = `${localYear()}-01-01`;
    await db.register(Grid).insert(grids);
    await db.register(GridMembership).insert(
      agencies.map((a) => ({ id: newId(), gridId: grids[gridOf.get(a.code)!].id, agencyId: a.id, startsOn, endsOn: null, currentAgencyId: a.id, createdAt: now, updatedAt: now })),
    );
    if (liaison) await db.register(GridLiaison).insert({ id: newId(), gridId: grids[LIAISON_GRID].id, userId: liaison.id, createdAt: now, updatedAt: now });
  },
};
