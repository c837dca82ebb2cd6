import { In, type FindOptionsWhere, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
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

/** One agency's organizations, members, branch secretaries and cadres, as the totals count them. */
export interface AgencyFigures {
  tenantId: string;
  tenantName: string;
  /** AGENCY, or COMMITTEE for the committee's own organizations (listed when it has any). */
  tenantKind: TenantKind;
  units: number;
  members: number;
  branches: number;
  unitsByKind: { kind: OrgUnitKind; count: number }[];
  probationaryMembers: number;
  branchSecretaries: number;
  branchSecretariesInLeadership: number;
  /** Percent, one decimal. */
  branchSecretaryLeadershipShare: number;
  partyAffairsCadres: number;
  hasOrganCommittee: boolean;
  hasFullTimeDeputy: boolean;
}

const n = (value: unknown) => Number(value ?? 0);
const KINDS = Object.values(OrgUnitKind);
const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0);

type Raw = Record<string, unknown>;

/** The same aggregate, one row per tenant: how byAgency reuses each figure group of the totals. */
function perTenant<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string): Promise<Raw[]> {
  return qb.addSelect(`${alias}.tenantId`, 'tenantId').addGroupBy(`${alias}.tenantId`).getRawMany<Raw>();
}

const byTenant = (rows: Raw[]) => new Map(rows.map((r) => [String(r['tenantId']), r]));

/**
 * The live figures of the brief's first paragraphs over whatever the scope reads: every tenant for
 * the committee, one for an agency. Each figure group is one aggregate statement, never a loop over
 * tenants; the per-agency breakdown runs the same statements grouped by tenant, so its rows add up
 * to the totals by construction.
 */
export class OrgOverviewService {
  async figures(db: TenantDb): Promise<OrgFigures> {
    const [agencies, kinds, members, secretaries, cadres, organ] = await Promise.all([
      db.reference(Tenant).count({ where: { ...this.tenantsWhere(db), kind: TenantKind.AGENCY } }),
      this.unitKinds(db).getRawMany<Raw>(),
      this.memberCounts(db).getRawOne<Raw>(),
      this.secretaryCounts(db).getRawOne<Raw>(),
      this.cadreCounts(db).getRawOne<Raw>(),
      this.organCommittees(db).getRawOne<Raw>(),
    ]);
    const count = new Map(kinds.map((k) => [k['kind'] as OrgUnitKind, n(k['n'])]));
    const branchSecretaries = n(secretaries?.['total']);
    const leaders = n(secretaries?.['leaders']);
    const total = n(cadres?.['total']);
    const fullTime = n(cadres?.['fullTime']);
    return {
      agencies,
      unitsByKind: KINDS.map((kind) => ({ kind, count: count.get(kind) ?? 0 })),
      members: n(members?.['total']),
      probationaryMembers: n(members?.['probationary']),
      branchSecretaries,
      branchSecretariesInLeadership: leaders,
      branchSecretaryLeadershipShare: share(leaders, branchSecretaries),
      partyAffairsCadres: total,
      fullTimeCadres: fullTime,
      partTimeCadres: total - fullTime,
      actionBranches: count.get(OrgUnitKind.ACTION_BRANCH) ?? 0,
      agenciesWithOrganCommittee: n(organ?.['withOrgan']),
      agenciesWithFullTimeDeputy: n(organ?.['withDeputy']),
    };
  }

  /**
   * Every agency in view, those without any unit included, most units first (then by name): the
   * tenant register and the figure groups above grouped by tenant — six statements at any number of
   * agencies, run side by side.
   */
  async byAgency(db: TenantDb): Promise<AgencyFigures[]> {
    const [tenants, kinds, members, secretaries, cadres, organ] = await Promise.all([
      db.reference(Tenant).find({ select: { id: true, name: true, kind: true }, where: this.tenantsWhere(db), order: { name: 'ASC' } }),
      perTenant(this.unitKinds(db), 'u'),
      perTenant(this.memberCounts(db), 'm').then(byTenant),
      perTenant(this.secretaryCounts(db), 'a').then(byTenant),
      perTenant(this.cadreCounts(db), 'a').then(byTenant),
      perTenant(this.organCommittees(db), 'u').then(byTenant),
    ]);
    const unitCounts = new Map<string, Map<OrgUnitKind, number>>();
    for (const k of kinds) {
      const tenantId = String(k['tenantId']);
      const counts = unitCounts.get(tenantId) ?? new Map<OrgUnitKind, number>();
      unitCounts.set(tenantId, counts.set(k['kind'] as OrgUnitKind, n(k['n'])));
    }
    const rows = tenants.map((t): AgencyFigures => {
      const counts = unitCounts.get(t.id);
      const unitsByKind = KINDS.map((kind) => ({ kind, count: counts?.get(kind) ?? 0 }));
      const branchSecretaries = n(secretaries.get(t.id)?.['total']);
      const leaders = n(secretaries.get(t.id)?.['leaders']);
      const organCommittee = organ.get(t.id);
      return {
        tenantId: t.id,
        tenantName: t.name,
        tenantKind: t.kind,
        units: unitsByKind.reduce((sum, k) => sum + k.count, 0),
        members: n(members.get(t.id)?.['total']),
        branches: counts?.get(OrgUnitKind.BRANCH) ?? 0,
        unitsByKind,
        probationaryMembers: n(members.get(t.id)?.['probationary']),
        branchSecretaries,
        branchSecretariesInLeadership: leaders,
        branchSecretaryLeadershipShare: share(leaders, branchSecretaries),
        partyAffairsCadres: n(cadres.get(t.id)?.['total']),
        hasOrganCommittee: n(organCommittee?.['withOrgan']) > 0,
        hasFullTimeDeputy: n(organCommittee?.['withDeputy']) > 0,
      };
    });
    // Every agency; the committee only when it keeps organizations or members of its own, which the
    // totals count too — so that the rows always add up to them. A stable sort: agencies with as many
    // units keep the register's order by name.
    return rows.filter((r) => r.tenantKind === TenantKind.AGENCY || r.units > 0 || r.members > 0).sort((x, y) => y.units - x.units);
  }

  /** The tenants in view, as the tenant register has them. */
  private tenantsWhere(db: TenantDb): FindOptionsWhere<Tenant> {
    const tenants = db.scope.readTenantIds;
    return tenants ? { id: In([...tenants]) } : {};
  }

  private unitKinds(db: TenantDb) {
    return db
      .repo(OrgUnit)
      .queryBuilder('u')
      .select('u.kind', 'kind')
      .addSelect('COUNT(*)', 'n')
      .andWhere('u.dissolvedOn IS NULL')
      .groupBy('u.kind');
  }

  private memberCounts(db: TenantDb) {
    return db
      .repo(PartyMember)
      .queryBuilder('m')
      .select('COUNT(*)', 'total')
      .addSelect(`SUM(CASE WHEN m.category = '${MemberCategory.PROBATIONARY}' THEN 1 ELSE 0 END)`, 'probationary')
      .andWhere('m.status = :active', { active: MemberStatus.ACTIVE });
  }

  /** Current post terms held by active members: what the secretary and cadre figures count. */
  private heldPosts(db: TenantDb) {
    return db
      .repo(PostAssignment)
      .queryBuilder('a')
      .innerJoin(PartyMember, 'm', 'm.tenantId = a.tenantId AND m.id = a.memberId')
      .andWhere('a.endsOn IS NULL AND m.status = :active', { active: MemberStatus.ACTIVE });
  }

  /** Secretaries of standing 党支部 (not of action branches or cells), and how many sit on the leadership team. */
  private secretaryCounts(db: TenantDb) {
    return this.heldPosts(db)
      .innerJoin(OrgUnit, 'u', 'u.tenantId = a.tenantId AND u.id = a.unitId')
      .select('COUNT(*)', 'total')
      .addSelect('SUM(CASE WHEN m.leadershipMember = 1 THEN 1 ELSE 0 END)', 'leaders')
      .andWhere('a.postCode = :secretary', { secretary: PostCode.BRANCH_SECRETARY })
      .andWhere('u.kind = :branch AND u.dissolvedOn IS NULL', { branch: OrgUnitKind.BRANCH });
  }

  /** A person with several cadre posts is one cadre; which posts count is catalogue data. */
  private cadreCounts(db: TenantDb) {
    return this.heldPosts(db)
      .innerJoin(PostType, 'p', 'p.code = a.postCode')
      .select('COUNT(DISTINCT a.memberId)', 'total')
      .addSelect(`COUNT(DISTINCT CASE WHEN p.cadre = '${CadreKind.FULL_TIME}' THEN a.memberId END)`, 'fullTime')
      .andWhere('p.cadre IS NOT NULL');
  }

  /** Tenants with a current 机关党委, and those of them whose 机关党委 has a current full-time deputy. */
  private organCommittees(db: TenantDb) {
    return db
      .repo(OrgUnit)
      .queryBuilder('u')
      .leftJoin(PostAssignment, 'a', 'a.tenantId = u.tenantId AND a.unitId = u.id AND a.postCode = :deputy AND a.endsOn IS NULL', {
        deputy: PostCode.ORGAN_COMMITTEE_FULL_TIME_DEPUTY,
      })
      .select('COUNT(DISTINCT u.tenantId)', 'withOrgan')
      .addSelect('COUNT(DISTINCT CASE WHEN a.id IS NOT NULL THEN u.tenantId END)', 'withDeputy')
      .andWhere('u.kind = :organ AND u.dissolvedOn IS NULL', { organ: OrgUnitKind.ORGAN_PARTY_COMMITTEE });
  }
}
