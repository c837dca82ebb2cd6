import { PartyMember, POST_CATALOGUE, PostAssignment, PostCode } from '@zeren/org-tree';
import type { TenantDb } from '@zeren/tenancy';
import { PointsAwarder } from '../members.enums';

/** In what capacity a user acts on points: as a 党小组组长, as a (branch) secretary, or both. */
export interface Capacity {
  groupLeader: boolean;
  secretary: boolean;
}

const LEADING_POSTS = POST_CATALOGUE.filter((p) => p.secretary).map((p) => p.code);

/**
 * The user's capacity from the posts their member record now holds (read within their data scope,
 * which reaches their own units): 党小组组长 makes a group leader, any other secretary post a
 * secretary. One statement.
 */
export async function capacityOf(db: TenantDb, userId: string): Promise<Capacity> {
  const rows: { code: string }[] = await db
    .repo(PostAssignment)
    .queryBuilder('a')
    .innerJoin(PartyMember, 'm', 'm.tenantId = a.tenantId AND m.id = a.memberId')
    .andWhere('m.userId = :userId AND a.endsOn IS NULL AND a.postCode IN (:...posts)', { userId, posts: LEADING_POSTS })
    .select('a.postCode', 'code')
    .getRawMany();
  return { groupLeader: rows.some((r) => r.code === PostCode.CELL_LEADER), secretary: rows.some((r) => r.code !== PostCode.CELL_LEADER) };
}

/** Whether a rule lets someone of this capacity award it; a secretary's award counts as decided. */
export function mayAward(awarder: PointsAwarder, capacity: Capacity): { allowed: boolean; asSecretary: boolean } {
  const asSecretary = capacity.secretary && awarder !== PointsAwarder.GROUP_LEADER;
  const asLeader = capacity.groupLeader && awarder !== PointsAwarder.SECRETARY;
  return { allowed: asSecretary || asLeader, asSecretary };
}
