import JSZip from 'jszip';
import { Role } from '@zeren/auth';
import { filesModule, StoredFile } from '@zeren/files';
import { orgTreeModule } from '@zeren/org-tree';
import { TenantKind, TenantStatus } from '@zeren/tenancy';
import { tenantDb } from '@zeren/tenancy/testing';
import { createTestApi, usernameOf, type GqlResult, type TestApi, type TestTenant } from '@zeren/api/testing';
import { responsibilityModule } from '../../index';

const CREATE = `mutation($input: InstitutionDocumentInput!) { createInstitutionDocument(input: $input) { id } }`;
const DRAFT = `mutation($documentId: ID!, $input: InstitutionVersionInput!) { draftInstitutionVersion(documentId: $documentId, input: $input) { id version status } }`;
const PUBLISH = `mutation($id: ID!) { publishInstitutionVersion(id: $id) { id status publishedAt } }`;
const LIBRARY = `{ institutionLibrary { id title kind currentVersion { id version body } versions { version } myReceipt { id status } supplements { id title files { id } } } }`;
const STATUS = `query($documentId: ID!) { institutionReceiptStatus(documentId: $documentId) { versionId total confirmed unconfirmed { code } } }`;
const CONFIRM = `mutation($id: ID!) { confirmInstitutionReceipt(id: $id) { id status confirmedAt } }`;
const ADD_SUPPLEMENT = `mutation($receiptId: ID!, $input: SupplementInput!) { addInstitutionSupplement(receiptId: $receiptId, input: $input) { id documentId title } }`;
const SUPPLEMENT = `query($id: ID!) { institutionSupplement(id: $id) { id title } }`;
const COMPENDIUM = `{ institutionCompendiumDocx }`;

const codeOf = (result: GqlResult) => result.errors?.[0]?.extensions?.['code'];
const ok = <T>(result: GqlResult, field: string): T => {
  expect(result.errors).toBeUndefined();
  return result.data![field] as T;
};

describe('1+N institution library API', () => {
  let api: TestApi;
  let a: TestTenant;
  let b: TestTenant;
  const committeeAdmin = usernameOf('GW', Role.COMMITTEE_ADMIN);
  const aAdmin = usernameOf('A', Role.TENANT_ADMIN);
  const bAdmin = usernameOf('B', Role.TENANT_ADMIN);

  /** A document with one published version, as the committee admin makes it. */
  const published = async (title: string, body = `${title}正文第一段\n第二段`) => {
    const doc = ok<{ id: string }>(await api.as(committeeAdmin).run(CREATE, { input: { kind: 'N', title, number: `测试〔2026〕${title.length}号` } }), 'createInstitutionDocument');
    const draft = ok<{ id: string }>(await api.as(committeeAdmin).run(DRAFT, { documentId: doc.id, input: { body, effectiveOn: '2026-01-01' } }), 'draftInstitutionVersion');
    const result = await api.as(committeeAdmin).run(PUBLISH, { id: draft.id });
    ok(result, 'publishInstitutionVersion');
    return { documentId: doc.id, versionId: draft.id, result };
  };
  const receiptOf = async (username: string, documentId: string) => {
    const library = ok<{ id: string; myReceipt: { id: string; status: string } | null }[]>(await api.as(username).run(LIBRARY), 'institutionLibrary');
    return library.find((d) => d.id === documentId)!.myReceipt!;
  };
  const fileOf = async (tenant: TestTenant) =>
    (
      await tenantDb(api.dataSource, tenant.tenant.id)
        .repo(StoredFile)
        .insertOne({ name: '细则附件.pdf', mimeType: 'application/pdf', size: 10, sha256: 'a'.repeat(64), storageKey: 'k', thumbnailKey: null, uploadedById: tenant.users[Role.TENANT_ADMIN]!.id, unitId: null })
    ).id;

  beforeAll(async () => {
    api = await createTestApi({ modules: [filesModule, orgTreeModule, responsibilityModule] });
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    b = await api.addTenant('B');
    const suspended = await api.addTenant('S');
    await api.dataSource.query(`UPDATE tenant SET status = ? WHERE id = ?`, [TenantStatus.SUSPENDED, suspended.tenant.id]);
  });
  afterAll(() => api.close());

  it('sends every active agency a receipt in one INSERT when a version is published, and none to a suspended one', async () => {
    const { versionId, result } = await published('三会一课制度');
    const inserts = api.counter.statements.filter((s) => /^INSERT INTO [`"]?institution_receipt/i.test(s));
    expect(inserts).toHaveLength(1);
    const rows: { tenant_id: string; status: string }[] = await api.dataSource.query(`SELECT tenant_id, status FROM institution_receipt WHERE version_id = ?`, [versionId]);
    expect(rows.map((r) => r.tenant_id).sort()).toEqual([a.tenant.id, b.tenant.id].sort());
    expect(rows.every((r) => r.status === 'UNCONFIRMED')).toBe(true);
    expect(result.data?.['publishInstitutionVersion'].status).toBe('PUBLISHED');
  });

  it('confirms a receipt once: a second confirmation is CONFLICT, and the committee sees who has not confirmed', async () => {
    const { documentId } = await published('发展党员工作规程');
    const receipt = await receiptOf(aAdmin, documentId);
    expect(receipt.status).toBe('UNCONFIRMED');
    expect(ok<{ status: string }>(await api.as(aAdmin).run(CONFIRM, { id: receipt.id }), 'confirmInstitutionReceipt').status).toBe('CONFIRMED');
    expect(codeOf(await api.as(aAdmin).run(CONFIRM, { id: receipt.id }))).toBe('CONFLICT');
    const status = ok(await api.as(committeeAdmin).run(STATUS, { documentId }), 'institutionReceiptStatus');
    expect(status).toMatchObject({ total: 2, confirmed: 1, unconfirmed: [{ code: 'B' }] });
    // Agencies do not read the committee's follow-up.
    expect(codeOf(await api.as(aAdmin).run(STATUS, { documentId }))).toBe('FORBIDDEN');
  });

  it("does not let agency A confirm agency B's receipt (NOT_FOUND), and leaves B's receipt unconfirmed", async () => {
    const { documentId } = await published('换届选举工作规程');
    const bReceipt = await receiptOf(bAdmin, documentId);
    expect(codeOf(await api.as(aAdmin).run(CONFIRM, { id: bReceipt.id }))).toBe('NOT_FOUND');
    expect((await receiptOf(bAdmin, documentId)).status).toBe('UNCONFIRMED');
  });

  it("keeps each agency's supplements to itself: B reads A's supplement as NOT_FOUND and never lists it", async () => {
    const { documentId } = await published('支部标准化建设规范');
    const aReceipt = await receiptOf(aAdmin, documentId);
    const bReceipt = await receiptOf(bAdmin, documentId);
    const aFile = await fileOf(a);
    const added = ok<{ id: string; documentId: string }>(
      await api.as(aAdmin).run(ADD_SUPPLEMENT, { receiptId: aReceipt.id, input: { title: 'A单位细则', body: 'A单位的补充规定', fileIds: [aFile] } }),
      'addInstitutionSupplement',
    );
    expect(added.documentId).toBe(documentId);
    expect(ok(await api.as(aAdmin).run(SUPPLEMENT, { id: added.id }), 'institutionSupplement')).toMatchObject({ title: 'A单位细则' });
    expect(codeOf(await api.as(bAdmin).run(SUPPLEMENT, { id: added.id }))).toBe('NOT_FOUND');
    const bLibrary = ok<{ id: string; supplements: unknown[] }[]>(await api.as(bAdmin).run(LIBRARY), 'institutionLibrary');
    expect(bLibrary.find((d) => d.id === documentId)!.supplements).toEqual([]);
    const aLibrary = ok<{ id: string; supplements: { title: string; files: { id: string }[] }[] }[]>(await api.as(aAdmin).run(LIBRARY), 'institutionLibrary');
    expect(aLibrary.find((d) => d.id === documentId)!.supplements).toEqual([{ id: added.id, title: 'A单位细则', files: [{ id: aFile }] }]);
    // Neither B's receipt, B's supplement nor B's file can be named by A.
    expect(codeOf(await api.as(aAdmin).run(ADD_SUPPLEMENT, { receiptId: bReceipt.id, input: { title: '越权', body: '越权', fileIds: [] } }))).toBe('NOT_FOUND');
    expect(codeOf(await api.as(aAdmin).run(ADD_SUPPLEMENT, { receiptId: aReceipt.id, input: { title: '越权', body: '越权', fileIds: [await fileOf(b)] } }))).toBe('NOT_FOUND');
    const update = `mutation($id: ID!) { updateInstitutionSupplement(id: $id, input: { title: "改", body: "改" }) { id } }`;
    expect(codeOf(await api.as(bAdmin).run(update, { id: added.id }))).toBe('NOT_FOUND');
    expect(codeOf(await api.as(bAdmin).run(`mutation($id: ID!) { removeInstitutionSupplement(id: $id) { id } }`, { id: added.id }))).toBe('NOT_FOUND');
  });

  it('keeps versions: a new version replaces the current one, the old stays in the history, and published text is read-only', async () => {
    const { documentId, versionId } = await published('党支部工作条例实施办法', '第一版正文');
    expect(codeOf(await api.as(committeeAdmin).run(PUBLISH, { id: versionId }))).toBe('CONFLICT');
    const edit = `mutation($id: ID!) { updateInstitutionVersion(id: $id, input: { body: "改", effectiveOn: "2026-02-01" }) { id } }`;
    expect(codeOf(await api.as(committeeAdmin).run(edit, { id: versionId }))).toBe('CONFLICT');
    const second = ok<{ id: string; version: number }>(await api.as(committeeAdmin).run(DRAFT, { documentId, input: { body: '第二版正文', effectiveOn: '2026-06-01' } }), 'draftInstitutionVersion');
    expect(second.version).toBe(2);
    expect(codeOf(await api.as(committeeAdmin).run(DRAFT, { documentId, input: { body: '另一份草稿', effectiveOn: '2026-06-01' } }))).toBe('CONFLICT');
    // The draft is the committee's until it is published.
    const before = ok<{ id: string; currentVersion: { body: string } }[]>(await api.as(aAdmin).run(LIBRARY), 'institutionLibrary');
    expect(before.find((d) => d.id === documentId)!.currentVersion.body).toBe('第一版正文');
    ok(await api.as(committeeAdmin).run(PUBLISH, { id: second.id }), 'publishInstitutionVersion');
    const after = ok<{ id: string; currentVersion: { version: number; body: string }; versions: { version: number }[]; myReceipt: { status: string } }[]>(
      await api.as(aAdmin).run(LIBRARY),
      'institutionLibrary',
    );
    const doc = after.find((d) => d.id === documentId)!;
    expect({ current: doc.currentVersion, history: doc.versions.map((v) => v.version), receipt: doc.myReceipt.status }).toEqual({
      current: { id: second.id, version: 2, body: '第二版正文' },
      history: [2, 1],
      receipt: 'UNCONFIRMED',
    });
  });

  it('issues the receipts an agency created after a publish lacks, once, in one INSERT per version in force', async () => {
    const { documentId } = await published('党费收缴使用管理办法');
    const late = await api.addTenant('L');
    const lateAdmin = usernameOf('L', Role.TENANT_ADMIN);
    const libraryOf = async () => ok<{ id: string; myReceipt: { status: string } | null }[]>(await api.as(lateAdmin).run(LIBRARY), 'institutionLibrary');
    expect((await libraryOf()).find((d) => d.id === documentId)!.myReceipt).toBeNull();
    const ISSUE = `mutation { issueMissingInstitutionReceipts }`;
    expect(codeOf(await api.as(committeeAdmin, { viewTenantId: late.tenant.id }).run(ISSUE))).toBe('FORBIDDEN');
    expect(codeOf(await api.as(lateAdmin).run(ISSUE))).toBe('FORBIDDEN');
    const issued = await api.as(committeeAdmin).run(ISSUE);
    const inserts = api.counter.statements.filter((q) => /^INSERT INTO [`"]?institution_receipt/i.test(q)).length;
    const documents = (await libraryOf()).length;
    expect({ issued: ok<number>(issued, 'issueMissingInstitutionReceipts'), inserts }).toEqual({ issued: documents, inserts: documents });
    expect((await libraryOf()).every((d) => d.myReceipt?.status === 'UNCONFIRMED')).toBe(true);
    expect(ok<number>(await api.as(committeeAdmin).run(ISSUE), 'issueMissingInstitutionReceipts')).toBe(0);
  });

  it("refuses the committee's writes to agencies and to the committee's narrowed view of an agency (FORBIDDEN)", async () => {
    const input = { kind: 'ONE', title: '越权制度' };
    expect(codeOf(await api.as(aAdmin).run(CREATE, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await api.as(committeeAdmin, { viewTenantId: a.tenant.id }).run(CREATE, { input }))).toBe('FORBIDDEN');
    const doc = ok<{ id: string }>(await api.as(committeeAdmin).run(CREATE, { input: { kind: 'N', title: '待发布制度' } }), 'createInstitutionDocument');
    const draft = ok<{ id: string }>(await api.as(committeeAdmin).run(DRAFT, { documentId: doc.id, input: { body: '正文', effectiveOn: '2026-01-01' } }), 'draftInstitutionVersion');
    expect(codeOf(await api.as(aAdmin).run(PUBLISH, { id: draft.id }))).toBe('FORBIDDEN');
    expect(codeOf(await api.as(committeeAdmin, { viewTenantId: a.tenant.id }).run(PUBLISH, { id: draft.id }))).toBe('FORBIDDEN');
    const update = `mutation($id: ID!) { updateInstitutionDocument(id: $id, input: { kind: N, title: "改" }) { id } }`;
    expect(codeOf(await api.as(committeeAdmin, { viewTenantId: a.tenant.id }).run(update, { id: doc.id }))).toBe('FORBIDDEN');
    // Unpublished, it is not in anybody's library.
    const library = ok<{ id: string }[]>(await api.as(committeeAdmin).run(LIBRARY), 'institutionLibrary');
    expect(library.map((d) => d.id)).not.toContain(doc.id);
  });

  it('compiles the library into a .docx: a zip whose word/document.xml has a table of contents, every title, and only the caller’s supplements', async () => {
    const { documentId } = await published('党员教育管理办法');
    const receipt = await receiptOf(aAdmin, documentId);
    ok(await api.as(aAdmin).run(ADD_SUPPLEMENT, { receiptId: receipt.id, input: { title: '教育管理本单位细则', body: '每月集中学习一次', fileIds: [] } }), 'addInstitutionSupplement');
    const xmlOf = async (username: string) => {
      const base64 = ok<string>(await api.as(username).run(COMPENDIUM), 'institutionCompendiumDocx');
      const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
      expect(zip.file('[Content_Types].xml')).not.toBeNull();
      return zip.file('word/document.xml')!.async('string');
    };
    const titles = ok<{ title: string }[]>(await api.as(aAdmin).run(LIBRARY), 'institutionLibrary').map((d) => d.title);
    const aXml = await xmlOf(aAdmin);
    for (const title of titles) expect(aXml).toContain(title);
    // A TOC field over the Heading 1 paragraphs, its entries already filled in.
    expect(aXml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-1&quot;/);
    expect(aXml).toMatch(/<w:hyperlink [^>]*w:anchor="_Toc\d+"><w:r><w:t[^>]*>党员教育管理办法</);
    expect(aXml).toContain('w:val="Heading1"');
    expect(aXml).toContain('教育管理本单位细则');
    const bXml = await xmlOf(bAdmin);
    expect(bXml).toContain('党员教育管理办法');
    expect(bXml).not.toContain('教育管理本单位细则');
  });
});
