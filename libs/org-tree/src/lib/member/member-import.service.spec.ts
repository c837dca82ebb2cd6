import { TenantKind } from '@zeren/tenancy';
import type { TestApi, TestTenant } from '@zeren/api/testing';
import { createOrgTreeTestApi, insertTree } from '../../testing';
import { OrgUnitKind as K } from '../org-unit/org-unit-kind.enum';
import { buildMemberSheet } from './member-import.service';

const IMPORT = `mutation($file: String!) { importPartyMembers(fileBase64: $file) { created } }`;
const COUNT = `{ partyMembers(limit: 1) { total } }`;

const row = (overrides: Record<string, string | null> = {}) => ({
  姓名: '赵敏',
  性别: '女',
  民族: '汉族',
  出生日期: '1990-05-04',
  学历: '大学本科',
  入党日期: '2012-06-30',
  党员类别: '正式党员',
  所在党组织代码: 'ZB1',
  手机号: '13912345678',
  班子成员: '否',
  职务: '科员',
  ...overrides,
});
const base64 = (buffer: Buffer) => buffer.toString('base64');

describe('member import', () => {
  let api: TestApi;
  let a: TestTenant;

  beforeAll(async () => {
    api = await createOrgTreeTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    await insertTree(api.dataSource, a.tenant.id, [
      ['DZ', K.PARTY_GROUP, null],
      ['JG', K.ORGAN_PARTY_COMMITTEE, 'DZ'],
      ['ZB1', K.BRANCH, 'JG'],
    ]);
  });
  afterAll(() => api.close());

  const total = async () => (await api.as('a_tenant_admin').run(COUNT)).data?.partyMembers.total as number;

  it.each(['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty'])(
    'refuses %s in the enum columns cell by cell, and imports nothing',
    async (word) => {
      const before = await total();
      const file = base64(await buildMemberSheet([row({ 性别: word, 党员类别: word, 班子成员: word })]));
      const res = await api.as('a_tenant_admin').run(IMPORT, { file });
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: '导入失败:共 3 处错误,未导入任何党员' });
      expect(res.errors?.[0].extensions?.issues).toEqual([
        { field: 'B2', message: '第 2 行“性别”(B2):须为“男”或“女”' },
        { field: 'G2', message: '第 2 行“党员类别”(G2):须为“正式党员”或“预备党员”' },
        { field: 'J2', message: '第 2 行“班子成员”(J2):须为“是”或“否”' },
      ]);
      expect(await total()).toBe(before);
    },
  );
});
