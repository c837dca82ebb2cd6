import type { SweepFixtures } from '@zeren/shared-graphql';
import { TenantStatus } from './tenant/tenant.entity';

/** Valid inputs for the isolation sweep (tools/isolation-sweep): tenancy's own mutations. */
export const tenancySweep: SweepFixtures = {
  mutations: {
    // SUSPENDED, since every seeded tenant is active: setting ACTIVE would answer CONFLICT before the write check.
    setTenantStatus: ({ own }) => ({ id: own('tenant'), status: TenantStatus.SUSPENDED }),
  },
  // The tenant register is the committee's: it sets any agency's status by design.
  committeeReach: { setTenantStatus: 'register' },
};
