import { IsNull, Raw } from 'typeorm';
import { Role, type ScopeHook } from '@zeren/auth';
import { GridMembership } from './grid/grid.entity';

/**
 * A grid liaison reads the agencies now in the grids they liaise with (DESIGN.md seam 2); the
 * committee's admins and leaders read every agency. Asked on every request and never cached, so a
 * move shows on the liaison's next request. One statement.
 */
export const gridsScopeHook: ScopeHook = {
  async readableTenants(principal, db) {
    const roles = principal.roles;
    if (!roles.includes(Role.GRID_LIAISON) || roles.includes(Role.COMMITTEE_ADMIN) || roles.includes(Role.COMMITTEE_LEADER)) return null;
    const rows = await db.reference(GridMembership).find({
      where: {
        endsOn: IsNull(),
        gridId: Raw((column) => `${column} IN (SELECT grid_id FROM grid_liaison WHERE user_id = :userId)`, { userId: principal.userId }),
      },
      select: { agencyId: true },
    });
    return rows.map((r) => r.agencyId);
  },
};
