import ExcelJS from 'exceljs';
import { Role } from '@zeren/auth';
import { filesModule } from '@zeren/files';
import { OrgUnitKind as K, PostCode, orgTreeModule } from '@zeren/org-tree';
import { installPostCatalogue, insertMembers, insertTree } from '@zeren/org-tree/testing';
import { TenantKind } from '@zeren/tenancy';
import { tenantDb } from '@zeren/tenancy/testing';
import { createTestApi, usernameOf, type GqlResult, type TestApi, type TestTenant } from '@zeren/api/testing';
import { responsibilityModule } from '../../index';
import { FulfilmentRecord, RecordStatus } from '../fulfilment/fulfilment-record.entity';

const CREATE_TEMPLATE = `mutation($input: CreateDutyTemplateInput!) { createDutyTemplate(input: $input) { id year } }`;
const ADD_ITEM = `mutation($templateId: ID!, $input: DutySpecInput!) { addDutyItem(templateId: $templateId, input: $input) { id } }`;
const ITEMS = `query($id: ID!) { dutyTemplate(id: $id) { items { level postCode unitKinds area title content requirement cadence dueOffsetDays dueOn evidenceKinds minEvidence weight supervisor } } }`;
const EXPORT = `query($id: ID!) { dutyTemplateXlsx(id: $id) }`;
const IMPORT = `mutation($templateId: ID!, $fileBase64: String!) { importDutyItems(templateId: $templateId, fileBase64: $fileBase64) { created } }`;
const LEDGER = `query($late: Boolean, $status: RecordStatus) { fulfilmentLedgerXlsx(late: $late, status: $status) }`;
const RECORDS = `query($late: Boolean, $status: RecordStatus) { fulfilmentRecords(late: $late, status: $status, limit: 200) { total items { id periodKey } } }`;

const codeOf = (result: GqlResult) => result.errors?.[0]?.extensions?.['code'];
const ok = <T>(result: GqlResult, field: string): T => {
  expect(result.errors).toBeUndefined();
  return result.data![field] as T;
};

const ITEM_INPUTS = [
  {
    level: 'PARTY_GROUP',
    postCode: PostCode.PARTY_GROUP_SECRETARY,
    area: '政治建设',
    title: '履行第一责任人职责',
    content: '研究部署党建工作,听取汇报',
    requirement: '每年专题研究不少于 2 次',
    cadence: 'YEAR',
    dueOffsetDays: 0,
    evidenceKinds: ['PDF', 'OFFICE'],
    minEvidence: 2,
    weight: 10,
    supervisor: '市直机关工委',
  },
  {
    level: 'BRANCH',
    postCode: PostCode.BRANCH_SECRETARY,
    unitKinds: ['BRANCH'],
    area: '组织建设',
    title: '落实“三会一课”',
    content: '组织召开支委会、党员大会',
    requirement: '会议记录完整',
    cadence: 'QUARTER',
    dueOffsetDays: -5,
    evidenceKinds: ['IMAGE'],
    minEvidence: 1,
    weight: 5,
    supervisor: '机关党委',
  },
  {
    level: 'BRANCH',
    postCode: PostCode.BRANCH,
    area: '组织建设',
    title: '完成支部换届',
    content: '按期换届',
    requirement: '换届材料报机关党委备案',
    cadence: 'ONCE',
    dueOn: '2027-01-15',
    minEvidence: 0,
    weight: 3,
    supervisor: '机关党委',
  },
];

describe('duty template and ledger sheets API', () => {
  let api: TestApi;
  let a: TestTenant;
  let b: TestTenant;
  let templateId: string;
  const committeeAdmin = usernameOf('GW', Role.COMMITTEE_ADMIN);
  const aAdmin = usernameOf('A', Role.TENANT_ADMIN);

  const items = async (id: string) => ok<{ items: unknown[] }>(await api.as(committeeAdmin).run(ITEMS, { id }), 'dutyTemplate').items;
  const newDraft = async (year: number) => ok<{ id: string }>(await api.as(committeeAdmin).run(CREATE_TEMPLATE, { input: { year, copy: false } }), 'createDutyTemplate').id;
  const exported = async () => Buffer.from(ok<string>(await api.as(committeeAdmin).run(EXPORT, { id: templateId }), 'dutyTemplateXlsx'), 'base64');
  const rowsOf = async (buffer: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const out: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => out.push((row.values as unknown[]).slice(1)));
    return out;
  };
  /** The exported sheet with some cells changed: `{ 'B3': '...' }`. */
  const edited = async (changes: Record<string, string>) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exported()) as unknown as ArrayBuffer);
    for (const [cell, value] of Object.entries(changes)) workbook.worksheets[0].getCell(cell).value = value;
    return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  };

  beforeAll(async () => {
    api = await createTestApi({ modules: [filesModule, orgTreeModule, responsibilityModule] });
    await installPostCatalogue(api.dataSource);
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    b = await api.addTenant('B');
    templateId = await newDraft(2026);
    for (const input of ITEM_INPUTS) ok(await api.as(committeeAdmin).run(ADD_ITEM, { templateId, input }), 'addDutyItem');
  });
  afterAll(() => api.close());

  it('exports every field of every item with zh-CN headers and labels', async () => {
    // In the template's order: by level, then sort order.
    const [header, second, third, first] = await rowsOf(await exported());
    expect(header).toEqual(['层级', '岗位', '适用组织类型', '责任领域', '责任项目', '基本内容', '具体要求', '周期', '完成时限', '印证资料类型', '最少件数', '权重', '监督主体']);
    expect(first).toEqual(['党组(党委)', '党组(党委)书记', '', '政治建设', '履行第一责任人职责', '研究部署党建工作,听取汇报', '每年专题研究不少于 2 次', '每年', 0, 'PDF、Word/Excel 文档', 2, 10, '市直机关工委']);
    expect(second.slice(0, 3)).toEqual(['党支部', '党支部书记', '党支部']);
    expect(second.slice(7, 10)).toEqual(['每季度', -5, '图片']);
    expect(third.slice(7, 9)).toEqual(['一次性', '2027-01-15']);
  });

  it('round-trips: the exported sheet imported into a new draft yields the same items', async () => {
    const draft = await newDraft(2027);
    const sheet = (await exported()).toString('base64');
    expect(ok(await api.as(committeeAdmin).run(IMPORT, { templateId: draft, fileBase64: sheet }), 'importDutyItems')).toEqual({ created: 3 });
    expect(await items(draft)).toEqual(await items(templateId));
  });

  it('refuses a sheet with bad rows, naming each row and column in zh-CN, and imports none of its rows', async () => {
    const draft = await newDraft(2028);
    const fileBase64 = await edited({
      B3: '不存在的岗位',
      K4: '很多',
      // A branch secretary's duty put at the party group's level: refused by the rule addDutyItem applies (checkedSpec).
      A2: '党组(党委)',
    });
    const result = await api.as(committeeAdmin).run(IMPORT, { templateId: draft, fileBase64 });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toBe('导入失败:共 3 处错误,未导入任何事项');
    expect((result.errors![0].extensions!['issues'] as { field: string; message: string }[]).map((i) => i.message)).toEqual([
      '第 2 行“岗位”(B2):“党支部书记”属于党支部层级',
      '第 3 行“岗位”(B3):岗位目录中没有这个岗位',
      '第 4 行“最少件数”(K4):须为整数',
    ]);
    expect(await items(draft)).toEqual([]);
  });

  it('refuses an import into a published template (CONFLICT) and from an agency (FORBIDDEN)', async () => {
    const draft = await newDraft(2029);
    // Without the one-off row, whose date belongs to 2026/2027.
    const fileBase64 = await edited(Object.fromEntries([...'ABCDEFGHIJKLM'].map((column) => [`${column}3`, ''])));
    expect(codeOf(await api.as(aAdmin).run(IMPORT, { templateId: draft, fileBase64 }))).toBe('FORBIDDEN');
    ok(await api.as(committeeAdmin).run(IMPORT, { templateId: draft, fileBase64 }), 'importDutyItems');
    ok(await api.as(committeeAdmin).run(`mutation($id: ID!) { publishDutyTemplate(id: $id) { id } }`, { id: draft }), 'publishDutyTemplate');
    expect(codeOf(await api.as(committeeAdmin).run(IMPORT, { templateId: draft, fileBase64 }))).toBe('CONFLICT');
  });

  it('exports the ledger with the filters of fulfilmentRecords: the same rows, only the caller’s agency', async () => {
    const dutyId = (await api.dataSource.query(`SELECT id FROM duty_item WHERE template_id = ? ORDER BY sort_order`, [templateId]))[1].id as string;
    const record = (unitId: string, memberId: string | null, over: Partial<FulfilmentRecord>) => ({
      templateId,
      dutyId,
      periodKey: '2026-Q1',
      unitId,
      memberId,
      holderKey: memberId ?? '',
      subjectUserId: null,
      postCode: PostCode.BRANCH_SECRETARY,
      version: 1,
      current: true,
      status: RecordStatus.SUBMITTED,
      content: '召开支委会',
      happenedOn: '2026-03-10',
      place: null,
      participants: null,
      evidence: [{ fileId: 'f1', sha256: 'a'.repeat(64) }],
      dueAt: new Date('2026-03-26T16:00:00Z'),
      submittedAt: new Date('2026-03-20T06:30:00Z'),
      late: false,
      recordedById: a.users[Role.TENANT_ADMIN]!.id,
      previousId: null,
      correctionReason: null,
      reviewedById: null,
      reviewedAt: null,
      reviewComment: null,
      ...over,
    });
    const aUnits = await insertTree(api.dataSource, a.tenant.id, [['DZ', K.PARTY_GROUP, null], ['ZB1', K.BRANCH, 'DZ']]);
    const bUnits = await insertTree(api.dataSource, b.tenant.id, [['DW', K.PARTY_COMMITTEE, null]]);
    const [li] = await insertMembers(api.dataSource, a.tenant.id, [{ name: '李支书', unitId: aUnits.get('ZB1')!.id }]);
    await tenantDb(api.dataSource, a.tenant.id).repo(FulfilmentRecord).insert([
      record(aUnits.get('ZB1')!.id, li.id, {}),
      record(aUnits.get('ZB1')!.id, null, {
        periodKey: '2026-Q2',
        late: true,
        status: RecordStatus.ACCEPTED,
        submittedAt: new Date('2026-07-02T01:00:00Z'),
        reviewedAt: new Date('2026-07-03T02:15:00Z'),
        reviewComment: '材料齐全',
        evidence: [],
      }),
    ]);
    await tenantDb(api.dataSource, b.tenant.id).repo(FulfilmentRecord).insert([record(bUnits.get('DW')!.id, null, { late: true, status: RecordStatus.ACCEPTED, recordedById: b.users[Role.TENANT_ADMIN]!.id })]);

    const sheet = async (variables: Record<string, unknown>) => (await rowsOf(Buffer.from(ok<string>(await api.as(aAdmin).run(LEDGER, variables), 'fulfilmentLedgerXlsx'), 'base64'))).slice(1);
    const page = async (variables: Record<string, unknown>) => ok<{ total: number; items: { periodKey: string }[] }>(await api.as(aAdmin).run(RECORDS, variables), 'fulfilmentRecords');

    const all = await sheet({});
    expect(all.map((r) => r[2])).toEqual((await page({})).items.map((i) => i.periodKey));
    expect(all).toHaveLength(2);
    expect(all[1]).toEqual([a.tenant.name, '落实“三会一课”', '2026-Q1', '组织ZB1', '李支书', '待审核', '否', '2026-03-20 14:30', '', '', 1]);
    const late = await sheet({ late: true, status: 'ACCEPTED' });
    expect(late).toEqual([[a.tenant.name, '落实“三会一课”', '2026-Q2', '组织ZB1', '', '已通过', '是', '2026-07-02 09:00', '2026-07-03 10:15', '材料齐全', 0]]);
    expect((await page({ late: true, status: 'ACCEPTED' })).total).toBe(1);
    // The committee reads every agency's records, B's included.
    const committee = await rowsOf(Buffer.from(ok<string>(await api.as(committeeAdmin).run(LEDGER, { late: true }), 'fulfilmentLedgerXlsx'), 'base64'));
    expect(committee.slice(1).map((r) => r[0]).sort()).toEqual([a.tenant.name, b.tenant.name].sort());
  });
});
