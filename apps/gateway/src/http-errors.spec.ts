import { request as httpRequest, Agent, type IncomingHttpHeaders } from 'node:http';
import type { Socket } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { GraphQLError } from 'graphql';
import { TenantKind } from '@zeren/tenancy';
import { createTestApi, TEST_PASSWORD, type TestApi } from '@zeren/api/testing';
import { MODULES } from '@zeren/modules';
import { createGateway, LIMITS, type Gateway } from './server';

// Evidence files go to a directory of this run, never to the checkout's data/.
const fileDir = mkdtempSync(join(tmpdir(), 'zeren-http-errors-'));

type Json = any;

interface Running {
  gateway: Gateway;
  url: string;
  /** The gateway's log lines, parsed. */
  lines: Json[];
}

async function start(api: TestApi, env: 'development' | 'production', stopGraceMs?: number): Promise<Running> {
  const lines: Json[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const gateway = await createGateway({
    config: { env, trustProxy: false },
    dataSource: api.dataSource,
    services: api.services,
    log,
    env: { ZEREN_FILE_STORE: `file:${fileDir}` },
    stopGraceMs,
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
  it.each([
    ['FORBIDDEN', 403, null],
    ['NOT_FOUND', 404, null],
    ['TOO_MANY_REQUESTS', 429, '60'],
  ])('answers a context refusal %s with %d, its message and code kept', async (code, status, retryAfter) => {
    jest.spyOn(api.services.auth, 'resolveSession').mockRejectedValue(new GraphQLError('不行', { extensions: { code, retryAfterSeconds: 60 } }));
    const res = await gql(prod.url, '{ me { username } }', { authorization: 'Bearer any.token.here' });
    expect(res.status).toBe(status);
    expect(res.headers.get('retry-after')).toBe(retryAfter);
    expect(res.body.errors[0]).toMatchObject({ message: '不行', extensions: { code } });
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
  describe('in the language the request asks for (Accept-Language)', () => {
    const en = { 'accept-language': 'en-US,en;q=0.9' };

    it('words a refused login in English for English, in zh-CN otherwise, with the same code', async () => {
      const wrong = `mutation { login(username: "ha_member", password: "not-the-password-1") { token } }`;
      const zh = await gql(prod.url, wrong);
      expect(zh.body.errors[0]).toMatchObject({ message: '用户名或密码错误', extensions: { code: 'UNAUTHENTICATED' } });
      const english = await gql(prod.url, wrong, en);
      expect(english.body.errors[0]).toMatchObject({ message: 'Wrong username or password', extensions: { code: 'UNAUTHENTICATED' } });
      expect(english.headers.get('content-language')).toBe('en');
      expect(english.headers.get('vary')).toMatch(/accept-language/i);
      expect((await gql(prod.url, wrong, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' })).body.errors[0].message).toBe('用户名或密码错误');
    });

    it('words each field issue in English and keeps the fields', async () => {
      const login = await gql(prod.url, `mutation { login(username: "ha_tenant_admin", password: "${TEST_PASSWORD}") { token } }`);
      const authorization = `Bearer ${login.body.data.login.token}`;
      const res = await gql(prod.url, 'mutation { createPartyMember(input: { name: "", gender: MALE, joinedOn: "2010-01-01", unitId: "x", phone: "12345" }) { id } }', { ...en, authorization });
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].extensions.issues).toEqual(
        expect.arrayContaining([
          { field: 'name', message: 'Enter a name' },
          { field: 'phone', message: 'Phone numbers have 11 digits and start with 1' },
        ]),
      );
      expect(res.body.errors[0].message).not.toMatch(/[\u4e00-\u9fff]/);
    });

    it('words a refusal before any GraphQL runs in English: a bad token, a body that is not JSON', async () => {
      const token = await gql(prod.url, '{ me { username } }', { ...en, authorization: 'Bearer not.a.token' });
      expect(token.status).toBe(401);
      expect(token.body.errors[0]).toMatchObject({ message: 'The sign-in token is not valid: please sign in again', extensions: { code: 'UNAUTHENTICATED' } });
      const body = await send(prod.url, '{"query":', en);
      expect(body.status).toBe(400);
      expect(body.body.errors[0]).toMatchObject({ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } });
    });
  });

  describe('a document with several mutations', () => {
    it('commits and reports an earlier mutation when a later one fails', async () => {
      const login = await gql(dev.url, `mutation { login(username: "he_committee_admin", password: "${TEST_PASSWORD}") { token } }`);
      const auth = { authorization: `Bearer ${login.body.data.login.token}` };
      const res = await gql(
        dev.url,
        `mutation {
          first: createPostType(input: { code: "MULTI_OK", name: "先建的岗位" }) { code }
          second: createPostType(input: { code: "not a code", name: "后建的岗位" }) { code }
          third: createPostType(input: { code: "MULTI_NEVER", name: "不会建" }) { code }
        }`,
        auth,
      );
      // Non-null results: the failing field nulls `data`; each mutation's outcome is in extensions.
      expect(res.status).toBe(200);
      expect(res.body.data).toBeNull();
      expect(res.body.errors).toEqual([expect.objectContaining({ path: ['second'], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
      expect(res.body.extensions.mutations).toEqual([
        { field: 'first', mutation: 'createPostType', committed: true },
        { field: 'second', mutation: 'createPostType', committed: false, code: 'BAD_USER_INPUT' },
      ]);
      const after = await gql(dev.url, '{ postTypes { code } }', auth);
      const codes = after.body.data.postTypes.map((p: { code: string }) => p.code);
      expect(codes).toContain('MULTI_OK');
      // Execution stops at the first failure: a later mutation never runs.
      expect(codes).not.toContain('MULTI_NEVER');
    });

    it('reports nothing extra for a document with one mutation', async () => {
      const res = await gql(dev.url, `mutation { login(username: "ha_member", password: "${TEST_PASSWORD}") { token } }`);
      expect(res.body.extensions).toBeUndefined();
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

// Plain node:http with an explicit keep-alive agent, so the test owns (and can watch) the connections.
function viaAgent(agent: Agent, url: string, query: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Json; socket: Socket }>((resolve, reject) => {
    const req = httpRequest(`${url}/graphql`, { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text), socket: req.socket as Socket }));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ query }));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A gateway over its own test database (stop() closes the pool), a keep-alive agent and a member's token. */
async function withOwnGateway(
  code: string,
  stopGraceMs: number | undefined,
  body: (t: { api: TestApi; gw: Running; agent: Agent; token: string; slowSessions: (ms: number, onDone?: () => void) => void }) => Promise<void>,
): Promise<void> {
  const api = await createTestApi({ modules: MODULES });
  await api.addTenant(code);
  const gw = await start(api, 'development', stopGraceMs);
  const agent = new Agent({ keepAlive: true });
  try {
    const login = await viaAgent(agent, gw.url, `mutation { login(username: "${code.toLowerCase()}_member", password: "${TEST_PASSWORD}") { token } }`);
    const resolveSession = api.services.auth.resolveSession.bind(api.services.auth);
    // Requests with a token then take `ms` longer, before their first query.
    const slowSessions = (ms: number, onDone?: () => void) =>
      jest.spyOn(api.services.auth, 'resolveSession').mockImplementation(async (...args) => {
        await sleep(ms);
        try {
          return await resolveSession(...args);
        } finally {
          onDone?.();
        }
      });
    await body({ api, gw, agent, token: login.body.data.login.token as string, slowSessions });
  } finally {
    agent.destroy();
    jest.restoreAllMocks();
    // stop() closed the pool: open it again so the test database can be dropped.
    if (!api.dataSource.isInitialized) await api.dataSource.initialize();
    await api.close();
  }
}

describe('stopping the gateway (SIGTERM)', () => {
  it('lets a slow in-flight request on a kept-alive connection finish, closes idle keep-alive connections, then the pool', () =>
    withOwnGateway('HS', undefined, async ({ api, gw, agent, token, slowSessions }) => {
      // Two kept-alive connections: one stays idle, the other carries the slow request.
      const [first] = await Promise.all([viaAgent(agent, gw.url, '{ __typename }'), viaAgent(agent, gw.url, '{ __typename }')]);
      let idleClosedAt = 0;
      first.socket.once('close', () => (idleClosedAt = Date.now()));
      slowSessions(400);
      const slow = viaAgent(agent, gw.url, '{ me { username } }', { authorization: `Bearer ${token}` });
      await sleep(100);
      const stopped = gw.gateway.stop();

      const answer = await slow;
      const answeredAt = Date.now();
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ data: { me: { username: 'hs_member' } } });
      // The client is told not to send another request on this connection.
      expect(answer.headers.connection).toBe('close');
      await stopped;
      expect(idleClosedAt).toBeGreaterThan(0);
      expect(idleClosedAt).toBeLessThan(answeredAt);
      expect(api.dataSource.isInitialized).toBe(false);
      expect(gw.lines.filter((l) => l.level >= 50)).toEqual([]);
    }));

  it('past the grace period closes the connection but keeps the pool until the handler is done with it', () =>
    withOwnGateway('HT', 100, async ({ api, gw, agent, token, slowSessions }) => {
      let handlerDoneAt = 0;
      slowSessions(500, () => (handlerDoneAt = Date.now()));
      const destroy = api.dataSource.destroy.bind(api.dataSource);
      let destroyedAt = 0;
      jest.spyOn(api.dataSource, 'destroy').mockImplementation(() => {
        destroyedAt = Date.now();
        return destroy();
      });
      const slow = viaAgent(agent, gw.url, '{ me { username } }', { authorization: `Bearer ${token}` }).catch((error: Error) => error);
      await sleep(50);
      await gw.gateway.stop();
      // The client lost its connection at the grace period's end: it never got an answer.
      expect(await slow).toMatchObject({ message: expect.stringMatching(/socket hang up|ECONNRESET/) });
      expect(handlerDoneAt).toBeGreaterThan(0);
      expect(destroyedAt).toBeGreaterThanOrEqual(handlerDoneAt);
      expect(gw.lines).toContainEqual(expect.objectContaining({ msg: 'stop: grace period over, closing the remaining connections' }));
      expect(gw.lines.filter((l) => l.level >= 50)).toEqual([]);
    }));
});
