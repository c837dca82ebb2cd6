import { In } from 'typeorm';
import { Tenant, TenantKind, type TenantDb } from '@zeren/tenancy';
import { OrgUnit } from '../org-unit/org-unit.entity';
import { OrgUnitKind } from '../org-unit/org-unit-kind.enum';
import { MemberCategory, MemberStatus, PartyMember } from '../member/party-member.entity';
import { PostAssignment } from '../post/post-assignment.entity';
import { CadreKind, PostType } from '../post/post-type.entity';
import { PostCode } from '../post/post-type.catalogue';

export interface OrgFigures {
  agencies: number;
  unitsByKind: { kind: OrgUnitKind; count: number }[];
  members: number;
  probationaryMembers: number;
  branchSecretaries: number;
  branchSecretariesInLeadership: number;
  /** Percent, one decimal. */
  branchSecretaryLeadershipShare: number;
  partyAffairsCadres: number;
  fullTimeCadres: number;
  partTimeCadres: number;
  actionBranches: number;
  agenciesWithOrganCommittee: number;
  agenciesWithFullTimeDeputy: number;
}

/** One agency's organizations and active members. */
export interface AgencyFigures {
  tenantId: string;
  tenantName: string;
  units: number;
  members: number;
  branches: number;
  unitsByKind: { kind: OrgUnitKind; count: number }[];
}

const n = (value: unknown) => Number(value ?? 0);
const KINDS = Object.values(OrgUnitKind);

/**
 * The live figures of the brief's first paragraphs over whatever the scope reads: every tenant for
 * the committee, one for an agency. Each figure is one aggregate query, never a loop over tenants.
 */
export class OrgOverviewService {
  async figures(db: TenantDb): Promise<OrgFigures> {
    const [agencies, kinds, members, secretaries, cadres, organ] = await Promise.all([
      this.agencies(db),
      db
        .repo(OrgUnit)
        .queryBuilder('u')
        .select('u.kind', 'kind')
        .addSelect('COUNT(*)', 'n')
        .andWhere('u.dissolvedOn IS NULL')
        .groupBy('u.kind')
        .getRawMany<{ kind: OrgUnitKind; n: unknown }>(),
      db
        .repo(PartyMember)
        .queryBuilder('m')
        .select('COUNT(*)', 'total')
        .addSelect(`SUM(CASE WHEN m.category = '${MemberCategory.PROBATIONARY}' THEN 1 ELSE 0 END)`, 'probationary')
        .andWhere('m.status = :active', { active: MemberStatus.ACTIVE })
        .getRawOne<{ total: unknown; probationary: unknown }>(),
      // Secretaries of standing 党支部 (not of action branches or cells), and how many sit on the leadership team.
      db
        .repo(PostAssignment)
        .queryBuilder('a')
        .innerJoin(OrgUnit, 'u', 'u.tenantId = a.tenantId AND u.id = a.unitId')
        .innerJoin(PartyMember, 'm', 'm.tenantId = a.tenantId AND m.id = a.memberId')
        .select('COUNT(*)', 'total')
        .addSelect('SUM(CASE WHEN m.leadershipMember = 1 THEN 1 ELSE 0 END)', 'leaders')
        .andWhere('a.postCode = :secretary AND a.endsOn IS NULL', { secretary: PostCode.BRANCH_SECRETARY })
        .andWhere('u.kind = :branch AND u.dissolvedOn IS NULL', { branch: OrgUnitKind.BRANCH })
        .andWhere('m.status = :active', { active: MemberStatus.ACTIVE })
        .getRawOne<{ total: unknown; leaders: unknown }>(),
      // A person with several cadre posts is one cadre; which posts count is catalogue data.
      db
        .repo(PostAssignment)
        .queryBuilder('a')
        .innerJoin(PostType, 'p', 'p.code = a.postCode')
        .innerJoin(PartyMember, 'm', 'm.tenantId = a.tenantId AND m.id = a.memberId')
        .select('COUNT(DISTINCT a.memberId)', 'total')
        .addSelect(`COUNT(DISTINCT CASE WHEN p.cadre = '${CadreKind.FULL_TIME}' THEN a.memberId END)`, 'fullTime')
        .andWhere('p.cadre IS NOT NULL AND a.endsOn IS NULL')
        .andWhere('m.status = :active', { active: MemberStatus.ACTIVE })
        .getRawOne<{ total: unknown; fullTime: unknown }>(),
      db
        .repo(OrgUnit)
        .queryBuilder('u')
        .leftJoin(PostAssignment, 'a', 'a.tenantId = u.tenantId AND a.unitId = u.id AND a.postCode = :deputy AND a.endsOn IS NULL', {
          deputy: PostCode.ORGAN_COMMITTEE_FULL_TIME_DEPUTY,
        })
        .select('COUNT(DISTINCT u.tenantId)', 'withOrgan')
        .addSelect('COUNT(DISTINCT CASE WHEN a.id IS NOT NULL THEN u.tenantId END)', 'withDeputy')
        .andWhere('u.kind = :organ AND u.dissolvedOn IS NULL', { organ: OrgUnitKind.ORGAN_PARTY_COMMITTEE })
        .getRawOne<{ withOrgan: unknown; withDeputy: unknown }>(),
    ]);
    const count = new Map(kinds.map((k) => [k.kind, n(k.n)]));
    const branchSecretaries = n(secretaries?.total);
    const leaders = n(secretaries?.leaders);
    const total = n(cadres?.total);
    const fullTime = n(cadres?.fullTime);
    return {
      agencies,
      unitsByKind: KINDS.map((kind) => ({ kind, count: count.get(kind) ?? 0 })),
      members: n(members?.total),
      probationaryMembers: n(members?.probationary),
      branchSecretaries,
      branchSecretariesInLeadership: leaders,
      branchSecretaryLeadershipShare: branchSecretaries ? Math.round((leaders / branchSecretaries) * 1000) / 10 : 0,
      partyAffairsCadres: total,
      fullTimeCadres: fullTime,
      partTimeCadres: total - fullTime,
      actionBranches: count.get(OrgUnitKind.ACTION_BRANCH) ?? 0,
      agenciesWithOrganCommittee: n(organ?.withOrgan),
      agenciesWithFullTimeDeputy: n(organ?.withDeputy),
    };
  }

  /**
   * Current units (by kind) and active members per tenant in view, most units first: one statement
   * grouped by tenant, with the members counted by a subquery tied to each group's tenant.
   */
  async byAgency(db: TenantDb): Promise<AgencyFigures[]> {
    // The members subquery goes through the scoped layer too: it carries the scope's tenant condition.
    const members = db
      .repo(PartyMember)
      .subQuery('m')
      .select('COUNT(*)')
      .andWhere('m.tenantId = u.tenantId AND m.status = :active', { active: MemberStatus.ACTIVE });
    const qb = db
      .repo(OrgUnit)
      .queryBuilder('u')
      .innerJoin(Tenant, 't', 't.id = u.tenantId')
      .select('u.tenantId', 'tenantId')
      .addSelect('t.name', 'tenantName')
      .addSelect('COUNT(*)', 'units')
      .addSelect(`(${members.getQuery()})`, 'members')
      .andWhere('u.dissolvedOn IS NULL')
      .setParameters(members.getParameters())
      .groupBy('u.tenantId')
      .addGroupBy('t.name')
      .orderBy('units', 'DESC')
      .addOrderBy('t.name');
    // Kinds are enum values, never input: safe to name in the SQL.
    KINDS.forEach((kind, i) => qb.addSelect(`SUM(CASE WHEN u.kind = '${kind}' THEN 1 ELSE 0 END)`, `k${i}`));
    const rows = await qb.getRawMany<Record<string, unknown>>();
    return rows.map((r) => {
      const unitsByKind = KINDS.map((kind, i) => ({ kind, count: n(r[`k${i}`]) }));
      return {
        tenantId: String(r['tenantId']),
        tenantName: String(r['tenantName']),
        units: n(r['units']),
        members: n(r['members']),
        branches: unitsByKind.find((k) => k.kind === OrgUnitKind.BRANCH)!.count,
        unitsByKind,
      };
    });
  }

  private agencies(db: TenantDb): Promise<number> {
    const tenants = db.scope.readTenantIds;
    return db.reference(Tenant).count({ where: { kind: TenantKind.AGENCY, ...(tenants ? { id: In([...tenants]) } : {}) } });
  }
}
