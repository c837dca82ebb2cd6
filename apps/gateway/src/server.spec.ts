import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { TenantKind } from '@zeren/tenancy';
import { createTestApi, TEST_PASSWORD, type TestApi } from '@zeren/api/testing';
import { MODULES } from '@zeren/modules';
import { createGateway, LIMITS, type Gateway } from './server';

const silent = pino({ level: 'silent' });

// Evidence files go to a directory of this run, never to the checkout's data/.
const fileDir = mkdtempSync(join(tmpdir(), 'zeren-gateway-files-'));

async function start(api: TestApi, env: 'development' | 'production'): Promise<{ gateway: Gateway; url: string }> {
  const gateway = await createGateway({
    config: { env, trustProxy: false },
    dataSource: api.dataSource,
    services: api.services,
    log: silent,
    env: { ZEREN_FILE_STORE: `file:${fileDir}` },
  });
  const port = await gateway.listen(0, '127.0.0.1');
  return { gateway, url: `http://127.0.0.1:${port}` };
}

type Json = any;

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }).then(
    (res) => ({ json: (): Promise<Json> => res.json(), status: res.status }),
  );

describe('gateway over HTTP', () => {
  let api: TestApi;
  let dev: { gateway: Gateway; url: string };
  let prod: { gateway: Gateway; url: string };

  beforeAll(async () => {
    // The gateway serves every module: the test API is built from the same list.
    api = await createTestApi({ modules: MODULES });
    await api.addTenant('GW', TenantKind.COMMITTEE);
    await api.addTenant('A');
    dev = await start(api, 'development');
    prod = await start(api, 'production');
  });
  afterAll(async () => {
    // The gateways share the test database: stop their HTTP side only, then close it once.
    await dev.gateway.apollo.stop();
    await prod.gateway.apollo.stop();
    await api.close();
  });

  it('mounts the files module’s endpoints: an upload by bearer token downloads byte for byte', async () => {
    const login = await (await post(dev.url, { query: `mutation { login(username: "a_member", password: "${TEST_PASSWORD}") { token } }` })).json();
    const token = login.data.login.token as string;
    const bytes = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), '述职报告.pdf');
    const up = await fetch(`${dev.url}/files`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
    expect(up.status).toBe(201);
    const { id } = (await up.json()) as { id: string };
    const down = await fetch(`${dev.url}/files/${id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(down.status).toBe(200);
    expect(Buffer.from(await down.arrayBuffer()).equals(bytes)).toBe(true);
    expect((await fetch(`${dev.url}/files/${id}`)).status).toBe(401);
  });

  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${dev.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${dev.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('logs in over HTTP and answers me with the token', async () => {
    const login = await (await post(dev.url, { query: `mutation { login(username: "a_member", password: "${TEST_PASSWORD}") { token } }` })).json();
    const me = await (await post(dev.url, { query: '{ me { username } }' }, { authorization: `Bearer ${login.data.login.token}` })).json();
    expect(me.data.me.username).toBe('a_member');
  });

  it('answers UNAUTHENTICATED for a forged token', async () => {
    const res = await post(dev.url, { query: '{ me { username } }' }, { authorization: 'Bearer not.a.token' });
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0].message).toBe('登录凭证无效,请重新登录');
  });

  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const res = await fetch(`${dev.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    const text = await fetch(`${dev.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(text.status).toBe(400);
  });

  it('refuses a document nested deeper than the limit', async () => {
    // Depth is measured on the document, before fields are resolved (or even known).
    const levels = LIMITS.maxDepth + 2;
    const deep = `{ me { ${'tenant { '.repeat(levels)}id${' }'.repeat(levels)} } }`;
    const body = await (await post(dev.url, { query: deep })).json();
    expect(body.data).toBeUndefined();
    expect(JSON.stringify(body.errors)).toMatch(/depth/i);
    expect(LIMITS.maxDepth).toBeLessThanOrEqual(10);
  });

  it('refuses more aliases than the limit', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ');
    const body = await (await post(dev.url, { query: `{ ${aliases} }` })).json();
    expect(JSON.stringify(body.errors)).toMatch(/alias/i);
  });

  it('refuses a document with too many tokens', async () => {
    const fields = Array.from({ length: LIMITS.maxTokens }, () => '__typename').join(' ');
    const body = await (await post(dev.url, { query: `{ ${fields} }` })).json();
    expect(JSON.stringify(body.errors)).toMatch(/token/i);
  });

  it('turns introspection and field suggestions off in production', async () => {
    const intro = await (await post(prod.url, { query: '{ __schema { types { name } } }' })).json();
    expect(intro.errors?.[0].message).toMatch(/introspection/i);
    const typo = await (await post(prod.url, { query: '{ mee { id } }' })).json();
    expect(typo.errors[0].message).not.toMatch(/Did you mean/);
    const devTypo = await (await post(dev.url, { query: '{ mee { id } }' })).json();
    expect(devTypo.errors[0].message).toMatch(/Did you mean/);
  });
});
