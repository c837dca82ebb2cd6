import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Request, type Response } from 'express';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { createRequestContext, type RequestContext } from '@zeren/auth';
import { formatError, localizedErrorsPlugin, messageTranslator, mutationReportPlugin, unexpectedErrorPlugin, type UnexpectedErrorLog } from '@zeren/api';
import { pickLocale } from '@zeren/shared-errors';
import type { GatewayConfig } from './config';
import { MODULES } from '@zeren/modules';
import { buildGatewaySchema, type GatewayServices } from './schema';
import { requestLogPlugin } from './request-log.plugin';
import { InFlight } from './in-flight';
import { contextFailure, jsonErrorHandler, localizeJsonErrors, localizedJsonErrors, operationGuardPlugin, serviceUnavailablePlugin } from './http-errors';
import { gatewayMessages } from './gateway.messages.en';

/** GraphQL limits, on by default: a document over any of them is refused before it runs. */
export const LIMITS = { maxDepth: 10, costLimit: 5000, maxAliases: 15, maxTokens: 1000 } as const;

export interface Gateway {
  server: Server;
  apollo: ApolloServer<RequestContext>;
  /** Starts listening; resolves with the port actually bound (PORT=0 picks a free one). */
  listen(port: number, host: string): Promise<number>;
  /**
   * Stops accepting, closes idle keep-alive connections, lets in-flight requests finish (their
   * answers say `Connection: close`), then closes the pool.
   */
  stop(): Promise<void>;
}

export async function createGateway(options: {
  config: Pick<GatewayConfig, 'env' | 'portalDir' | 'trustProxy'>;
  dataSource: DataSource;
  services: GatewayServices;
  log: Logger;
  /** What the modules' HTTP endpoints read their settings from (ZEREN_FILE_STORE); the process's by default. */
  env?: NodeJS.ProcessEnv;
  /** How long stop() lets in-flight requests run before it closes their connections (10 s). */
  stopGraceMs?: number;
}): Promise<Gateway> {
  const { config, dataSource, services, log, env = process.env, stopGraceMs = 10_000 } = options;
  const production = config.env === 'production';
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', true);
  // POST /graphql — nearly every request — skips Express's router (see graphqlPost below).
  const server = createServer((req, res) => (isGraphqlPost(req) ? graphqlPost(req, res) : app(req, res)));
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    costLimit: { maxCost: LIMITS.costLimit },
    maxAliases: { n: LIMITS.maxAliases },
    // The parser counts tokens itself (parseOptions below); armor's plugin re-parsed and threw, a 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();

  const logUnexpected: UnexpectedErrorLog = (err, requestId, path) => log.error({ err, requestId, path }, 'unexpected error');
  // Every message the server sends, in English for a request that asks for it.
  const translator = messageTranslator(MODULES, gatewayMessages);
  const apollo = new ApolloServer<RequestContext>({
    schema: await buildGatewaySchema(services),
    introspection: !production,
    csrfPrevention: true,
    // main.ts owns shutdown (drain, close the pool, exit 0); Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: armor.validationRules,
    formatError: formatError(logUnexpected),
    // Apollo's default indents every answer (JSON.stringify with two spaces): bytes and time nobody reads.
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      ...armor.plugins,
      operationGuardPlugin(),
      serviceUnavailablePlugin(),
      // stop() drains first; this keeps apollo.stop() alone (tests sharing a pool) closing the HTTP side too.
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      // No field carries cache hints; without this Apollo still visits every resolved field for them.
      ApolloServerPluginCacheControlDisabled(),
      requestLogPlugin(log),
      unexpectedErrorPlugin(logUnexpected),
      mutationReportPlugin(),
      localizedErrorsPlugin(translator),
    ],
  });
  await apollo.start();

  // Every request holds stop() until its answer is out; once stopping, no connection is kept alive.
  const inFlight = new InFlight();
  let stopping = false;
  app.use((_req, res, next) => {
    res.once('close', inFlight.enter(res));
    if (stopping) res.setHeader('connection', 'close');
    next();
  });
  app.use(localizedJsonErrors(translator));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch (error) {
      log.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });

  // The one way a request becomes a context, for GraphQL and the modules' HTTP endpoints alike.
  const resolveContext = (req: Request) =>
    createRequestContext(dataSource, services.auth, {
      authorization: headerValue(req, 'authorization'),
      viewTenantId: headerValue(req, 'x-zeren-view-tenant'),
      ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      requestId: headerValue(req, 'x-request-id'),
    });
  const graphqlContext = async (req: Request) => {
    try {
      return await resolveContext(req);
    } catch (error) {
      const locale = pickLocale(req.headers['accept-language']);
      throw contextFailure(error, log, (message) => translator.translate(message, locale));
    }
  };
  const parseBody = express.json({ limit: '1mb' });
  const graphql = expressMiddleware(apollo, { context: ({ req }) => graphqlContext(req) });
  app.use('/graphql', parseBody, (req, res, next) => {
    // A handler may still be using the pool after its client went away: hold stop() until it ends too.
    const done = inFlight.enter(res);
    return Promise.resolve(graphql(req, res, next)).finally(done);
  });
  const bodyRefused = jsonErrorHandler(log);

  /**
   * POST /graphql without Express's router: the same body parser, context, in-flight accounting and
   * error answers as the route above, but no middleware chain to walk and no ETag hashed over each
   * answer — a third of the gateway's time on a trivial query. The request and response get
   * Express's prototypes (as Express gives them) so that `req.ip` honours ZEREN_TRUST_PROXY and the
   * error handler answers as it does everywhere else.
   */
  async function graphqlPost(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const req = Object.setPrototypeOf(incoming, app.request) as Request;
    const res = Object.setPrototypeOf(outgoing, app.response) as Response;
    Object.assign(req, { res });
    Object.assign(res, { req, locals: Object.create(null) });
    localizeJsonErrors(translator, req, res);
    res.once('close', inFlight.enter(res));
    if (stopping) res.setHeader('connection', 'close');
    const done = inFlight.enter(res);
    try {
      const refused = await new Promise<unknown>((resolve) => parseBody(req, res, resolve));
      if (refused) {
        bodyRefused(refused, req, res, () => undefined);
        return;
      }
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers, search: searchOf(req.url ?? ''), body: req.body },
        context: () => graphqlContext(req),
      });
      for (const [name, value] of answer.headers) res.setHeader(name, value);
      res.statusCode = answer.status ?? 200;
      if (answer.body.kind === 'complete') {
        res.setHeader('content-length', Buffer.byteLength(answer.body.string));
        res.end(answer.body.string);
        return;
      }
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      bodyRefused(error, req, res, () => res.destroy());
    } finally {
      done();
    }
  }

  // Modules' own endpoints (evidence files) read their bodies themselves, with their own limits.
  const mounts = MODULES.flatMap((m) => m.http ?? []);
  const onError = (err: unknown, req: Request) => log.error({ err, path: req.path }, 'unexpected error');
  for (const mount of mounts) app.use(mount.path, mount.create({ resolveContext, env, onError }));

  if (config.portalDir && existsSync(join(config.portalDir, 'index.html'))) {
    const portalDir = config.portalDir;
    app.use(express.static(portalDir, { index: false, maxAge: '1h' }));
    // Client-side routes: any other GET that wants HTML gets the portal's shell.
    const api = ['graphql', 'healthz', 'readyz', ...mounts.map((m) => m.path.slice(1))];
    const pages = new RegExp(`^/(?!(?:${api.join('|')})(?:/|$)).*`);
    app.get(pages, (_req, res) => res.sendFile(join(portalDir, 'index.html')));
  }
  app.use(jsonErrorHandler(log));

  return {
    server,
    apollo,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: async () => {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const res of inFlight.pendingResponses()) res.setHeader('connection', 'close');
      server.closeIdleConnections();
      if (!(await inFlight.settled(stopGraceMs))) {
        log.warn({ inFlight: inFlight.size }, 'stop: grace period over, closing the remaining connections');
        server.closeAllConnections();
        // Their handlers may still be running queries: the pool waits for them, bounded so a stuck one cannot hold the exit.
        await inFlight.settled(Math.max(stopGraceMs, 10_000));
      }
      // Answers already begun when stop() came in leave their connections idle.
      server.closeIdleConnections();
      await closed;
      await apollo.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

function isGraphqlPost(req: IncomingMessage): boolean {
  return req.method === 'POST' && (req.url === '/graphql' || req.url?.startsWith('/graphql?') === true);
}

function searchOf(url: string): string {
  const at = url.indexOf('?');
  return at < 0 ? '' : url.slice(at);
}

function headerValue(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
