import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { TenantKind, newId } from '@zeren/tenancy';
import { NotFoundError } from '@zeren/shared-errors';
import { allTenantsDb } from '@zeren/tenancy/testing';
import type { TestApi, TestTenant } from '@zeren/api/testing';
import {
  createFilesTestApi,
  createLocalTestStore,
  createS3TestStore,
  fixtures,
  startFilesServer,
  tokenFor,
  upload,
  type FilesServer,
  type TestStore,
} from '../../testing';
import { StoredFile } from '../stored-file/stored-file.entity';
import { FILE_MESSAGES, MAX_FILE_BYTES, MAX_UPLOAD_REQUEST_BYTES } from '../upload/file-limits';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.each([
  ['local disk', createLocalTestStore],
  ['S3 (s3rver)', createS3TestStore],
])('files over HTTP, stored on %s', (_name, createStore) => {
  let api: TestApi;
  let store: TestStore;
  let server: FilesServer;
  let spoolDir: string;
  let a: TestTenant;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    api = await createFilesTestApi();
    store = await createStore();
    spoolDir = await mkdtemp(join(tmpdir(), 'zeren-spool-'));
    server = await startFilesServer(api, store.store, { spoolDir });
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    await api.addTenant('B');
    for (const username of ['a_member', 'a_tenant_admin', 'b_tenant_admin', 'gw_committee_leader', 'gw_committee_admin']) {
      tokens[username] = await tokenFor(api, username);
    }
  });
  afterAll(async () => {
    await server.close();
    await store.close();
    await api.close();
    await rm(spoolDir, { recursive: true, force: true });
  });

  const get = (path: string, token: string | null, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
  const rows = () => allTenantsDb(api.dataSource).repo(StoredFile).count();
  /** What a refusal must leave unchanged: the rows, the stored keys and the spool. */
  const snapshot = async () => ({ rows: await rows(), keys: await store.keys(), spool: await readdir(spoolDir) });
  const errorOf = (body: any) => ({ message: body.errors?.[0]?.message, code: body.errors?.[0]?.extensions?.code });

  it('uploads a file and downloads exactly its bytes with their name, type and hash', async () => {
    const bytes = fixtures.pdf();
    const unitId = newId();
    const res = await upload(server.url, tokens['a_member'], { name: '支部会议记录（3月）.pdf', bytes }, { unitId });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: '支部会议记录（3月）.pdf',
      mimeType: 'application/pdf',
      size: bytes.length,
      sha256: sha256(bytes),
      hasThumbnail: false,
    });
    const row = await allTenantsDb(api.dataSource).repo(StoredFile).get(res.body.id);
    expect(row).toMatchObject({ tenantId: a.tenant.id, uploadedById: a.users.MEMBER?.id, unitId });

    const download = await get(`/${res.body.id}`, tokens['a_tenant_admin']);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-length')).toBe(String(bytes.length));
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('etag')).toBe(`"${sha256(bytes)}"`);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="_______3__.pdf"; filename*=UTF-8''${encodeURIComponent('支部会议记录（3月）.pdf')}`,
    );
    const again = await get(`/${res.body.id}`, tokens['a_tenant_admin'], { 'if-none-match': `"${sha256(bytes)}"` });
    expect(again.status).toBe(304);

    const gql = await api.as('a_member').run(`query($id: ID!) { file(id: $id) { id name mimeType size sha256 hasThumbnail url unitId } }`, { id: res.body.id });
    expect(gql.data?.file).toEqual({ ...res.body, url: `/files/${res.body.id}`, unitId });
  });

  it('types a file from its bytes, never from its name or the Content-Type the client sent', async () => {
    const res = await upload(server.url, tokens['a_member'], { name: 'scan.pdf', bytes: await fixtures.jpeg(), type: 'application/pdf' });
    expect(res.status).toBe(201);
    expect(res.body.mimeType).toBe('image/jpeg');
    const download = await get(`/${res.body.id}`, tokens['a_member']);
    expect(download.headers.get('content-type')).toBe('image/jpeg');
    expect(download.headers.get('content-disposition')).toContain(`filename*=UTF-8''scan.pdf.jpg`);
  });

  it('accepts Office documents, legacy Word and Excel included', async () => {
    const cases: [string, Buffer, string][] = [
      ['述职报告.docx', fixtures.docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['台账.xlsx', await fixtures.xlsx(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['汇报.pptx', fixtures.pptx(), 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
      ['通知.doc', fixtures.compound('WordDocument'), 'application/msword'],
      ['名册.xls', fixtures.compound('Workbook'), 'application/vnd.ms-excel'],
    ];
    for (const [name, bytes, mimeType] of cases) {
      const res = await upload(server.url, tokens['a_member'], { name, bytes });
      expect([name, res.status, res.body.mimeType]).toEqual([name, 201, mimeType]);
    }
  });

  it('stores the same bytes of one tenant once, however often they are uploaded', async () => {
    const bytes = await fixtures.png(64, 64);
    const first = await upload(server.url, tokens['a_member'], { name: 'a.png', bytes });
    const second = await upload(server.url, tokens['a_tenant_admin'], { name: 'b.png', bytes });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).not.toBe(first.body.id);
    expect(second.body.sha256).toBe(first.body.sha256);
    const keys = (await store.keys()).filter((k) => k.includes(sha256(bytes)));
    // One original and one thumbnail, not two of each.
    expect(keys).toHaveLength(2);
  });

  it('makes a 320 px wide WebP thumbnail of an image, and none of a PDF', async () => {
    const res = await upload(server.url, tokens['a_member'], { name: '活动照片.png', bytes: await fixtures.png(640, 480) });
    expect(res.body.hasThumbnail).toBe(true);
    const thumb = await get(`/${res.body.id}/thumbnail`, tokens['a_member']);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect(thumb.headers.get('x-content-type-options')).toBe('nosniff');
    const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 320, 240]);

    const pdf = await upload(server.url, tokens['a_member'], { name: 'x.pdf', bytes: fixtures.pdf() });
    const none = await get(`/${pdf.body.id}/thumbnail`, tokens['a_member']);
    expect([none.status, errorOf(await none.json())]).toEqual([404, { message: '缩略图不存在', code: 'NOT_FOUND' }]);
  });

  it('refuses an executable or an HTML page named .png, and stores nothing', async () => {
    const before = await snapshot();
    for (const bytes of [fixtures.elf(), fixtures.html(), fixtures.compound('\u4840\u3f3f\u4577')]) {
      const res = await upload(server.url, tokens['a_member'], { name: 'photo.png', bytes, type: 'image/png' });
      expect([res.status, errorOf(res.body)]).toEqual([415, { message: FILE_MESSAGES.typeNotAllowed, code: 'BAD_USER_INPUT' }]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file over the 20 MB cap, and stores nothing', async () => {
    const before = await snapshot();
    const res = await upload(server.url, tokens['a_member'], { name: 'big.pdf', bytes: fixtures.noise(MAX_FILE_BYTES + 1) });
    expect([res.status, errorOf(res.body)]).toEqual([413, { message: '文件超过 20 MB 上限', code: 'BAD_USER_INPUT' }]);
    // A body announced over the cap is refused before it is read.
    const announced = await upload(server.url, tokens['a_member'], { name: 'bigger.pdf', bytes: fixtures.noise(MAX_UPLOAD_REQUEST_BYTES) });
    expect(announced.status).toBe(413);
    // A client that goes on sending far past the cap is cut off: an answer or a reset, never a hang.
    const endless = await upload(server.url, tokens['a_member'], { name: 'huge.pdf', bytes: fixtures.noise(3 * MAX_UPLOAD_REQUEST_BYTES) }).catch(
      () => ({ status: 'reset' }),
    );
    expect([413, 'reset']).toContain(endless.status);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a form without a file, with two files, or that is not multipart', async () => {
    const before = await snapshot();
    const none = await upload(server.url, tokens['a_member'], null, { unitId: newId() });
    expect([none.status, errorOf(none.body)]).toEqual([400, { message: '未选择文件', code: 'BAD_USER_INPUT' }]);
    const form = new FormData();
    form.append('file', new Blob([fixtures.pdf()]), 'a.pdf');
    form.append('file', new Blob([fixtures.pdf()]), 'b.pdf');
    const two = await fetch(server.url, { method: 'POST', body: form, headers: { authorization: `Bearer ${tokens['a_member']}` } });
    expect([two.status, errorOf(await two.json())]).toEqual([400, { message: FILE_MESSAGES.oneFileOnly, code: 'BAD_USER_INPUT' }]);
    const json = await fetch(server.url, {
      method: 'POST',
      body: JSON.stringify({ file: 'x' }),
      headers: { authorization: `Bearer ${tokens['a_member']}`, 'content-type': 'application/json' },
    });
    expect(json.status).toBe(415);
    const badUnit = await upload(server.url, tokens['a_member'], { name: 'a.pdf', bytes: fixtures.pdf() }, { unitId: "x' OR 1=1 --" });
    expect([badUnit.status, errorOf(badUnit.body)]).toEqual([400, { message: FILE_MESSAGES.badUnitId, code: 'BAD_USER_INPUT' }]);
    expect(await snapshot()).toEqual(before);
  });

  it('asks the composition whether the unit may be filed under, before anything is stored', async () => {
    const ownUnit = newId();
    const checked = await startFilesServer(api, store.store, {
      spoolDir,
      checkUnit: async (_ctx, unitId) => {
        if (unitId !== ownUnit) throw new NotFoundError('党组织');
      },
    });
    try {
      const before = await snapshot();
      const foreign = await upload(checked.url, tokens['a_member'], { name: 'a.pdf', bytes: fixtures.pdf() }, { unitId: newId() });
      expect([foreign.status, errorOf(foreign.body)]).toEqual([404, { message: '党组织不存在', code: 'NOT_FOUND' }]);
      expect(await snapshot()).toEqual(before);
      const own = await upload(checked.url, tokens['a_member'], { name: 'a.pdf', bytes: fixtures.pdf() }, { unitId: ownUnit });
      expect(own.status).toBe(201);
    } finally {
      await checked.close();
    }
  });

  it('answers 401 without a token or with a bad one, never 500', async () => {
    const before = await snapshot();
    const file = { name: 'a.pdf', bytes: fixtures.pdf() };
    for (const token of [null, 'not-a-token', `${tokens['a_member']}x`]) {
      const res = await upload(server.url, token, file);
      expect([res.status, errorOf(res.body).code]).toEqual([401, 'UNAUTHENTICATED']);
    }
    const malformed = await upload(server.url, null, file, {}, { authorization: 'Basic abc' });
    expect([malformed.status, errorOf(malformed.body).code]).toEqual([401, 'UNAUTHENTICATED']);
    const stored = await upload(server.url, tokens['a_member'], file);
    for (const token of [null, 'not-a-token']) {
      for (const path of [`/${stored.body.id}`, `/${stored.body.id}/thumbnail`]) {
        const res = await get(path, token);
        expect([path, res.status, errorOf(await res.json()).code]).toEqual([path, 401, 'UNAUTHENTICATED']);
      }
    }
    expect((await snapshot()).rows).toBe(before.rows + 1);
  });

  it('refuses uploads from read-only scopes (committee readers, a narrowed committee view) with 403', async () => {
    const before = await snapshot();
    const file = { name: 'a.pdf', bytes: fixtures.pdf() };
    const leader = await upload(server.url, tokens['gw_committee_leader'], file);
    expect([leader.status, errorOf(leader.body)]).toEqual([403, { message: FILE_MESSAGES.readOnly, code: 'FORBIDDEN' }]);
    const narrowed = await upload(server.url, tokens['gw_committee_admin'], file, {}, { 'x-zeren-view-tenant': a.tenant.id });
    expect([narrowed.status, errorOf(narrowed.body).code]).toEqual([403, 'FORBIDDEN']);
    expect(await snapshot()).toEqual(before);
  });

  it('does not return a file of another tenant: 404 for the file and its thumbnail, as for a missing id', async () => {
    const res = await upload(server.url, tokens['a_member'], { name: '照片.png', bytes: await fixtures.png(100, 100) });
    for (const path of [`/${res.body.id}`, `/${res.body.id}/thumbnail`, `/${newId()}`, `/${newId()}/thumbnail`]) {
      const foreign = await get(path, tokens['b_tenant_admin']);
      expect([path, foreign.status, errorOf(await foreign.json())]).toEqual([path, 404, { message: '文件不存在', code: 'NOT_FOUND' }]);
    }
    const gql = await api.as('b_tenant_admin').run(`query($id: ID!) { file(id: $id) { id } }`, { id: res.body.id });
    expect(gql.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const many = await api.as('b_tenant_admin').run(`query($ids: [ID!]!) { files(ids: $ids) { id } }`, { ids: [res.body.id] });
    expect(many.data?.files).toEqual([]);
    // The committee reads every tenant, so its leader may open the agency's evidence.
    expect((await get(`/${res.body.id}`, tokens['gw_committee_leader'])).status).toBe(200);
  });

  it('writes one audit line per upload, success or refusal', async () => {
    const c = await api.addTenant('C');
    const token = await tokenFor(api, 'c_tenant_admin');
    const audit = () => allTenantsDb(api.dataSource).listAudit({ operation: 'uploadFile', tenantId: c.tenant.id }, { offset: 0, limit: 10 });
    const unitId = newId();
    const ok = await upload(server.url, token, { name: 'a.pdf', bytes: fixtures.pdf() }, { unitId });
    const [[success], total] = await audit();
    expect(total).toBe(1);
    expect(success).toMatchObject({
      tenantId: c.tenant.id,
      actorUserId: c.users.TENANT_ADMIN?.id,
      actorUsername: 'c_tenant_admin',
      operation: 'uploadFile',
      targetIds: [ok.body.id, unitId],
      outcome: 'SUCCESS',
      errorCode: null,
    });
    await upload(server.url, token, { name: 'x.png', bytes: fixtures.elf() });
    const [[refusal], after] = await audit();
    expect(after).toBe(2);
    expect(refusal).toMatchObject({ tenantId: c.tenant.id, outcome: 'FAILURE', errorCode: 'BAD_USER_INPUT', targetIds: [] });
  });
});
