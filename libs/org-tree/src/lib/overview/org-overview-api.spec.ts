import { TenantKind } from '@zeren/tenancy';
import { allTenantsDb, tenantDb } from '@zeren/tenancy/testing';
import type { TestApi, TestTenant } from '@zeren/api/testing';
import { createOrgTreeTestApi, insertMembers, insertPosts, insertTree } from '../../testing';
import { OrgUnitKind as K } from '../org-unit/org-unit-kind.enum';
import { OrgUnit } from '../org-unit/org-unit.entity';
import { MemberCategory, MemberStatus, PartyMember } from '../member/party-member.entity';
import { PostAssignment } from '../post/post-assignment.entity';
import { PostType } from '../post/post-type.entity';
import { PostCode } from '../post/post-type.catalogue';
import type { AgencyFigures } from './org-overview.service';

type Row = Omit<AgencyFigures, 'unitsByKind'>;

const ROW = `tenantId tenantName tenantKind units branches members probationaryMembers branchSecretaries branchSecretariesInLeadership
  branchSecretaryLeadershipShare partyAffairsCadres hasOrganCommittee hasFullTimeDeputy`;
const TOTALS = `agencies members probationaryMembers branchSecretaries branchSecretariesInLeadership partyAffairsCadres
  agenciesWithOrganCommittee agenciesWithFullTimeDeputy`;
const OVERVIEW = `{ orgOverview { ${TOTALS} byAgency { ${ROW} } } }`;
const PLAIN = `{ orgOverview { ${TOTALS} } }`;

/** A fixture unit's id by its code. */
function idOf(units: ReadonlyMap<string, OrgUnit>, code: string): string {
  const unit = units.get(code);
  if (!unit) throw new Error(`no unit ${code} in the fixture`);
  return unit.id;
}

/** A unit of an agency's tree, dissolved on 2025-01-01. */
async function dissolve(api: TestApi, tenantId: string, unitId: string): Promise<void> {
  await tenantDb(api.dataSource, tenantId).repo(OrgUnit).update({ id: unitId }, { dissolvedOn: '2025-01-01' });
}

/**
 * Each agency's figures worked out here from the stored rows, with the rules the committee reads
 * them by: current units; active members; secretaries of current 党支部 who are active members;
 * distinct active holders of current cadre posts; a current 机关党委 and a current full-time deputy on it.
 */
async function figuresFromRows(api: TestApi, agencies: TestTenant[]): Promise<Row[]> {
  const db = allTenantsDb(api.dataSource);
  const [units, members, posts, types] = await Promise.all([
    db.repo(OrgUnit).find(),
    db.repo(PartyMember).find(),
    db.repo(PostAssignment).find(),
    db.reference(PostType).find(),
  ]);
  const current = units.filter((u) => !u.dissolvedOn);
  const active = new Map(members.filter((m) => m.status === MemberStatus.ACTIVE).map((m) => [m.id, m]));
  const cadrePosts = new Set(types.filter((p) => p.cadre).map((p) => p.code));
  const held = posts.filter((p) => !p.endsOn && active.has(p.memberId));
  return agencies.map(({ tenant }) => {
    const own = current.filter((u) => u.tenantId === tenant.id);
    const ownIds = new Set(own.map((u) => u.id));
    const branchIds = new Set(own.filter((u) => u.kind === K.BRANCH).map((u) => u.id));
    const organIds = new Set(own.filter((u) => u.kind === K.ORGAN_PARTY_COMMITTEE).map((u) => u.id));
    const ownMembers = [...active.values()].filter((m) => m.tenantId === tenant.id);
    const secretaries = held.filter((p) => p.postCode === PostCode.BRANCH_SECRETARY && branchIds.has(p.unitId));
    const leaders = secretaries.filter((p) => active.get(p.memberId)?.leadershipMember).length;
    return {
      tenantId: tenant.id,
      tenantName: tenant.name,
      tenantKind: tenant.kind,
      units: ownIds.size,
      branches: branchIds.size,
      members: ownMembers.length,
      probationaryMembers: ownMembers.filter((m) => m.category === MemberCategory.PROBATIONARY).length,
      branchSecretaries: secretaries.length,
      branchSecretariesInLeadership: leaders,
      branchSecretaryLeadershipShare: secretaries.length ? Math.round((leaders / secretaries.length) * 1000) / 10 : 0,
      partyAffairsCadres: new Set(held.filter((p) => p.tenantId === tenant.id && cadrePosts.has(p.postCode)).map((p) => p.memberId)).size,
      hasOrganCommittee: organIds.size > 0,
      // Ended terms were dropped with `held`; the deputy of a dissolved 机关党委 does not count.
      hasFullTimeDeputy: posts.some((p) => !p.endsOn && p.postCode === PostCode.ORGAN_COMMITTEE_FULL_TIME_DEPUTY && organIds.has(p.unitId)),
    };
  });
}

interface Overview extends Record<string, unknown> {
  agencies: number;
  byAgency: Row[];
}

/** The overview as `username` reads it (with the committee's agency picker set to `viewTenantId`). */
async function overviewAs(api: TestApi, username: string, viewTenantId?: string): Promise<Overview> {
  const res = await api.as(username, { viewTenantId }).run<{ orgOverview: Overview }>(OVERVIEW);
  if (!res.data) throw new Error(`no overview for ${username}: ${res.errors?.[0]?.message}`);
  return res.data.orgOverview;
}

const sum = (rows: Row[], pick: (r: Row) => number | boolean) => rows.reduce((total, r) => total + Number(pick(r)), 0);

describe('org overview by agency', () => {
  let api: TestApi;
  let a: TestTenant;
  let b: TestTenant;
  let c: TestTenant;
  let d: TestTenant;
  let gw: TestTenant;

  beforeAll(async () => {
    api = await createOrgTreeTestApi();
    gw = await api.addTenant('GW', TenantKind.COMMITTEE);
    [a, b, c, d] = [await api.addTenant('A'), await api.addTenant('B'), await api.addTenant('C'), await api.addTenant('D')];

    // A: a 机关党委 with a full-time deputy who also holds a cadre post (one cadre); a dissolved branch
    // whose secretary counts nowhere; a transferred-out member; an action branch's head, not a 党支部书记.
    const aUnits = await insertTree(api.dataSource, a.tenant.id, [
      ['DZ', K.PARTY_GROUP, null],
      ['JG', K.ORGAN_PARTY_COMMITTEE, 'DZ'],
      ['ZB1', K.BRANCH, 'JG'],
      ['ZB2', K.BRANCH, 'JG'],
      ['ZB3', K.BRANCH, 'JG'],
      ['XD1', K.ACTION_BRANCH, 'JG'],
    ]);
    await dissolve(api, a.tenant.id, idOf(aUnits, 'ZB3'));
    const [chief, clerk, probationary, gone] = await insertMembers(api.dataSource, a.tenant.id, [
      { name: '局长甲', unitId: idOf(aUnits, 'ZB1'), leadershipMember: true },
      { name: '科员乙', unitId: idOf(aUnits, 'ZB2') },
      { name: '预备丙', unitId: idOf(aUnits, 'ZB2'), category: MemberCategory.PROBATIONARY },
      { name: '调离丁', unitId: idOf(aUnits, 'ZB1'), leadershipMember: true, status: MemberStatus.TRANSFERRED_OUT },
    ]);
    await insertPosts(api.dataSource, a.tenant.id, [
      { memberId: chief.id, unitId: idOf(aUnits, 'ZB1'), postCode: PostCode.BRANCH_SECRETARY },
      { memberId: clerk.id, unitId: idOf(aUnits, 'ZB2'), postCode: PostCode.BRANCH_SECRETARY },
      { memberId: clerk.id, unitId: idOf(aUnits, 'JG'), postCode: PostCode.ORGAN_COMMITTEE_FULL_TIME_DEPUTY },
      { memberId: clerk.id, unitId: idOf(aUnits, 'ZB2'), postCode: PostCode.PART_TIME_CADRE },
      { memberId: probationary.id, unitId: idOf(aUnits, 'ZB3'), postCode: PostCode.BRANCH_SECRETARY },
      { memberId: probationary.id, unitId: idOf(aUnits, 'XD1'), postCode: PostCode.DEPUTY_SECRETARY },
      { memberId: probationary.id, unitId: idOf(aUnits, 'ZB2'), postCode: PostCode.PART_TIME_CADRE, endsOn: '2025-06-30' },
      { memberId: gone.id, unitId: idOf(aUnits, 'ZB1'), postCode: PostCode.FULL_TIME_CADRE },
    ]);

    // B: a 党委 without a 机关党委; its one secretary sits on the leadership team; one part-time cadre.
    const bUnits = await insertTree(api.dataSource, b.tenant.id, [
      ['DW', K.PARTY_COMMITTEE, null],
      ['ZB1', K.BRANCH, 'DW'],
    ]);
    const [head, aide] = await insertMembers(api.dataSource, b.tenant.id, [
      { name: '主任戊', unitId: idOf(bUnits, 'ZB1'), leadershipMember: true },
      { name: '干事己', unitId: idOf(bUnits, 'ZB1') },
    ]);
    await insertPosts(api.dataSource, b.tenant.id, [
      { memberId: head.id, unitId: idOf(bUnits, 'ZB1'), postCode: PostCode.BRANCH_SECRETARY },
      { memberId: aide.id, unitId: idOf(bUnits, 'ZB1'), postCode: PostCode.PART_TIME_CADRE },
    ]);

    // C: a 机关党委 whose full-time deputy's term is over, and a dissolved one that still lists a deputy.
    const cUnits = await insertTree(api.dataSource, c.tenant.id, [
      ['DZ', K.PARTY_GROUP, null],
      ['JG', K.ORGAN_PARTY_COMMITTEE, 'DZ'],
      ['JG0', K.ORGAN_PARTY_COMMITTEE, 'DZ'],
      ['ZB1', K.BRANCH, 'JG'],
    ]);
    await dissolve(api, c.tenant.id, idOf(cUnits, 'JG0'));
    const [former] = await insertMembers(api.dataSource, c.tenant.id, [{ name: '原副书记庚', unitId: idOf(cUnits, 'ZB1') }]);
    await insertPosts(api.dataSource, c.tenant.id, [
      { memberId: former.id, unitId: idOf(cUnits, 'JG'), postCode: PostCode.ORGAN_COMMITTEE_FULL_TIME_DEPUTY, endsOn: '2025-06-30' },
      { memberId: former.id, unitId: idOf(cUnits, 'JG0'), postCode: PostCode.ORGAN_COMMITTEE_FULL_TIME_DEPUTY },
    ]);
    // D: registered, with no party organization yet.
    // The committee keeps a branch of its own, with a member and a secretary: counted, so listed.
    const gwUnits = await insertTree(api.dataSource, gw.tenant.id, [['GZB', K.BRANCH, null]]);
    const [gwSecretary] = await insertMembers(api.dataSource, gw.tenant.id, [{ name: '工委书记辛', unitId: idOf(gwUnits, 'GZB') }]);
    await insertPosts(api.dataSource, gw.tenant.id, [{ memberId: gwSecretary.id, unitId: idOf(gwUnits, 'GZB'), postCode: PostCode.BRANCH_SECRETARY }]);
  });
  afterAll(() => api.close());

  it('lists every agency in view, one without any party organization included, and the committee’s own organizations, most units first', async () => {
    const { agencies, byAgency: rows } = await overviewAs(api, 'gw_committee_leader');
    expect(rows.map((r) => r.tenantName)).toEqual([a.tenant.name, c.tenant.name, b.tenant.name, gw.tenant.name, d.tenant.name]);
    expect(rows.filter((r) => r.tenantKind === TenantKind.AGENCY)).toHaveLength(agencies);
    expect(rows[3]).toMatchObject({ tenantKind: TenantKind.COMMITTEE, units: 1, members: 1, branchSecretaries: 1 });
    expect(rows[4]).toEqual({
      tenantId: d.tenant.id,
      tenantName: d.tenant.name,
      tenantKind: TenantKind.AGENCY,
      units: 0,
      branches: 0,
      members: 0,
      probationaryMembers: 0,
      branchSecretaries: 0,
      branchSecretariesInLeadership: 0,
      branchSecretaryLeadershipShare: 0,
      partyAffairsCadres: 0,
      hasOrganCommittee: false,
      hasFullTimeDeputy: false,
    });
  });

  it('gives each agency the figures its rows add up to', async () => {
    const { byAgency } = await overviewAs(api, 'gw_committee_leader');
    const byTenant = new Map(byAgency.map((r) => [r.tenantId, r]));
    for (const expected of await figuresFromRows(api, [a, b, c, d, gw])) expect(byTenant.get(expected.tenantId)).toEqual(expected);
    // The rules above, spelled out for A, B and C so that a wrong rule on both sides still shows.
    expect(byTenant.get(a.tenant.id)).toMatchObject({ units: 5, branches: 2, members: 3, probationaryMembers: 1, branchSecretaries: 2, branchSecretariesInLeadership: 1, branchSecretaryLeadershipShare: 50, partyAffairsCadres: 1, hasOrganCommittee: true, hasFullTimeDeputy: true });
    expect(byTenant.get(b.tenant.id)).toMatchObject({ units: 2, members: 2, branchSecretaries: 1, branchSecretaryLeadershipShare: 100, partyAffairsCadres: 1, hasOrganCommittee: false, hasFullTimeDeputy: false });
    expect(byTenant.get(c.tenant.id)).toMatchObject({ units: 3, members: 1, branchSecretaries: 0, hasOrganCommittee: true, hasFullTimeDeputy: false });
  });

  it('adds up, agency by agency, to the totals of the overview', async () => {
    const { byAgency: rows, ...totals } = await overviewAs(api, 'gw_committee_leader');
    expect({
      agencies: rows.filter((r) => r.tenantKind === TenantKind.AGENCY).length,
      members: sum(rows, (r) => r.members),
      probationaryMembers: sum(rows, (r) => r.probationaryMembers),
      branchSecretaries: sum(rows, (r) => r.branchSecretaries),
      branchSecretariesInLeadership: sum(rows, (r) => r.branchSecretariesInLeadership),
      partyAffairsCadres: sum(rows, (r) => r.partyAffairsCadres),
      agenciesWithOrganCommittee: sum(rows, (r) => r.hasOrganCommittee),
      agenciesWithFullTimeDeputy: sum(rows, (r) => r.hasFullTimeDeputy),
    }).toEqual(totals);
    // The committee's own branch and member count in the totals, and in its row.
    expect(totals).toMatchObject({ agencies: 4, members: 7, branchSecretaries: 4, agenciesWithOrganCommittee: 2, agenciesWithFullTimeDeputy: 1 });
  });

  it('shows an agency user only its own row, never another agency’s', async () => {
    const committee = await overviewAs(api, 'gw_committee_leader');
    const own = await overviewAs(api, 'b_tenant_admin');
    expect(own.byAgency).toEqual(committee.byAgency.filter((r) => r.tenantId === b.tenant.id));
    // An agency with no organization yet still sees its own (empty) row.
    expect((await overviewAs(api, 'd_tenant_admin')).byAgency.map((r) => r.tenantId)).toEqual([d.tenant.id]);
  });

  it('shows the committee narrowed to one agency that agency’s row alone', async () => {
    const { byAgency } = await overviewAs(api, 'gw_committee_admin', c.tenant.id);
    expect(byAgency.map((r) => r.tenantName)).toEqual([c.tenant.name]);
  });

  it('refuses a member', async () => {
    expect((await api.as('a_member').run(OVERVIEW)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('org overview by agency, statements', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createOrgTreeTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
  });
  afterAll(() => api.close());

  /** Agencies with a 机关党委, a branch, a secretary and a deputy each. */
  const addAgencies = async (codes: string[]) => {
    for (const code of codes) {
      const t = await api.addTenant(code);
      const units = await insertTree(api.dataSource, t.tenant.id, [
        ['DZ', K.PARTY_GROUP, null],
        ['JG', K.ORGAN_PARTY_COMMITTEE, 'DZ'],
        ['ZB1', K.BRANCH, 'JG'],
      ]);
      const [secretary, deputy] = await insertMembers(api.dataSource, t.tenant.id, [
        { name: `书记${code}`, unitId: idOf(units, 'ZB1'), leadershipMember: true },
        { name: `副书记${code}`, unitId: idOf(units, 'ZB1') },
      ]);
      await insertPosts(api.dataSource, t.tenant.id, [
        { memberId: secretary.id, unitId: idOf(units, 'ZB1'), postCode: PostCode.BRANCH_SECRETARY },
        { memberId: deputy.id, unitId: idOf(units, 'JG'), postCode: PostCode.ORGAN_COMMITTEE_FULL_TIME_DEPUTY },
      ]);
    }
  };
  const cost = async () => {
    // The first request of a session also loads the session; only later ones compare.
    await api.as('gw_committee_leader').run(PLAIN);
    const full = await api.as('gw_committee_leader').run<{ orgOverview: Overview }>(OVERVIEW);
    const plain = await api.as('gw_committee_leader').run(PLAIN);
    return { rows: full.data?.orgOverview.byAgency.length, statements: full.statements - plain.statements };
  };

  it('costs byAgency the same statements for 2 agencies as for 12', async () => {
    await addAgencies(['S01', 'S02']);
    const small = await cost();
    await addAgencies(['S03', 'S04', 'S05', 'S06', 'S07', 'S08', 'S09', 'S10', 'S11', 'S12']);
    const large = await cost();
    expect([small.rows, large.rows]).toEqual([2, 12]);
    expect(large.statements).toBe(small.statements);
    // The tenant register and one grouped statement per figure group.
    expect(small.statements).toBe(6);
  });
});
