import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { TenantKind } from '@zeren/tenancy';
import { LIMITS } from '@zeren/shared-rules';
import type { TestApi, TestTenant } from '@zeren/api/testing';
import { createOrgTreeTestApi, insertTree, memberSheetRow } from '../../testing';
import { OrgUnitKind as K } from '../org-unit/org-unit-kind.enum';
import { MEMBER_COLUMNS, buildMemberSheet } from './member-import.service';

const IMPORT = `mutation($file: String!) { importPartyMembers(fileBase64: $file) { created } }`;
const COUNT = `{ partyMembers(limit: 1) { total } }`;

const row = (overrides: Record<string, string | null> = {}) => memberSheetRow({ 姓名: '赵敏', ...overrides });
const base64 = (buffer: Buffer) => buffer.toString('base64');

// Like libs/files' test fixture, which a domain lib may not import.
/** A stored (uncompressed) zip; enough for a hand-made .xlsx. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    const fileName = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The header row, then one cell at the last row Excel allows: 2 KB that once expanded to a million rows. */
function hostileSheet(): Buffer {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const header = MEMBER_COLUMNS.map((c, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${c.header}</t></is></c>`).join('');
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="党员" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml':
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><dimension ref="A1:K1048576"/><sheetData>` +
      `<row r="1">${header}</row><row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`,
  });
}

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

  it('refuses a tiny file whose sheet reaches row 1 048 576, quickly and without the memory to expand it', async () => {
    const file = hostileSheet();
    expect(file.length).toBeLessThan(4096);
    const rss = process.memoryUsage().rss;
    const started = Date.now();
    const res = await api.as('a_tenant_admin').run(IMPORT, { file: base64(file) });
    // Reading the whole sheet took 16 s; stopping at the row cap takes milliseconds (wide margin for a busy machine).
    expect(Date.now() - started).toBeLessThan(5000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: `一次最多导入 ${LIMITS.memberImportRows} 名党员` });
  });

  it('refuses a cell beyond the column cap', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('党员');
    sheet.addRow(MEMBER_COLUMNS.map((c) => c.header));
    sheet.getCell('XFD2').value = 'x';
    const res = await api.as('a_tenant_admin').run(IMPORT, { file: base64(Buffer.from(await workbook.xlsx.writeBuffer())) });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: '表格列数过多,请只保留模板中的列' });
  });

  it('keeps the event loop answering while a full sheet of 5 000 rows is imported', async () => {
    const before = await total();
    const rows = Array.from({ length: LIMITS.memberImportRows }, (_, i) => row({ 姓名: `导入${i}` }));
    const file = base64(await buildMemberSheet(rows));
    // Counted, not timed: a probe queued again and again notes how many SQL statements the import has
    // sent each time the loop lets it run. An import that yields between its insert batches is seen
    // between many statements; one that holds the loop while it writes is seen at a handful.
    const seenAt = new Set<number>();
    let running = true;
    const probe = () => {
      seenAt.add(api.counter.count);
      if (running) setTimeout(probe, 0);
    };
    setTimeout(probe, 0);
    const res = await api.as('a_tenant_admin').run(IMPORT, { file });
    running = false;
    expect(res.errors).toBeUndefined();
    expect(res.data?.importPartyMembers).toEqual({ created: LIMITS.memberImportRows });
    expect(await total()).toBe(before + LIMITS.memberImportRows);
    expect(seenAt.size).toBeGreaterThanOrEqual(20);
  }, 60_000);
});
