import './lib/grids.policies';
import type { ZerenModule } from '@zeren/api';
import { Grid, GridLiaison, GridMembership } from './lib/grid/grid.entity';
import { GridMembershipResolver, GridResolver } from './lib/grid/grid.resolver';
import { Grids1765170000000 } from './lib/migrations/1765170000000-grids.migration';
import { GRIDS_GRANTS } from './lib/grids.permissions';
import { gridsScopeHook } from './lib/grids.scope-hook';
import { gridsSweep } from './lib/grids.sweep';
import { gridsMessages } from './lib/grids.messages.en';
import { gridsSeeder } from './lib/seed/grids.seeder';

export { Grid, GridMembership } from './lib/grid/grid.entity';
export { GridsPermission } from './lib/grids.permissions';
export { GridService } from './lib/grid/grid.service';
/** The demo's ten grids by agency code (for tools/seed's check that they cover its register). */
export { DEMO_GRIDS } from './lib/seed/grids.data';

/** 网格化联系指导 (part 1): the committee's grids of agencies, their leaders and liaisons, and a liaison's grid-scoped reads. */
export const gridsModule: ZerenModule = {
  name: 'grids',
  dependsOn: ['auth'],
  entities: [Grid, GridLiaison, GridMembership],
  migrations: [Grids1765170000000],
  resolvers: [GridResolver, GridMembershipResolver],
  permissions: GRIDS_GRANTS,
  scopeHooks: [gridsScopeHook],
  sweep: gridsSweep,
  seed: gridsSeeder,
  messages: gridsMessages,
};
