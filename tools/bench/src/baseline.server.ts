// The baselines, as one plain node:http process started like the gateway (child process, loopback,
// JSON in and out): POST /floor/tenant-page and /floor/points-ranking run the raw-SQL floors through mysql2 or better-sqlite3,
// POST /graphql answers with plain graphql-js. Env: DATABASE_URL, PORT (0 = free port), HOST.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { buildSchema, graphql } from 'graphql';
import { openFloorDb } from './lib/floor-db';
import { tenantPageFloor } from './lib/tenant-page.queries';
import { pointsRankingFloor } from './lib/points-ranking.queries';

// The smallest schema that answers `{ __typename }`, which is all the overhead comparison asks.
const schema = buildSchema('type Query { ok: Boolean }');

async function main(): Promise<void> {
  const db = await openFloorDb(process.env['DATABASE_URL'] ?? '');
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => reply(res, 500, { error: error instanceof Error ? error.message : String(error) }));
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return reply(res, 405, { error: 'POST only' });
    const body = JSON.parse(await readBody(req)) as Record<string, any>;
    if (req.url === '/graphql') {
      const result = await graphql({ schema, source: String(body['query'] ?? ''), variableValues: body['variables'] });
      return reply(res, 200, result);
    }
    if (req.url === '/floor/tenant-page') {
      const page = await tenantPageFloor(db, String(body['tenantId']), String(body['unitId']));
      return page ? reply(res, 200, { data: page }) : reply(res, 404, { error: 'no such unit' });
    }
    if (req.url === '/floor/points-ranking') {
      return reply(res, 200, { data: await pointsRankingFloor(db, String(body['tenantId']), Number(body['year'])) });
    }
    reply(res, 404, { error: 'not found' });
  }
  server.listen(Number(process.env['PORT'] ?? 0), process.env['HOST'] ?? '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    process.stdout.write(`${JSON.stringify({ msg: 'baseline ready', url: `http://127.0.0.1:${port}` })}\n`);
  });
  process.on('SIGTERM', () => {
    server.close(() => db.close().then(() => process.exit(0)));
    server.closeAllConnections();
  });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

main().catch((error) => {
  process.stderr.write(`baseline server failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
