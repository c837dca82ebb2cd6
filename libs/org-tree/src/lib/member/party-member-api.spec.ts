import ExcelJS from 'exceljs';
import { TenantKind } from '@zeren/tenancy';
import type { TestApi, TestTenant } from '@zeren/api/testing';
import { createOrgTreeTestApi, insertMembers, insertPosts, insertTree, makeSecretary, memberSheetRow } from '../../testing';
import { OrgUnitKind as K } from '../org-unit/org-unit-kind.enum';
import type { OrgUnit } from '../org-unit/org-unit.entity';
import type { PartyMember } from './party-member.entity';
import { idNumberCheckChar } from '@zeren/shared-rules';
import { MEMBER_COLUMNS, buildMemberSheet } from './member-import.service';

const IMPORT = `mutation($file: String!) { importPartyMembers(fileBase64: $file) { created } }`;
const COUNT = `query($unitId: ID) { partyMembers(unitId: $unitId, limit: 1) { total } }`;

const row = memberSheetRow;
const sheet = async (rows: Record<string, unknown>[]) => (await buildMemberSheet(rows as never)).toString('base64');

describe('party members API', () => {
  let api: TestApi;
  let a: TestTenant;
  let b: TestTenant;
  let units: Map<string, OrgUnit>;
  let own: PartyMember;
  let other: PartyMember;
  let bMember: PartyMember;

  beforeAll(async () => {
    api = await createOrgTreeTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    b = await api.addTenant('B');
    units = await insertTree(api.dataSource, a.tenant.id, [
      ['DZ', K.PARTY_GROUP, null],
      ['JG', K.ORGAN_PARTY_COMMITTEE, 'DZ'],
      ['ZB1', K.BRANCH, 'JG'],
      ['ZB2', K.BRANCH, 'JG'],
      ['XZ1', K.PARTY_CELL, 'ZB2'],
    ]);
    [own, other] = await insertMembers(api.dataSource, a.tenant.id, [
      { name: '王小明', unitId: units.get('ZB1')!.id, phone: '13812345678', userId: a.users.MEMBER!.id },
      { name: '王大伟', unitId: units.get('XZ1')!.id, phone: '13987654321' },
      { name: '李红', unitId: units.get('ZB2')!.id, phone: null },
    ]);
    // A's branch secretary leads ZB1: their data scope is ZB1's subtree.
    await makeSecretary(api, a, units.get('ZB1')!);
    const bUnits = await insertTree(api.dataSource, b.tenant.id, [['DW', K.PARTY_COMMITTEE, null]]);
    [bMember] = await insertMembers(api.dataSource, b.tenant.id, [{ name: '王外单位', unitId: bUnits.get('DW')!.id, phone: '13700001111' }]);
  });
  afterAll(() => api.close());

  describe('data scope inside the agency', () => {
    const names = async (username: string) =>
      ((await api.as(username).run(`{ partyMembers(limit: 100) { items { name } } }`)).data?.partyMembers.items ?? []).map((m: { name: string }) => m.name).sort();

    it('shows a branch secretary the members of their branch only', async () => {
      expect(await names('a_branch_secretary')).toEqual(['A书记', '王小明']);
      const li = (await api.as('a_tenant_admin').run(`{ partyMembers(search: "李红") { items { id } } }`)).data?.partyMembers.items[0].id;
      expect((await api.as('a_branch_secretary').run(`query($id: ID!) { partyMember(id: $id) { name } }`, { id: li })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('shows the whole agency to its admin', async () => {
      expect(await names('a_tenant_admin')).toHaveLength(4);
    });

    it('does not let a branch secretary add a member outside their branch', async () => {
      const res = await api.as('a_branch_secretary').run(`mutation($i: CreatePartyMemberInput!) { createPartyMember(input: $i) { id } }`, {
        i: { name: '越权', gender: 'MALE', birthDate: '1990-01-01', joinedOn: '2015-07-01', category: 'FULL', unitId: units.get('ZB2')!.id },
      });
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await names('a_tenant_admin')).not.toContain('越权');
    });

    it('shows a member their own record only', async () => {
      const res = await api.as('a_member').run(`query($id: ID!) { partyMember(id: $id) { name } }`, { id: other.id });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await api.as('a_member').run(`{ myPartyMember { name posts { postCode } } }`)).data?.myPartyMember.name).toBe('王小明');
    });
  });

  const phoneAs = async (username: string, id: string) =>
    (await api.as(username).run(`query($id: ID!) { partyMember(id: $id) { phone } }`, { id })).data?.partyMember.phone;

  it('masks the phone number for everyone but the member and their tenant’s admin', async () => {
    expect(await phoneAs('a_tenant_admin', own.id)).toBe('13812345678');
    expect(await phoneAs('a_branch_secretary', own.id)).toBe('138****5678');
    expect(await phoneAs('gw_committee_admin', own.id)).toBe('138****5678');
    expect(await phoneAs('gw_committee_leader', other.id)).toBe('139****4321');
    const mine = await api.as('a_member').run(`{ myPartyMember { name phone } }`);
    expect(mine.data?.myPartyMember).toEqual({ name: '王小明', phone: '13812345678' });
  });

  it('masks phones in nested lists too', async () => {
    const res = await api.as('a_branch_secretary').run(`query($id: ID!) { orgUnit(id: $id) { members { name phone } } }`, { id: units.get('ZB1')!.id });
    expect(res.data?.orgUnit.members).toEqual([
      { name: 'A书记', phone: null },
      { name: '王小明', phone: '138****5678' },
    ]);
  });

  it('searches by name fragment within a unit’s subtree', async () => {
    const q = `query($unitId: ID, $search: String, $sub: Boolean) { partyMembers(unitId: $unitId, search: $search, includeDescendants: $sub) { total items { name } } }`;
    const all = await api.as('a_tenant_admin').run(q, { search: '王' });
    expect(all.data?.partyMembers).toEqual({ total: 2, items: [{ name: '王大伟' }, { name: '王小明' }] });
    const subtree = await api.as('a_tenant_admin').run(q, { unitId: units.get('ZB2')!.id });
    expect(subtree.data?.partyMembers.items.map((m: { name: string }) => m.name).sort()).toEqual(['李红', '王大伟']);
    const direct = await api.as('a_tenant_admin').run(q, { unitId: units.get('ZB2')!.id, sub: false });
    expect(direct.data?.partyMembers.items).toEqual([{ name: '李红' }]);
    const literal = await api.as('a_tenant_admin').run(q, { search: '%' });
    expect(literal.data?.partyMembers.total).toBe(0);
  });

  it('does not return a party member of another tenant', async () => {
    const res = await api.as('a_tenant_admin').run(`query($id: ID!) { partyMember(id: $id) { id } }`, { id: bMember.id });
    expect(res.errors?.[0]).toMatchObject({ message: '党员不存在', extensions: { code: 'NOT_FOUND' } });
    const list = await api.as('a_tenant_admin').run(`{ partyMembers(search: "王", limit: 200) { items { tenantId } } }`);
    expect(list.data?.partyMembers.items.every((m: { tenantId: string }) => m.tenantId === a.tenant.id)).toBe(true);
    const transfer = await api.as('a_tenant_admin').run(`mutation($id: ID!, $to: ID!) { transferPartyMember(id: $id, input: { toUnitId: $to }) { id } }`, {
      id: bMember.id,
      to: units.get('ZB1')!.id,
    });
    expect(transfer.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('does not link a new member to a user of another tenant', async () => {
    const res = await api.as('a_tenant_admin').run(
      `mutation($input: CreatePartyMemberInput!) { createPartyMember(input: $input) { id } }`,
      { input: { name: '赵外链', gender: 'MALE', joinedOn: '2015-07-01', unitId: units.get('ZB1')!.id, userId: b.users.MEMBER!.id } },
    );
    expect(res.errors?.[0]).toMatchObject({ message: '用户不存在', extensions: { code: 'NOT_FOUND' } });
  });

  it('lets the committee read every tenant’s members', async () => {
    const res = await api.as('gw_committee_leader').run(`{ partyMembers(search: "王", limit: 200) { total } }`);
    expect(res.data?.partyMembers.total).toBe(3);
  });

  it('transfers a member within the tenant and keeps the history', async () => {
    const move = `mutation($id: ID!, $to: ID!) { transferPartyMember(id: $id, input: { toUnitId: $to, transferredOn: "2025-01-02", note: "岗位调整" }) { unit { code } transfers { fromUnitId toUnitId transferredOn note } } }`;
    const res = await api.as('a_tenant_admin').run(move, { id: other.id, to: units.get('ZB1')!.id });
    expect(res.errors).toBeUndefined();
    expect(res.data?.transferPartyMember).toEqual({
      unit: { code: 'ZB1' },
      transfers: [{ fromUnitId: units.get('XZ1')!.id, toUnitId: units.get('ZB1')!.id, transferredOn: '2025-01-02', note: '岗位调整' }],
    });
    const again = await api.as('a_tenant_admin').run(move, { id: other.id, to: units.get('ZB1')!.id });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: '该党员已在此党组织' });
  });

  it('ends the elected posts a transfer takes a member away from, and keeps the ones the new unit still sits under', async () => {
    const [holder] = await insertMembers(api.dataSource, a.tenant.id, [{ name: '钱委员', unitId: units.get('ZB1')!.id }]);
    await insertPosts(api.dataSource, a.tenant.id, [
      { memberId: holder.id, unitId: units.get('ZB1')!.id, postCode: 'ORGANIZATION_MEMBER' },
      { memberId: holder.id, unitId: units.get('JG')!.id, postCode: 'COMMITTEE_MEMBER' },
      { memberId: holder.id, unitId: units.get('ZB1')!.id, postCode: 'PART_TIME_CADRE' },
    ]);
    const q = `mutation($id: ID!, $to: ID!) { transferPartyMember(id: $id, input: { toUnitId: $to, transferredOn: "2025-03-01" }) { posts { postCode unit { code } } } }`;
    const res = await api.as('a_tenant_admin').run(q, { id: holder.id, to: units.get('ZB2')!.id });
    expect(res.errors).toBeUndefined();
    // ZB2 sits under JG: JG's seat stays; ZB1's elected seat ends; a cadre post is no elected seat and stays.
    expect(res.data?.transferPartyMember.posts.map((p: { postCode: string; unit: { code: string } }) => `${p.unit.code}:${p.postCode}`).sort()).toEqual(['JG:COMMITTEE_MEMBER', 'ZB1:PART_TIME_CADRE']);
    const ended = await api.as('a_tenant_admin').run(`{ postAssignments(postCode: "ORGANIZATION_MEMBER", current: false, search: "钱委员", limit: 100) { items { member { name } endsOn } } }`);
    expect(ended.data?.postAssignments.items.filter((p: { member: { name: string } }) => p.member.name === '钱委员')).toEqual([{ member: { name: '钱委员' }, endsOn: '2025-03-01' }]);
  });

  it('names the units of a transfer for the tenant’s readers and the committee, and not for another tenant', async () => {
    const q = `query($id: ID!) { partyMember(id: $id) { transfers { transferredOn fromUnit { code name } toUnit { code name } } } }`;
    const expected = [{ transferredOn: '2025-01-02', fromUnit: { code: 'XZ1', name: '组织XZ1' }, toUnit: { code: 'ZB1', name: '组织ZB1' } }];
    expect((await api.as('a_branch_secretary').run(q, { id: other.id })).data?.partyMember.transfers).toEqual(expected);
    expect((await api.as('gw_committee_leader').run(q, { id: other.id })).data?.partyMember.transfers).toEqual(expected);
    expect((await api.as('b_tenant_admin').run(q, { id: other.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('ends a member’s posts when they leave', async () => {
    const created = await api.as('a_tenant_admin').run(
      `mutation($unitId: ID!) { createPartyMember(input: { name: "钱退休", gender: MALE, joinedOn: "1990-07-01", unitId: $unitId }) { id } }`,
      { unitId: units.get('ZB2')!.id },
    );
    const id = created.data?.createPartyMember.id;
    await api.as('a_tenant_admin').run(`mutation($m: ID!, $u: ID!) { assignPost(input: { memberId: $m, unitId: $u, postCode: "COMMITTEE_MEMBER" }) { id } }`, { m: id, u: units.get('ZB2')!.id });
    const left = await api.as('a_tenant_admin').run(`mutation($id: ID!) { updatePartyMember(id: $id, input: { status: TRANSFERRED_OUT }) { status posts { id } } }`, { id });
    expect(left.data?.updatePartyMember).toEqual({ status: 'TRANSFERRED_OUT', posts: [] });
    const transfer = await api.as('a_tenant_admin').run(`mutation($id: ID!, $to: ID!) { transferPartyMember(id: $id, input: { toUnitId: $to }) { id } }`, { id, to: units.get('ZB1')!.id });
    expect(transfer.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: '只能转接在册党员' });
  });

  it('validates create input with zh-CN messages', async () => {
    const res = await api.as('a_tenant_admin').run(
      `mutation($unitId: ID!) { createPartyMember(input: { name: "", gender: MALE, joinedOn: "2010-01-01", unitId: $unitId, phone: "12345" }) { id } }`,
      { unitId: units.get('ZB1')!.id },
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.issues).toEqual(
      expect.arrayContaining([
        { field: 'name', message: '请输入姓名' },
        { field: 'phone', message: '手机号须为 11 位数字,以 1 开头' },
      ]),
    );
  });

  it('imports members from an .xlsx sheet', async () => {
    const before = (await api.as('a_tenant_admin').run(COUNT, {})).data?.partyMembers.total;
    const file = await sheet([row(), row({ 姓名: '周强', 性别: '男', 出生日期: new Date(Date.UTC(1979, 10, 3)), 所在党组织代码: 'XZ1', 手机号: 13600001234, 班子成员: '是' })]);
    const res = await api.as('a_tenant_admin').run(IMPORT, { file });
    expect(res.errors).toBeUndefined();
    expect(res.data?.importPartyMembers).toEqual({ created: 2 });
    expect((await api.as('a_tenant_admin').run(COUNT, {})).data?.partyMembers.total).toBe(before + 2);
    const zhou = await api.as('a_tenant_admin').run(`{ partyMembers(search: "周强") { items { birthDate phone leadershipMember tenantId unit { code } } } }`);
    expect(zhou.data?.partyMembers.items).toEqual([{ birthDate: '1979-11-03', phone: '13600001234', leadershipMember: true, tenantId: a.tenant.id, unit: { code: 'XZ1' } }]);
  });

  it('reports the row, column and message of every bad cell and imports nothing', async () => {
    const before = (await api.as('a_tenant_admin').run(COUNT, {})).data?.partyMembers.total;
    const file = await sheet([
      row({ 姓名: '合格行' }),
      row({ 姓名: null, 性别: '未知' }),
      row({ 入党日期: '2012-13-40', 所在党组织代码: 'NOPE' }),
      row({ 出生日期: '2000-01-01', 入党日期: '1999-01-01', 手机号: '123' }),
    ]);
    const res = await api.as('a_tenant_admin').run(IMPORT, { file });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: '导入失败:共 6 处错误,未导入任何党员' });
    expect(res.errors?.[0].extensions?.issues).toEqual([
      { field: 'A3', message: '第 3 行“姓名”(A3):不能为空' },
      { field: 'B3', message: '第 3 行“性别”(B3):须为“男”或“女”' },
      { field: 'F4', message: '第 4 行“入党日期”(F4):日期格式应为 2020-07-01' },
      { field: 'H4', message: '第 4 行“所在党组织代码”(H4):本单位没有代码为 NOPE 的现存党组织' },
      { field: 'F5', message: '第 5 行“入党日期”(F5):须晚于出生日期' },
      { field: 'I5', message: '第 5 行“手机号”(I5):须为 11 位手机号' },
    ]);
    expect((await api.as('a_tenant_admin').run(COUNT, {})).data?.partyMembers.total).toBe(before);
  });

  it('refuses a unit code of another tenant in an import', async () => {
    const res = await api.as('a_tenant_admin').run(IMPORT, { file: await sheet([row({ 所在党组织代码: 'DW' })]) });
    expect(res.errors?.[0].extensions?.issues).toEqual([{ field: 'H2', message: '第 2 行“所在党组织代码”(H2):本单位没有代码为 DW 的现存党组织' }]);
  });

  it('refuses a file that is not an .xlsx, a missing column and an oversized file', async () => {
    const junk = await api.as('a_tenant_admin').run(IMPORT, { file: Buffer.from('not a spreadsheet').toString('base64') });
    expect(junk.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: '无法读取文件,请上传 .xlsx 格式的表格' });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('党员').addRow(['姓名', '性别']);
    const partial = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const missing = await api.as('a_tenant_admin').run(IMPORT, { file: partial });
    expect(missing.errors?.[0].message).toBe('表头缺少“民族”、“出生日期”、“学历”、“入党日期”、“党员类别”、“所在党组织代码”、“手机号”、“班子成员”、“职务”列');
    const big = await api.as('a_tenant_admin').run(IMPORT, { file: 'A'.repeat(1024 * 1024) });
    expect(big.errors?.[0].message).toBe('文件不能超过 700 KB');
    // A branch secretary imports into their own branch only; one row outside it refuses the whole sheet.
    const outside = await api.as('a_branch_secretary').run(IMPORT, { file: await sheet([row({ 姓名: '越权导入', 所在党组织代码: 'ZB2' })]) });
    expect(outside.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.as('a_tenant_admin').run(`{ partyMembers(search: "越权导入") { total } }`)).data?.partyMembers.total).toBe(0);
    expect((await api.as('a_member').run(IMPORT, { file: await sheet([row()]) })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('gives each caller a template whose example row names a unit of theirs and imports as it stands', async () => {
    const exampleCode = async (username: string) => {
      const template = await api.as(username).run(`{ partyMemberImportTemplate }`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(template.data?.partyMemberImportTemplate, 'base64') as never);
      const sheet = workbook.getWorksheet('党员')!;
      const header = (sheet.getRow(1).values as unknown[]).indexOf('所在党组织代码');
      return { code: sheet.getRow(2).getCell(header).value, file: template.data?.partyMemberImportTemplate as string };
    };
    // The admin gets the agency's first branch; the branch secretary their own branch (ZB1 either way here).
    expect((await exampleCode('a_tenant_admin')).code).toBe('ZB1');
    expect((await exampleCode('a_branch_secretary')).code).toBe('ZB1');
    const t = await api.addTenant('T');
    await insertTree(api.dataSource, t.tenant.id, [
      ['TW', K.PARTY_COMMITTEE, null],
      ['TZ7', K.BRANCH, 'TW'],
    ]);
    const { code, file } = await exampleCode('t_tenant_admin');
    expect(code).toBe('TZ7');
    expect((await api.as('t_tenant_admin').run(IMPORT, { file })).data?.importPartyMembers.created).toBe(1);
  });

  describe('identity numbers (身份证号)', () => {
    const CREATE = `mutation($i: CreatePartyMemberInput!) { createPartyMember(input: $i) { id birthDate idNumber } }`;
    const UPDATE = `mutation($id: ID!, $i: UpdatePartyMemberInput!) { updatePartyMember(id: $id, input: $i) { id idNumber birthDate } }`;
    const base = () => ({ gender: 'MALE', joinedOn: '2012-07-01', category: 'FULL', unitId: units.get('ZB1')!.id });
    const total = async () => (await api.as('a_tenant_admin').run(COUNT, {})).data?.partyMembers.total as number;
    const idAs = async (username: string, id: string) => (await api.as(username).run(`query($id: ID!) { partyMember(id: $id) { idNumber } }`, { id })).data?.partyMember.idNumber;
    // 1985-03-12, sequence 001 (a man); 1985-03-12, sequence 002 (a woman).
    const MAN = `37050219850312001${idNumberCheckChar('37050219850312001')}`;
    const WOMAN = `37050219850312002${idNumberCheckChar('37050219850312002')}`;
    let zheng: string;

    it('takes the birth date from the number and shows the number in full to the agency admin only', async () => {
      const res = await api.as('a_tenant_admin').run(CREATE, { i: { ...base(), name: '郑建国', idNumber: `${MAN.slice(0, 6)} ${MAN.slice(6, 14)} ${MAN.slice(14).toLowerCase()}` } });
      expect(res.errors).toBeUndefined();
      expect(res.data?.createPartyMember).toMatchObject({ birthDate: '1985-03-12', idNumber: MAN });
      zheng = res.data?.createPartyMember.id;
      const masked = `${MAN[0]}${'*'.repeat(16)}${MAN[17]}`;
      expect(await idAs('a_branch_secretary', zheng)).toBe(masked);
      expect(await idAs('gw_committee_admin', zheng)).toBe(masked);
      expect(await idAs('gw_committee_leader', zheng)).toBe(masked);
      // The whole number finds its holder for the agency admin; for anyone who sees it masked, a hit would confirm a guess.
      const find = async (username: string, search: string) => (await api.as(username).run(`query($s: String) { partyMembers(search: $s) { items { name } } }`, { s: search })).data?.partyMembers.items;
      expect(await find('a_tenant_admin', MAN.toLowerCase())).toEqual([{ name: '郑建国' }]);
      expect(await find('a_tenant_admin', masked)).toEqual([]);
      expect(await find('a_branch_secretary', MAN)).toEqual([]);
      expect(await find('gw_committee_admin', MAN)).toEqual([]);
    });

    it('refuses a wrong check digit, and a birth date or gender the number contradicts, creating nothing', async () => {
      const before = await total();
      const wrong = `${MAN.slice(0, 17)}${MAN[17] === '0' ? '1' : '0'}`;
      const bad = await api.as('a_tenant_admin').run(CREATE, { i: { ...base(), name: '郑校验', idNumber: wrong } });
      expect(bad.errors?.[0]).toMatchObject({ message: '身份证号校验位不正确,请核对', extensions: { code: 'BAD_USER_INPUT', issues: [{ field: 'idNumber', message: '身份证号校验位不正确,请核对' }] } });
      const contradicts = await api.as('a_tenant_admin').run(CREATE, { i: { ...base(), name: '郑矛盾', gender: 'MALE', birthDate: '1985-03-13', idNumber: WOMAN } });
      expect(contradicts.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        issues: [
          { field: 'birthDate', message: '出生日期与身份证号不一致(身份证号为 1985-03-12)' },
          { field: 'gender', message: '性别与身份证号不一致(身份证号为女性)' },
        ],
      });
      expect(await total()).toBe(before);
    });

    it('refuses a number already on the register, naming whose it is, on create and on update', async () => {
      const before = await total();
      const again = await api.as('a_tenant_admin').run(CREATE, { i: { ...base(), name: '郑另一人', idNumber: MAN } });
      expect(again.errors?.[0]).toMatchObject({
        message: '身份证号已登记为党员 郑建国(组织ZB1,在册)',
        extensions: { code: 'CONFLICT', issues: [{ field: 'idNumber', message: '身份证号已登记为党员 郑建国(组织ZB1,在册)' }] },
      });
      expect(await total()).toBe(before);
      const li = (await api.as('a_tenant_admin').run(`{ partyMembers(search: "李红") { items { id } } }`)).data?.partyMembers.items[0].id;
      const update = await api.as('a_tenant_admin').run(UPDATE, { id: li, i: { idNumber: MAN, gender: 'MALE', birthDate: '1985-03-12' } });
      expect(update.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: '身份证号已登记为党员 郑建国(组织ZB1,在册)' });
      expect(await idAs('a_tenant_admin', li)).toBeNull();
      // Saving one's own number again is no duplicate.
      expect((await api.as('a_tenant_admin').run(UPDATE, { id: zheng, i: { idNumber: MAN, jobTitle: '科长' } })).errors).toBeUndefined();
    });

    it('refuses a second record with the same name and birth date or phone, unless the number tells them apart', async () => {
      const first = await api.as('a_tenant_admin').run(CREATE, { i: { ...base(), name: '郑同名', birthDate: '1990-02-03', phone: '13511112222' } });
      expect(first.errors).toBeUndefined();
      const before = await total();
      const message = '疑似重复:已有同名且出生日期或手机号相同的党员 郑同名(组织ZB1,在册),其未登记身份证号;如确为不同的人,请为两人都登记身份证号';
      for (const differing of [{ birthDate: '1990-02-03' }, { phone: '13511112222' }]) {
        const twin = await api.as('a_tenant_admin').run(CREATE, { i: { ...base(), name: '郑同名', ...differing, unitId: units.get('ZB2')!.id } });
        expect(twin.errors?.[0]).toMatchObject({ message, extensions: { code: 'CONFLICT', issues: [{ field: 'name', message }] } });
      }
      // A number on the new record alone proves nothing: the one on the register has none to compare.
      const first17 = '37050219900203003';
      const withNumber = await api.as('a_tenant_admin').run(CREATE, { i: { ...base(), name: '郑同名', birthDate: '1990-02-03', idNumber: `${first17}${idNumberCheckChar(first17)}` } });
      expect(withNumber.errors?.[0]).toMatchObject({
        message: '疑似重复:已有同名且出生日期或手机号相同的党员 郑同名(组织ZB1,在册),其未登记身份证号;如确为不同的人,请为两人都登记身份证号',
        extensions: { code: 'CONFLICT' },
      });
      expect(await total()).toBe(before);
      // Both numbered: two people.
      const own17 = '37050219900203005';
      expect((await api.as('a_tenant_admin').run(UPDATE, { id: first.data?.createPartyMember.id, i: { idNumber: `${own17}${idNumberCheckChar(own17)}` } })).errors).toBeUndefined();
      const told = await api.as('a_tenant_admin').run(CREATE, { i: { ...base(), name: '郑同名', birthDate: '1990-02-03', idNumber: `${first17}${idNumberCheckChar(first17)}` } });
      expect(told.errors).toBeUndefined();
      // An edit that makes a record another's namesake is refused as a new one would be.
      const other = await api.as('a_tenant_admin').run(CREATE, { i: { ...base(), name: '郑改名', birthDate: '1970-07-07' } });
      const renamed = await api.as('a_tenant_admin').run(UPDATE, { id: other.data?.createPartyMember.id, i: { name: '郑同名', phone: '13511112222' } });
      expect(renamed.errors?.[0].extensions?.code).toBe('CONFLICT');
    });

    it('refuses a number held outside a branch secretary’s scope without naming its holder', async () => {
      const li = await api.as('a_tenant_admin').run(CREATE, { i: { ...base(), name: '郑支部二', gender: 'FEMALE', idNumber: WOMAN, unitId: units.get('ZB2')!.id } });
      expect(li.errors).toBeUndefined();
      const res = await api.as('a_branch_secretary').run(CREATE, { i: { ...base(), name: '郑支部一', gender: 'FEMALE', idNumber: WOMAN } });
      expect(res.errors?.[0]).toMatchObject({ message: '身份证号已被使用', extensions: { code: 'CONFLICT', fields: ['idNumber'] } });
    });

    it('another agency may register the same number, and is never told of A’s record (cross-tenant)', async () => {
      const res = await api.as('b_tenant_admin').run(CREATE, { i: { ...base(), name: '郑外单位', idNumber: MAN, unitId: bMember.unitId } });
      expect(res.errors).toBeUndefined();
      expect(res.data?.createPartyMember.idNumber).toBe(MAN);
    });

    it('checks the numbers of an import: each cell, against the birth date and gender, within the sheet and against the register', async () => {
      const before = await total();
      const first17 = '37050219910101004';
      const fresh = `${first17}${idNumberCheckChar(first17)}`;
      const file = await sheet([
        row({ 姓名: '郑导一', 出生日期: '1991-01-01', 身份证号: fresh }),
        row({ 姓名: '郑导二', 出生日期: '1991-01-01', 身份证号: fresh }),
        row({ 姓名: '郑导三', 身份证号: '123' }),
        row({ 姓名: '郑导四', 出生日期: '1985-03-12', 性别: '女', 身份证号: MAN }),
        row({ 姓名: '郑导五', 出生日期: '1970-01-01', 身份证号: null, 手机号: '13700000001' }),
        row({ 姓名: '郑导五', 出生日期: '1971-01-01', 身份证号: null, 手机号: '13700000001' }),
        // Excel's General format has made a number of it, 15 digits kept.
        row({ 姓名: '郑导八', 身份证号: 370502198503120000 }),
      ]);
      const res = await api.as('a_tenant_admin').run(IMPORT, { file });
      expect(res.errors?.[0].extensions?.issues).toEqual([
        { field: 'L3', message: '第 3 行“身份证号”(L3):与第 2 行的身份证号重复' },
        { field: 'L4', message: '第 4 行“身份证号”(L4):身份证号须为 18 位,前 17 位为数字,最后一位为数字或 X' },
        { field: 'B5', message: '第 5 行“性别”(B5):性别与身份证号不一致(身份证号为男性)' },
        { field: 'A7', message: '第 7 行“姓名”(A7):与第 6 行同名且出生日期或手机号相同,疑似同一人' },
        { field: 'L8', message: '第 8 行“身份证号”(L8):被 Excel 存成了数字,末几位已丢失:请把这一列设为文本格式后重新填写' },
      ]);
      const onRegister = await api.as('a_tenant_admin').run(IMPORT, { file: await sheet([row({ 姓名: '郑导六', 出生日期: '1985-03-12', 性别: '男', 身份证号: MAN }), row({ 姓名: '郑同名', 出生日期: '1990-02-03', 身份证号: null })]) });
      expect(onRegister.errors?.[0].extensions?.issues).toEqual([
        { field: 'L2', message: '第 2 行“身份证号”(L2):身份证号已登记为党员 郑建国(组织ZB1,在册)' },
        { field: 'A3', message: '第 3 行“姓名”(A3):疑似重复:已有同名且出生日期或手机号相同的党员 郑同名(组织ZB1,在册);如确为不同的人,请填写身份证号以区分' },
      ]);
      expect(await total()).toBe(before);
      const imported = await api.as('a_tenant_admin').run(IMPORT, { file: await sheet([row({ 姓名: '郑导七', 出生日期: null, 性别: '男', 身份证号: `37050219880808005${idNumberCheckChar('37050219880808005')}` })]) });
      expect(imported.data?.importPartyMembers.created).toBe(1);
      const seven = await api.as('a_tenant_admin').run(`{ partyMembers(search: "郑导七") { items { birthDate idNumber } } }`);
      expect(seven.data?.partyMembers.items[0].birthDate).toBe('1988-08-08');
    });

    it('still imports a sheet made from a template without the 身份证号 column', async () => {
      const workbook = new ExcelJS.Workbook();
      const headers = MEMBER_COLUMNS.filter((c) => c.key !== 'idNumber');
      const ws = workbook.addWorksheet('党员');
      ws.addRow(headers.map((c) => c.header));
      ws.addRow(headers.map((c) => (c.key === 'unitCode' ? 'ZB1' : c.key === 'name' ? '郑旧模板' : c.example)));
      const res = await api.as('a_tenant_admin').run(IMPORT, { file: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') });
      expect(res.errors).toBeUndefined();
      expect(res.data?.importPartyMembers.created).toBe(1);
    });
  });
});
