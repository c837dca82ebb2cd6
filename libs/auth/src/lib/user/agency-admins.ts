import { In } from 'typeorm';
import type { TenantDb } from '@zeren/tenancy';
import { Role } from '../session/role.enum';
import { User } from './user.entity';

/** The agencies' admins, who answer the committee's work (reminders go to them): tenant id → user ids, accounts in use only. */
export async function agencyAdmins(db: TenantDb, tenantIds: readonly string[]): Promise<Map<string, string[]>> {
  const admins = new Map<string, string[]>();
  if (tenantIds.length === 0) return admins;
  const users = await db.repo(User).find({ where: { tenantId: In([...new Set(tenantIds)]), disabled: false }, select: { id: true, tenantId: true, roles: true } as never });
  for (const u of users.filter((u) => u.roles.includes(Role.TENANT_ADMIN))) admins.set(u.tenantId, [...(admins.get(u.tenantId) ?? []), u.id]);
  return admins;
}
