import { In } from 'typeorm';
import type { TenantDb } from '../scoped-db/tenant-db';
import { Tenant, TenantKind, TenantStatus } from './tenant.entity';

/**
 * The ids of the active agencies — whom the committee's work goes to — optionally among `among`
 * only. One statement whatever their number.
 */
export async function activeAgencyIds(db: TenantDb, among?: readonly string[]): Promise<string[]> {
  if (among && among.length === 0) return [];
  const rows = await db.reference(Tenant).find({
    where: { kind: TenantKind.AGENCY, status: TenantStatus.ACTIVE, ...(among ? { id: In([...among]) } : {}) },
    select: { id: true },
  });
  return rows.map((t) => t.id);
}
