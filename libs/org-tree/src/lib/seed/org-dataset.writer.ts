import { newId, type TenantDb } from '@zeren/tenancy';
import { MemberStatus, PartyMember } from '../member/party-member.entity';
import { MemberTransfer } from '../member/member-transfer.entity';
import { OrgUnit } from '../org-unit/org-unit.entity';
import { PostAssignment } from '../post/post-assignment.entity';
import type { AgencyPlan } from './org-dataset.generator';

/**
 * Writes one agency's plan through the scoped layer, acting for that agency: a handful of bulk
 * inserts (the repository chunks them), whatever the agency's size. `userOf` links members to users.
 */
export async function writeAgencyPlan(db: TenantDb, tenantId: string, plan: AgencyPlan, userOf: Map<number, string> = new Map()): Promise<void> {
  const own = db.actingFor(tenantId);
  const units = new Map<string, { id: string; path: string; depth: number }>();
  const unitRows = plan.units.map((u, i) => {
    const parent = u.parentKey ? units.get(u.parentKey)! : null;
    const id = newId();
    const placed = { id, path: `${parent?.path ?? '/'}${id}/`, depth: parent ? parent.depth + 1 : 0 };
    units.set(u.key, placed);
    return {
      ...placed,
      kind: u.kind,
      name: u.name,
      code: u.code,
      parentId: parent?.id ?? null,
      sortOrder: i * 10,
      establishedOn: u.establishedOn,
      dissolvedOn: null,
      taskForce: u.taskForce,
      startsOn: u.startsOn,
      endsOn: null,
    };
  });
  await own.repo(OrgUnit).insert(unitRows);
  const memberIds = plan.members.map(() => newId());
  await own.repo(PartyMember).insert(
    plan.members.map(({ unitKey, ...m }, i) => ({
      ...m,
      id: memberIds[i],
      unitId: units.get(unitKey)!.id,
      status: MemberStatus.ACTIVE,
      userId: userOf.get(i) ?? null,
    })),
  );
  await own.repo(PostAssignment).insert(
    plan.posts.map((p) => ({ memberId: memberIds[p.member], unitId: units.get(p.unitKey)!.id, postCode: p.postCode, startsOn: p.startsOn, endsOn: null })),
  );
  await own.repo(MemberTransfer).insert(
    plan.transfers.map((t) => ({
      memberId: memberIds[t.member],
      fromUnitId: units.get(t.fromUnitKey)!.id,
      toUnitId: units.get(plan.members[t.member].unitKey)!.id,
      transferredOn: t.transferredOn,
      note: '工作调整',
    })),
  );
}
