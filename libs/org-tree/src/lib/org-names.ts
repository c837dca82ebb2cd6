import { In } from 'typeorm';
import type { TenantDb } from '@zeren/tenancy';
import { OrgUnit } from './org-unit/org-unit.entity';
import { PartyMember } from './member/party-member.entity';

/**
 * The names of org units or party members by id, for a sheet or a snapshot that prints them: one
 * statement however many ids (none for none), read within the caller's reach like every read, so a
 * name the caller may not see is simply absent.
 */
export async function namesOf(db: TenantDb, entity: typeof OrgUnit | typeof PartyMember, ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id))];
  if (!wanted.length) return new Map();
  // Both entities carry `name`; the repository of the one asked for reads it (and `tenantId`, which the scoped layer checks).
  const rows: { id: string; name: string }[] = await db.repo<OrgUnit | PartyMember>(entity).find({ where: { id: In(wanted) }, select: { id: true, tenantId: true, name: true } as never });
  return new Map(rows.map((r) => [r.id, r.name]));
}
