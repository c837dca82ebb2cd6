import type { SweepFixtures } from '@zeren/shared-graphql';
import { Role } from './session/role.enum';

const PASSWORD = 'Sweep-pass-2026';

/** Valid inputs for the isolation sweep (tools/isolation-sweep): users and tenants. */
export const authSweep: SweepFixtures = {
  mutations: {
    createTenant: ({ unique }) => ({
      input: { code: unique, name: `清扫单位${unique}`, admin: { username: `${unique.toLowerCase()}_admin`, displayName: '清扫管理员', password: PASSWORD } },
    }),
    // A new user joins the caller's own tenant, so its roles must fit that tenant's kind.
    createUser: ({ unique, callerTenantKind }) => ({
      input: {
        username: `${unique.toLowerCase()}_user`,
        displayName: '清扫用户',
        password: PASSWORD,
        roles: [callerTenantKind === 'COMMITTEE' ? Role.COMMITTEE_LEADER : Role.MEMBER],
      },
    }),
    // An agency's account, opened by the committee; the sweep probes the tenant id.
    createAgencyUser: ({ own, unique }) => ({
      tenantId: own('tenant'),
      input: { username: `${unique.toLowerCase()}_agency`, displayName: '清扫单位用户', password: PASSWORD, roles: [Role.TENANT_ADMIN] },
    }),
    updateUser: ({ own }) => ({ id: own('user'), input: { displayName: '清扫用户' } }),
    resetUserPassword: ({ own }) => ({ id: own('user'), password: PASSWORD }),
  },
  // The committee admin looks after an agency's users (a forgotten password, a departed admin).
  committeeReach: { createAgencyUser: 'acting-for', updateUser: 'acting-for', resetUserPassword: 'acting-for' },
  unswept: {
    login: 'no session and no id: there is no tenant to cross',
    changePassword: "the caller's own user row, open to every view by design (ownRowScope); it would also void the sweep's tokens",
  },
};
