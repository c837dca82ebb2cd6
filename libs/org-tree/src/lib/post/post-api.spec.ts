import { TenantKind } from '@zeren/tenancy';
import type { TestApi, TestTenant } from '@zeren/api/testing';
import { createOrgTreeTestApi, insertMembers, insertPosts, insertTree } from '../../testing';
import { OrgUnitKind as K } from '../org-unit/org-unit-kind.enum';
import type { OrgUnit } from '../org-unit/org-unit.entity';
import { MemberCategory, type PartyMember } from '../member/party-member.entity';
import { PostCode } from './post-type.catalogue';

const ASSIGN = `mutation($input: AssignPostInput!) { assignPost(input: $input) { id post { name } unit { code } member { name } } }`;

describe('posts API', () => {
  let api: TestApi;
  let a: TestTenant;
  let b: TestTenant;
  let aUnits: Map<string, OrgUnit>;
  let bUnits: Map<string, OrgUnit>;
  let chief: PartyMember;
  let deputy: PartyMember;
  let clerk: PartyMember;
  let bChief: PartyMember;

  beforeAll(async () => {
    api = await createOrgTreeTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    b = await api.addTenant('B');
    aUnits = await insertTree(api.dataSource, a.tenant.id, [
      ['DZ', K.PARTY_GROUP, null],
      ['JG', K.ORGAN_PARTY_COMMITTEE, 'DZ'],
      ['ZB1', K.BRANCH, 'JG'],
      ['ZB2', K.BRANCH, 'JG'],
      ['XD1', K.ACTION_BRANCH, 'JG'],
    ]);
    bUnits = await insertTree(api.dataSource, b.tenant.id, [
      ['DW', K.PARTY_COMMITTEE, null],
      ['JG', K.ORGAN_PARTY_COMMITTEE, 'DW'],
      ['ZB1', K.BRANCH, 'JG'],
    ]);
    [chief, deputy, clerk] = await insertMembers(api.dataSource, a.tenant.id, [
      { name: '局长甲', unitId: aUnits.get('ZB1')!.id, leadershipMember: true },
      { name: '副局长乙', unitId: aUnits.get('ZB1')!.id, leadershipMember: true },
      { name: '科员丙', unitId: aUnits.get('ZB2')!.id },
    ]);
    const [bc, bd] = await insertMembers(api.dataSource, b.tenant.id, [
      { name: '主任丁', unitId: bUnits.get('ZB1')!.id, leadershipMember: true },
      { name: '专职戊', unitId: bUnits.get('ZB1')!.id },
    ]);
    bChief = bc;
    // B follows the rule (一把手 heads the organ committee), has a full-time deputy, and a cadre.
    await insertPosts(api.dataSource, b.tenant.id, [
      { memberId: bc.id, unitId: bUnits.get('DW')!.id, postCode: PostCode.PARTY_GROUP_SECRETARY },
      { memberId: bc.id, unitId: bUnits.get('JG')!.id, postCode: PostCode.ORGAN_COMMITTEE_SECRETARY },
      { memberId: bd.id, unitId: bUnits.get('JG')!.id, postCode: PostCode.ORGAN_COMMITTEE_FULL_TIME_DEPUTY },
      { memberId: bd.id, unitId: bUnits.get('ZB1')!.id, postCode: PostCode.BRANCH_SECRETARY },
      { memberId: bd.id, unitId: bUnits.get('ZB1')!.id, postCode: PostCode.PART_TIME_CADRE },
    ]);
  });
  afterAll(() => api.close());

  const assign = (memberId: string, unit: string, postCode: string) =>
    api.as('a_tenant_admin').run(ASSIGN, { input: { memberId, unitId: aUnits.get(unit)!.id, postCode, startsOn: '2024-01-01' } });

  it('lists the post catalogue with the nine posts first', async () => {
    const res = await api.as('a_member').run(`{ postTypes { code name ninePost } }`);
    const nine = res.data?.postTypes.filter((p: { ninePost: boolean }) => p.ninePost).map((p: { name: string }) => p.name);
    expect(nine).toEqual(['党组(党委)', '党组(党委)书记', '党组(党委)班子成员', '机关党委', '机关党委书记', '机关党委专职副书记', '党支部', '党支部书记', '党员']);
    expect(res.data?.postTypes.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['副书记', '委员', '组织委员', '宣传委员', '纪检委员', '专职党务干部', '兼职党务干部']));
  });

  it('lets the committee admin extend and edit the catalogue, and no one else', async () => {
    const create = `mutation { createPostType(input: { code: "PARTY_GUIDE", name: "党建指导员", cadre: PART_TIME, unitKinds: [BRANCH] }) { code name cadre assignable secretary ninePost unitKinds } }`;
    expect((await api.as('a_tenant_admin').run(create)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.as('gw_committee_leader').run(create)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const created = await api.as('gw_committee_admin').run(create);
    expect(created.data?.createPostType).toEqual({ code: 'PARTY_GUIDE', name: '党建指导员', cadre: 'PART_TIME', assignable: true, secretary: false, ninePost: false, unitKinds: ['BRANCH'] });
    expect((await api.as('gw_committee_admin').run(create)).errors?.[0].extensions?.code).toBe('CONFLICT');
    const renamed = await api.as('gw_committee_admin').run(`mutation { updatePostType(code: "PARTY_GUIDE", input: { name: "党建工作指导员", notCadre: true }) { name cadre } }`);
    expect(renamed.data?.updatePostType).toEqual({ name: '党建工作指导员', cadre: null });
    const listed = await api.as('a_member').run(`{ postTypes { code name } }`);
    expect(listed.data?.postTypes).toContainEqual({ code: 'PARTY_GUIDE', name: '党建工作指导员' });
    const missing = await api.as('gw_committee_admin').run(`mutation { updatePostType(code: "NOPE", input: { name: "无此岗位" }) { code } }`);
    expect(missing.errors?.[0]).toMatchObject({ message: '岗位不存在', extensions: { code: 'NOT_FOUND' } });
  });

  it('assigns posts and shows current holders, secretaries and a member’s posts', async () => {
    expect((await assign(chief.id, 'DZ', PostCode.PARTY_GROUP_SECRETARY)).errors).toBeUndefined();
    const res = await assign(deputy.id, 'ZB1', PostCode.BRANCH_SECRETARY);
    expect(res.data?.assignPost).toMatchObject({ post: { name: '党支部书记' }, unit: { code: 'ZB1' }, member: { name: '副局长乙' } });
    const unit = await api.as('a_tenant_admin').run(`query($id: ID!) { orgUnit(id: $id) { secretary { name } posts { post { code } member { name } } } }`, { id: aUnits.get('ZB1')!.id });
    expect(unit.data?.orgUnit).toEqual({ secretary: { name: '副局长乙' }, posts: [{ post: { code: 'BRANCH_SECRETARY' }, member: { name: '副局长乙' } }] });
    const member = await api.as('a_tenant_admin').run(`query($id: ID!) { partyMember(id: $id) { posts { post { name } unit { code } } } }`, { id: chief.id });
    expect(member.data?.partyMember.posts).toEqual([{ post: { name: '党组(党委)书记' }, unit: { code: 'DZ' } }]);
  });

  it('refuses a second secretary, a post the unit kind does not have, and an organization post', async () => {
    expect((await assign(chief.id, 'ZB1', PostCode.BRANCH_SECRETARY)).errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: '该组织已有现任“党支部书记”,请先结束其任期' });
    expect((await assign(clerk.id, 'ZB2', PostCode.ORGAN_COMMITTEE_FULL_TIME_DEPUTY)).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: '党支部不设“机关党委专职副书记”' });
    expect((await assign(clerk.id, 'ZB2', PostCode.BRANCH)).errors?.[0].message).toBe('“党支部”不能任命到人');
  });

  it('ends a term, after which the post is vacant', async () => {
    const unitPosts = await api.as('a_tenant_admin').run(`query($id: ID!) { orgUnit(id: $id) { posts { id } } }`, { id: aUnits.get('ZB1')!.id });
    const current = unitPosts.data?.orgUnit.posts[0];
    const end = `mutation($id: ID!) { endPostAssignment(id: $id, endsOn: "2025-12-31") { endsOn } }`;
    expect((await api.as('a_tenant_admin').run(end, { id: current.id })).data?.endPostAssignment).toEqual({ endsOn: '2025-12-31' });
    expect((await api.as('a_tenant_admin').run(end, { id: current.id })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const unit = await api.as('a_tenant_admin').run(`query($id: ID!) { orgUnit(id: $id) { secretary { name } } }`, { id: aUnits.get('ZB1')!.id });
    expect(unit.data?.orgUnit.secretary).toBeNull();
    expect((await assign(deputy.id, 'ZB1', PostCode.BRANCH_SECRETARY)).errors).toBeUndefined();
  });

  it('does not assign a member or a unit of another tenant', async () => {
    const res = await api.as('a_tenant_admin').run(ASSIGN, { input: { memberId: bChief.id, unitId: aUnits.get('ZB2')!.id, postCode: PostCode.COMMITTEE_MEMBER } });
    expect(res.errors?.[0]).toMatchObject({ message: '党员不存在', extensions: { code: 'NOT_FOUND' } });
    const unit = await api.as('a_tenant_admin').run(ASSIGN, { input: { memberId: clerk.id, unitId: bUnits.get('ZB1')!.id, postCode: PostCode.COMMITTEE_MEMBER } });
    expect(unit.errors?.[0]).toMatchObject({ message: '党组织不存在', extensions: { code: 'NOT_FOUND' } });
  });

  it('lists agencies whose organ committee secretary is not the party group secretary', async () => {
    const q = `{ secretaryMismatches { tenantId topUnit { code } organUnit { code } topSecretary { name } organSecretary { name } } }`;
    const committee = await api.as('gw_committee_leader').run(q);
    expect(committee.data?.secretaryMismatches).toEqual([
      { tenantId: a.tenant.id, topUnit: { code: 'DZ' }, organUnit: { code: 'JG' }, topSecretary: { name: '局长甲' }, organSecretary: null },
    ]);
    expect((await assign(chief.id, 'JG', PostCode.ORGAN_COMMITTEE_SECRETARY)).errors).toBeUndefined();
    expect((await api.as('gw_committee_leader').run(q)).data?.secretaryMismatches).toEqual([]);
  });

  it('computes the overview for the committee across tenants and for one tenant alone', async () => {
    const q = `{ orgOverview { agencies members branchSecretaries branchSecretariesInLeadership branchSecretaryLeadershipShare partyAffairsCadres fullTimeCadres partTimeCadres actionBranches agenciesWithOrganCommittee agenciesWithFullTimeDeputy unitsByKind { kind count } } }`;
    const all = await api.as('gw_committee_leader').run(q);
    expect(all.data?.orgOverview).toMatchObject({
      agencies: 2,
      members: 5,
      branchSecretaries: 2,
      branchSecretariesInLeadership: 1,
      branchSecretaryLeadershipShare: 50,
      partyAffairsCadres: 1,
      fullTimeCadres: 1,
      partTimeCadres: 0,
      actionBranches: 1,
      agenciesWithOrganCommittee: 2,
      agenciesWithFullTimeDeputy: 1,
    });
    expect(all.data?.orgOverview.unitsByKind).toContainEqual({ kind: 'BRANCH', count: 3 });
    const own = await api.as('a_tenant_admin').run(q);
    expect(own.data?.orgOverview).toMatchObject({ agencies: 1, members: 3, branchSecretaries: 1, branchSecretaryLeadershipShare: 100, partyAffairsCadres: 0, actionBranches: 1, agenciesWithFullTimeDeputy: 0 });
    expect((await api.as('a_member').run(q)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  // The full per-agency figures and their statement count at two sizes: overview/org-overview-api.spec.ts.
  it('breaks the overview down by agency, and shows an agency only its own row', async () => {
    const q = `{ orgOverview { agencies byAgency { tenantId tenantName units members branches unitsByKind { kind count } } } }`;
    const all = await api.as('gw_committee_leader').run(q);
    expect(all.errors).toBeUndefined();
    expect(all.data?.orgOverview.byAgency.map(({ unitsByKind: _k, ...row }: Record<string, unknown>) => row)).toEqual([
      { tenantId: a.tenant.id, tenantName: a.tenant.name, units: 5, members: 3, branches: 2 },
      { tenantId: b.tenant.id, tenantName: b.tenant.name, units: 3, members: 2, branches: 1 },
    ]);
    expect(all.data?.orgOverview.byAgency[0].unitsByKind).toEqual(
      expect.arrayContaining([{ kind: 'BRANCH', count: 2 }, { kind: 'ACTION_BRANCH', count: 1 }, { kind: 'PARTY_CELL', count: 0 }]),
    );
    const own = await api.as('a_tenant_admin').run(q);
    expect(own.data?.orgOverview.byAgency.map((r: { tenantId: string }) => r.tenantId)).toEqual([a.tenant.id]);
  });

  // These add members and posts to A: after the overview's counts above.
  it('knows who may hold a post: a 预备党员 no elected post, a member of another branch no seat on this one’s committee', async () => {
    const [probationary] = await insertMembers(api.dataSource, a.tenant.id, [{ name: '预备丁', unitId: aUnits.get('ZB2')!.id, category: MemberCategory.PROBATIONARY }]);
    const elected = await assign(probationary.id, 'ZB2', PostCode.ORGANIZATION_MEMBER);
    expect(elected.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', issues: [{ field: 'memberId' }] }, message: '“组织委员”只能由正式党员担任,预备丁是预备党员' });
    const foreign = await assign(clerk.id, 'ZB1', PostCode.COMMITTEE_MEMBER);
    expect(foreign.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: '“委员”须由组织ZB1或其下级组织的党员担任,科员丙在组织ZB2' });
    // A post without those rules (a part-time cadre) takes either; a member of a unit below holds the higher unit's post.
    expect((await assign(probationary.id, 'ZB1', PostCode.PART_TIME_CADRE)).errors).toBeUndefined();
    expect((await assign(clerk.id, 'JG', PostCode.COMMITTEE_MEMBER)).errors).toBeUndefined();
    const posts = await api.as('a_tenant_admin').run(`query($id: ID!) { partyMember(id: $id) { posts { post { code } } } }`, { id: probationary.id });
    expect(posts.data?.partyMember.posts).toEqual([{ post: { code: 'PART_TIME_CADRE' } }]);
  });

  it('has heads of their own for a 党总支 and a 党小组, and no 党支部书记 there', async () => {
    const units = await insertTree(api.dataSource, a.tenant.id, [
      ['ZZ9', K.GENERAL_BRANCH, 'JG'],
      ['ZB9', K.BRANCH, 'ZZ9'],
      ['XZ9', K.PARTY_CELL, 'ZB9'],
    ], aUnits);
    const [head, leader] = await insertMembers(api.dataSource, a.tenant.id, [
      { name: '总支书记庚', unitId: units.get('ZB9')!.id },
      { name: '组长辛', unitId: units.get('XZ9')!.id },
    ]);
    for (const u of ['ZZ9', 'ZB9', 'XZ9']) aUnits.set(u, units.get(u)!);
    expect((await assign(head.id, 'ZZ9', PostCode.BRANCH_SECRETARY)).errors?.[0].message).toBe('党总支不设“党支部书记”');
    expect((await assign(head.id, 'ZZ9', PostCode.GENERAL_BRANCH_SECRETARY)).data?.assignPost.post).toEqual({ name: '党总支书记' });
    expect((await assign(leader.id, 'XZ9', PostCode.CELL_LEADER)).data?.assignPost.post).toEqual({ name: '党小组组长' });
    const secretary = await api.as('a_tenant_admin').run(`query($id: ID!) { orgUnit(id: $id) { secretary { name } } }`, { id: units.get('ZZ9')!.id });
    expect(secretary.data?.orgUnit.secretary).toEqual({ name: '总支书记庚' });
  });
});
