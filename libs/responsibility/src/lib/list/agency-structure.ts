import { In, IsNull } from 'typeorm';
import { MemberStatus, OrgUnit, PartyMember, PostAssignment, PostClass, PostCode, PostType } from '@zeren/org-tree';
import type { TenantDb } from '@zeren/tenancy';
import { unitKindsOf } from '../duty/duty-rules';
import type { DutySpecFields } from '../duty/duty-spec';

/** Who a duty falls on: a unit (its holder the post's one holder, or the unit's secretary), or a member at a unit. */
export interface Subject {
  unitId: string;
  /** The member whose own duty it is; null when the duty stays with the unit's post. */
  memberId: string | null;
  /** `memberId`, or '' for the unit (FulfilmentRecord.holderKey). */
  holderKey: string;
  /** The member who answers for it now (the post's current holder, the unit's secretary, the member). */
  holderMemberId: string | null;
}

/**
 * One agency's organizations and current post holders, read once per use (four statements at any
 * size), from which every duty's subjects are derived: people change, duties follow the posts.
 */
export class AgencyStructure {
  private constructor(
    readonly units: ReadonlyMap<string, OrgUnit>,
    readonly assignments: readonly PostAssignment[],
    readonly posts: ReadonlyMap<string, PostType>,
    /** The agency's active members by id, when asked for (member duties). */
    readonly members: ReadonlyMap<string, PartyMember>,
  ) {}

  static async load(db: TenantDb, options: { members: boolean }): Promise<AgencyStructure> {
    const [units, assignments, posts, members] = await Promise.all([
      db.repo(OrgUnit).find({ where: { dissolvedOn: IsNull() } }),
      db.repo(PostAssignment).find({ where: { endsOn: IsNull() } }),
      db.reference(PostType).find(),
      options.members ? db.repo(PartyMember).find({ where: { status: In([MemberStatus.ACTIVE]) } }) : Promise.resolve([]),
    ]);
    const open = new Map(units.map((u) => [u.id, u]));
    return new AgencyStructure(
      open,
      assignments.filter((a) => open.has(a.unitId)),
      new Map(posts.map((p) => [p.code, p])),
      new Map(members.map((m) => [m.id, m])),
    );
  }

  /** The member holding the unit's secretary post now (书记), if any. */
  secretaryOf(unitId: string): string | null {
    return this.assignments.find((a) => a.unitId === unitId && this.posts.get(a.postCode)?.secretary)?.memberId ?? null;
  }

  subjects(duty: DutySpecFields): Subject[] {
    if (duty.postCode === PostCode.PARTY_MEMBER) {
      return [...this.members.values()].map((m) => ({ unitId: m.unitId, memberId: m.id, holderKey: m.id, holderMemberId: m.id }));
    }
    const kinds = unitKindsOf(duty);
    const post = this.posts.get(duty.postCode);
    if (!post) return [];
    if (post.postClass === PostClass.ORGANIZATION) {
      return [...this.units.values()]
        .filter((u) => kinds.includes(u.kind))
        .map((u) => ({ unitId: u.id, memberId: null, holderKey: '', holderMemberId: this.secretaryOf(u.id) }));
    }
    const held = this.assignments.filter((a) => a.postCode === post.code && kinds.includes(this.units.get(a.unitId)!.kind));
    // A post with one holder keeps its duty when the holder changes; each holder of a shared post has their own.
    return post.secretary
      ? [...new Map(held.map((a) => [a.unitId, { unitId: a.unitId, memberId: null, holderKey: '', holderMemberId: a.memberId }])).values()]
      : held.map((a) => ({ unitId: a.unitId, memberId: a.memberId, holderKey: a.memberId, holderMemberId: a.memberId }));
  }
}

/** Whether a duty is every member's own (党员岗), so that subjects need the member register. */
export const isMemberDuty = (duty: Pick<DutySpecFields, 'postCode'>): boolean => duty.postCode === PostCode.PARTY_MEMBER;
