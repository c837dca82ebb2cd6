import { TenantKind, newId } from '@zeren/tenancy';
import type { TestApi, TestTenant } from '@zeren/api/testing';
import { createFilesTestApi, insertStoredFiles } from '../../testing';
import { MAX_FILES_PER_QUERY } from '../upload/file-limits';
import type { StoredFile } from './stored-file.entity';

const FILES = `query($ids: [ID!]!) { files(ids: $ids) { id name tenantId hasThumbnail url thumbnailUrl } }`;

describe('file queries', () => {
  let api: TestApi;
  let a: TestTenant;
  let aFiles: StoredFile[];
  let bFiles: StoredFile[];

  beforeAll(async () => {
    api = await createFilesTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    const b = await api.addTenant('B');
    aFiles = await insertStoredFiles(api.dataSource, a.tenant.id, ['一.pdf', '二.pdf', '三.pdf']);
    bFiles = await insertStoredFiles(api.dataSource, b.tenant.id, ['乙.pdf']);
  });
  afterAll(() => api.close());

  it('reads files by ids in the order asked, in one statement', async () => {
    const ids = [aFiles[2].id, aFiles[0].id, aFiles[1].id];
    // Signed in first: the session is then cached, and the statements counted are the query's own.
    await api.as('a_member').run('{ __typename }');
    const res = await api.as('a_member').run(FILES, { ids });
    expect(res.data?.files.map((f: { name: string }) => f.name)).toEqual(['三.pdf', '一.pdf', '二.pdf']);
    expect(res.data?.files[0]).toMatchObject({ tenantId: a.tenant.id, hasThumbnail: false, url: `/files/${ids[0]}`, thumbnailUrl: null });
    const one = await api.as('a_member').run(FILES, { ids: [ids[0]] });
    expect(res.statements).toBe(1);
    expect(one.statements).toBe(1);
  });

  it('does not return a file of another tenant, nor say that it exists', async () => {
    const res = await api.as('a_member').run(FILES, { ids: [aFiles[0].id, bFiles[0].id, newId()] });
    expect(res.data?.files.map((f: { id: string }) => f.id)).toEqual([aFiles[0].id]);
    const foreign = await api.as('a_member').run(`query($id: ID!) { file(id: $id) { id } }`, { id: bFiles[0].id });
    const missing = await api.as('a_member').run(`query($id: ID!) { file(id: $id) { id } }`, { id: newId() });
    expect(foreign.errors?.[0]).toMatchObject({ message: '文件不存在', extensions: { code: 'NOT_FOUND' } });
    expect(missing.errors?.[0]?.message).toBe(foreign.errors?.[0]?.message);
  });

  it('lets the committee read every tenant, and asks anonymous callers to sign in', async () => {
    const res = await api.as('gw_committee_leader').run(FILES, { ids: [aFiles[0].id, bFiles[0].id] });
    expect(res.data?.files).toHaveLength(2);
    const anonymous = await api.as(null).run(FILES, { ids: [aFiles[0].id] });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it(`refuses more than ${MAX_FILES_PER_QUERY} ids at once`, async () => {
    const res = await api.as('a_member').run(FILES, { ids: Array.from({ length: MAX_FILES_PER_QUERY + 1 }, () => newId()) });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
