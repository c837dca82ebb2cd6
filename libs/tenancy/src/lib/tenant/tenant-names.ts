import { In } from 'typeorm';
import type { TenantDb } from '../scoped-db/tenant-db';
import { Tenant } from './tenant.entity';

/** The names of the given tenants by id, for a sheet or a paper that prints them: one statement, none for no ids. */
export async function tenantNamesOf(db: TenantDb, ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id))];
  if (!wanted.length) return new Map();
  const rows = await db.reference(Tenant).find({ where: { id: In(wanted) }, select: { id: true, name: true } });
  return new Map(rows.map((t) => [t.id, t.name]));
}
