import type { ScopeHook } from '@zeren/auth';
import { And, LessThan, MoreThanOrEqual } from 'typeorm';
import { OrgUnit, subtreeRange } from './org-unit/org-unit.entity';
import { PostAssignment } from './post/post-assignment.entity';
import { PartyMember } from './member/party-member.entity';
import { POST_CATALOGUE } from './post/post-type.catalogue';

// The catalogue's secretary posts; posts the committee adds are never secretaries (PostService.createType).
const SECRETARY_POSTS = POST_CATALOGUE.filter((p) => p.secretary).map((p) => p.code);

/**
 * A branch secretary's data scope: the subtrees of the units where their member record holds a
 * current secretary post. Two statements, read with the agency-wide handle auth gives hooks.
 */
export const orgTreeScopeHook: ScopeHook = {
  async secretaryUnits(principal, db) {
    const led: { path: string }[] = await db
      .repo(OrgUnit)
      .queryBuilder('u')
      .innerJoin(PostAssignment, 'a', 'a.tenantId = u.tenantId AND a.unitId = u.id')
      .innerJoin(PartyMember, 'm', 'm.tenantId = a.tenantId AND m.id = a.memberId')
      .andWhere('m.userId = :userId AND a.endsOn IS NULL AND a.postCode IN (:...posts)', { userId: principal.userId, posts: SECRETARY_POSTS })
      .select('u.path', 'path')
      .getRawMany();
    if (led.length === 0) return [];
    const where = led.map(({ path }) => {
      const { from, to } = subtreeRange(path);
      return { path: And(MoreThanOrEqual(from), LessThan(to)) };
    });
    return (await db.repo(OrgUnit).find({ where, select: { id: true } })).map((u) => u.id);
  },
};
