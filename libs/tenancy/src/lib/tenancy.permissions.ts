/**
 * The permissions tenancy's own API requires. Tenancy knows no roles: libs/auth grants these to its
 * roles in its module description, beside its own.
 */
export const TenancyPermission = {
  TENANTS_MANAGE: 'tenants.manage',
  AUDIT_READ: 'audit.read',
} as const;
