import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { TenantKind } from '@zeren/tenancy';
import { createTestApi, type TestApi } from '@zeren/api/testing';
import { MODULES } from '@zeren/modules';
import { createGateway, LIMITS, type Gateway } from './server';

// Evidence files go to a directory of this run, never to the checkout's data/.
const fileDir = mkdtempSync(join(tmpdir(), 'zeren-http-errors-'));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

interface Running {
  gateway: Gateway;
  url: string;
  /** The gateway's log lines, parsed. */
  lines: Json[];
}

async function start(api: TestApi, env: 'development' | 'production'): Promise<Running> {
  const lines: Json[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const gateway = await createGateway({
    config: { env, trustProxy: false },
    dataSource: api.dataSource,
    services: api.services,
    log,
    env: { ZEREN_FILE_STORE: `file:${fileDir}` },
  });
  const port = await gateway.listen(0, '127.0.0.1');
  return { gateway, url: `http://127.0.0.1:${port}`, lines };
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: Json;
}

async function send(url: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  let parsed: Json = undefined;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Left undefined: the assertions on `body` then say it was not JSON.
  }
  return { status: res.status, headers: res.headers, text, body: parsed };
}

const gql = (url: string, query: string, headers: Record<string, string> = {}) => send(url, JSON.stringify({ query }), headers);

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('HTTP answers for client mistakes and faults', () => {
  let api: TestApi;
  let dev: Running;
  let prod: Running;
  let modes: [string, Running][];

  beforeAll(async () => {
    api = await createTestApi({ modules: MODULES });
    await api.addTenant('HE', TenantKind.COMMITTEE);
    await api.addTenant('HA');
    dev = await start(api, 'development');
    prod = await start(api, 'production');
    modes = [
      ['development', dev],
      ['production', prod],
    ];
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    // The gateways share the test database: stop their HTTP side only, then close it once.
    await dev.gateway.apollo.stop();
    await prod.gateway.apollo.stop();
    await api.close();
  });

  describe('a bad bearer token', () => {
    const badTokens = {
      forged: 'Bearer not.a.token',
      'not a bearer scheme': 'Basic YWRtaW46YWRtaW4=',
      'alg=none': `Bearer ${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ sub: 'x', exp: 4102444800 })}.`,
    };

    it.each(Object.entries(badTokens))('is 401 UNAUTHENTICATED with a challenge, never 5xx (%s)', async (_name, authorization) => {
      for (const [, gw] of modes) {
        const res = await gql(gw.url, '{ me { username } }', { authorization });
        expect(res.status).toBe(401);
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
        expect(res.body.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  });
  describe('a document the parser refuses', () => {
    it('is 400 GRAPHQL_PARSE_FAILED for a syntax error', async () => {
      for (const [, gw] of modes) {
        const res = await send(gw.url, '{"query":"{"}');
        expect(res.status).toBe(400);
        expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
      }
    });

    it('is 400 GRAPHQL_PARSE_FAILED for a document over the token limit', async () => {
      const fields = Array.from({ length: LIMITS.maxTokens }, () => '__typename').join(' ');
      for (const [, gw] of modes) {
        const res = await gql(gw.url, `{ ${fields} }`);
        expect(res.status).toBe(400);
        expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
        expect(res.body.errors[0].message).toMatch(/tokens/);
      }
    });

    it('parses a document of exactly the token limit, refuses one more, and keeps the validation limits at 400', async () => {
      // 26 tokens around a list default: LIMITS.maxTokens in all (that many fields would trip validation's own budget).
      const list = Array.from({ length: LIMITS.maxTokens - 26 }, () => '"x"').join(' ');
      const atLimit = `query ($a: [ID!]! = [${list}]) { files(ids: $a) { id } }`;
      const ok = await gql(dev.url, atLimit);
      // Parsed and validated: what stops it is that nobody is signed in.
      expect(ok.status).toBe(200);
      expect(ok.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const over = await gql(dev.url, atLimit.replace('["x"', '["x" "x"'));
      expect(over.status).toBe(400);
      const levels = LIMITS.maxDepth + 2;
      const deep = await gql(dev.url, `{ me { ${'tenant { '.repeat(levels)}id${' }'.repeat(levels)} } }`);
      expect(deep.status).toBe(400);
      expect(deep.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });
  it('answers a subscription with 400 OPERATION_NOT_SUPPORTED (there are none over HTTP)', async () => {
    for (const [, gw] of modes) {
      const res = await gql(gw.url, 'subscription { __typename }');
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ message: expect.stringMatching(/订阅/), extensions: { code: 'OPERATION_NOT_SUPPORTED' } }]);
    }
  });
  describe('a body the JSON reader refuses', () => {
    const at = (gw: Running) => [
      ['malformed JSON', () => send(gw.url, '{"query": "{ __typename }"'), 400, 'BAD_REQUEST'],
      ['a body over the limit', () => send(gw.url, JSON.stringify({ query: `{ __typename } #${'x'.repeat(1_100_000)}` })), 413, 'PAYLOAD_TOO_LARGE'],
      ['a charset other than UTF-8', () => send(gw.url, '{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=latin1' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['an unknown content-encoding', () => send(gw.url, '{"query":"{ __typename }"}', { 'content-encoding': 'compress' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ] as const;

    it.each(['development', 'production'])('is a JSON GraphQL error with a stable code, no HTML and no stack (%s)', async (mode) => {
      const gw = mode === 'development' ? dev : prod;
      for (const [name, request, status, code] of at(gw)) {
        const res = await request();
        expect({ name, status: res.status, type: res.headers.get('content-type') }).toEqual({ name, status, type: expect.stringMatching(/^application\/json/) });
        expect(res.body).toEqual({ errors: [{ message: expect.stringMatching(/[\u4e00-\u9fff]/), extensions: { code } }] });
        expect(res.text).not.toMatch(/<html|<pre|node_modules|at [\w.]+ \(/i);
      }
    });
  });
  describe('the database out of reach', () => {
    const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED', errno: -111 });

    it('while the request context is built: 503 SERVICE_UNAVAILABLE with Retry-After, logged with the request id', async () => {
      jest.spyOn(api.services.auth, 'resolveSession').mockRejectedValue(refused());
      for (const [, gw] of modes) {
        const res = await gql(gw.url, '{ me { username } }', { authorization: 'Bearer any.token.here', 'x-request-id': `ctx-down-${gw.url}` });
        expect(res.status).toBe(503);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(res.body).toEqual({ errors: [{ message: '服务暂时不可用,请稍后再试', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
        expect(res.text).not.toMatch(/3306|ECONNREFUSED/);
        expect(gw.lines).toContainEqual(expect.objectContaining({ requestId: `ctx-down-${gw.url}`, err: expect.objectContaining({ code: 'ECONNREFUSED' }) }));
      }
    });

    it('in a resolver: 503 SERVICE_UNAVAILABLE with Retry-After, logged with the request id', async () => {
      jest.spyOn(api.dataSource, 'createQueryRunner').mockImplementation(() => {
        throw new Error('Pool is closed.');
      });
      for (const [, gw] of modes) {
        const res = await gql(gw.url, 'mutation { login(username: "ha_member", password: "whatever-it-is") { token } }', { 'x-request-id': `res-down-${gw.url}` });
        expect(res.status).toBe(503);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(res.body.errors).toEqual([expect.objectContaining({ message: '服务暂时不可用,请稍后再试', extensions: { code: 'SERVICE_UNAVAILABLE' } })]);
        expect(gw.lines).toContainEqual(expect.objectContaining({ requestId: `res-down-${gw.url}`, err: expect.objectContaining({ message: 'Pool is closed.' }) }));
      }
    });

    it('any other failure while the context is built is a masked 500 with the request id, logged in full', async () => {
      jest.spyOn(api.services.auth, 'resolveSession').mockRejectedValue(new Error('secret detail of a bug'));
      const res = await gql(dev.url, '{ me { username } }', { authorization: 'Bearer any.token.here', 'x-request-id': 'ctx-bug' });
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ errors: [{ message: '服务器内部错误,请稍后再试', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'ctx-bug' } }] });
      expect(dev.lines).toContainEqual(expect.objectContaining({ requestId: 'ctx-bug', err: expect.objectContaining({ message: 'secret detail of a bug' }) }));
    });
  });
});
