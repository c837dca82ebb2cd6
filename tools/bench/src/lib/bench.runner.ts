import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { COMMITTEE_USERS, DEMO_PASSWORD } from '@zeren/seed';
import type { BenchOptions } from './bench-options.parser';
import { prepareDataset } from './bench-dataset.seeder';
import { startChildServer, type ChildServer } from './child-server.process';
import { openFloorDb } from './floor-db';
import { login, postGraphql, postJson } from './graphql.client';
import { startLoadGenerator, type LoadGenerator, type LoadRound } from './load.client';
import { median, ratio, summarize, type LatencySummary } from './latency-stats.util';
import { TENANT_PAGE_QUERY, TRIVIAL_QUERY, overviewQuery, pageFingerprint, type TenantPage } from './tenant-page.queries';
import { BOARD_BY_AGENCY_QUERY, BOARD_BY_DUTY_QUERY, assertBoard, type BoardRow } from './completion-board.queries';
import { POINTS_RANKING_QUERY, assertSameRanking, type RankingPage } from './points-ranking.queries';
import { PROJECTS_BY_CATEGORY_QUERY, RECEIPTS_BY_AGENCY_QUERY, assertWorkBoard, type WorkBoardRow } from './work-board.queries';

export interface Comparison {
  subject: LatencySummary;
  baseline: LatencySummary;
  /** subject / baseline for the latencies; subject / baseline for req/s (above 1 = subject faster). */
  ratios: { median: number; p95: number; p99: number; reqPerSec: number };
}

export interface StatementCount {
  label: string;
  units: number;
  /** Statements of each of a few identical requests, taken one at a time. */
  perRequest: number[];
  /** Median over those requests: wall time seen by the client, and time inside the database. */
  wallMs: number;
  dbMs: number;
  statements: { sql: string; ms: number }[];
}

export interface BenchResult {
  meta: {
    db: string;
    size: string;
    smoke: boolean;
    date: string;
    node: string;
    cpu: string;
    cores: number;
    memoryGiB: number;
    databaseVersion: string;
    connections: number;
    requestsPerRound: number;
    gatewayLogLevel: string;
    rounds: number;
    seedSeconds: number;
    dataset: { agencies: number; units: number; members: number; posts: number };
  };
  tenantPage: Comparison & { tenant: string; units: number; members: number };
  /** The tenant page on the statement tenants (same shape, 10 to 10 000 units). */
  statements: StatementCount[];
  /** The floor's page on the same statement tenants, so that the cost per row is a ratio too. */
  statementFloors: StatementCount[];
  statementsIdentical: boolean;
  /** The tenant page on the agency the load ran against. */
  pageStatements: StatementCount;
  /** The same page through the floor, for the split between time in the database and time around it. */
  floorStatements: StatementCount;
  overview: { document: string; latency: LatencySummary; statements: StatementCount };
  /** The responsibility completion board: by agency as the committee, and one agency by duty. */
  board: { byAgency: BoardMeasurement; byDuty: BoardMeasurement & { tenant: string } };
  /** The committee → agency work pages: the year's receipt figures by agency, the projects by category. */
  work: { receiptsByAgency: BoardMeasurement; projectsByCategory: BoardMeasurement };
  trivial: Comparison;
  /** The 积分排行's first page as the committee opens it, against its floor, on synthetic agencies (10 and 25 000 members). */
  ranking: { rows: RankingMeasurement[]; statementsIdentical: boolean };
  /** VmHWM: after the load phases, and at the end (after the statement tenants' pages, 10 000 units included). */
  peakRssMiB: { gatewayUnderLoad: number; gateway: number; baseline: number };
  /** Whether the gateway exited within 15 s of SIGTERM (it is killed otherwise). */
  stoppedOnSigterm: boolean;
}

export interface BoardMeasurement {
  rows: number;
  latency: LatencySummary;
  statements: StatementCount;
  /**
   * Median latency (one request at a time) ÷ the floor's tenant page one request at a time on the
   * page agency, and ÷ the gateway's committee overview median (also one at a time).
   */
  ratios: { floorPage: number; overview: number };
}

export interface RankingMeasurement {
  members: number;
  entries: number;
  /** Gateway against the floor, one request at a time. */
  comparison: Comparison;
  statements: StatementCount;
}

const COMMITTEE_ADMIN = COMMITTEE_USERS[0].username;

export async function runBench(options: BenchOptions, root: string, log: (line: string) => void): Promise<BenchResult> {
  const out = join(root, 'tmp/bench');
  mkdirSync(join(out, 'profiles'), { recursive: true });
  const dataset = await prepareDataset(options, root, log);
  const children: ChildServer[] = [];
  let load: LoadGenerator | undefined;
  const floorDb = await openFloorDb(dataset.databaseUrl);
  try {
    const [facts, databaseVersion, target] = await Promise.all([datasetFacts(floorDb), versionOf(floorDb), pageTarget(floorDb)]);
    log(`dataset: ${facts.agencies} agencies, ${facts.units} units, ${facts.members} members; page: ${target.label}`);

    const common = { ...process.env, DATABASE_URL: dataset.databaseUrl, PORT: '0', HOST: '127.0.0.1' };
    const gateway = await startChildServer({
      name: 'gateway',
      entry: 'apps/gateway/src/main.ts',
      cwd: root,
      logFile: join(out, `gateway-${options.db}-${options.size}.log`),
      preload: [join(__dirname, 'statement-probe.preload.ts')],
      // As deployed: production mode (no introspection, no suggestions), request log at info unless told otherwise.
      env: { ...common, NODE_ENV: 'production', ZEREN_JWT_SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: options.gatewayLogLevel },
    });
    children.push(gateway);
    const baseline = await startChildServer({
      name: 'baseline',
      entry: join(__dirname, '..', 'baseline.server.ts'),
      cwd: root,
      logFile: join(out, `baseline-${options.db}-${options.size}.log`),
      preload: [join(__dirname, 'statement-probe.preload.ts')],
      env: { ...common, NODE_ENV: 'production' },
    });
    children.push(baseline);
    const loader = startLoadGenerator(root);
    load = loader;

    const overview = overviewQuery(root);
    log(`committee overview document: ${overview.source}`);
    const committeeToken = await login(gateway.url, COMMITTEE_ADMIN, DEMO_PASSWORD);
    const pageHeaders: Record<string, string> = { authorization: `Bearer ${await login(gateway.url, target.username, DEMO_PASSWORD)}` };
    const committeeHeaders = { authorization: `Bearer ${committeeToken}` };

    // The two sides must return the same rows, or the comparison means nothing.
    const viaGateway = await postGraphql<TenantPage>(gateway.url, TENANT_PAGE_QUERY, { id: target.rootId }, pageHeaders);
    const viaFloor = (await postJson<{ data: TenantPage }>(`${baseline.url}/floor/tenant-page`, { tenantId: target.tenantId, unitId: target.rootId })).data;
    const [g, f] = [pageFingerprint(viaGateway), pageFingerprint(viaFloor)];
    if (JSON.stringify(g) !== JSON.stringify(f)) {
      throw new Error(`the floor and the gateway disagree on the tenant page: gateway ${JSON.stringify(g).slice(0, 300)} floor ${JSON.stringify(f).slice(0, 300)}`);
    }
    log(`tenant page: ${g.units.length} units, ${g.members.length} of ${g.total} members, ${g.posts} posts — gateway and floor agree`);

    const job = (url: string, body: unknown, headers: Record<string, string> = {}, connections = options.connections, amount = options.requests) => ({
      url,
      headers,
      body: JSON.stringify(body),
      connections,
      amount,
      warmup: Math.max(20, Math.round(amount / 10)),
      maxSeconds: options.maxSeconds,
    });
    const profiled = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
      if (!options.cpuProf) return work();
      await gateway.profile('start');
      const result = await work();
      const file = join(out, 'profiles', `gateway-${phase}-${options.db}-${options.size}.cpuprofile`);
      await gateway.profile('stop', file);
      log(`CPU profile of the gateway during the ${phase} phase: ${file}`);
      return result;
    };
    log('measuring the tenant page: gateway against the floor …');
    const page = await profiled('tenant-page', () => compare(
      loader,
      options.rounds,
      job(gateway.url, { query: TENANT_PAGE_QUERY, variables: { id: target.rootId } }, pageHeaders),
      job(`${baseline.url}/floor/tenant-page`, { tenantId: target.tenantId, unitId: target.rootId }),
    ));
    log('measuring the trivial query: gateway against plain graphql-js …');
    const trivial = await profiled('trivial', () =>
      compare(loader, options.rounds, job(gateway.url, { query: TRIVIAL_QUERY }), job(`${baseline.url}/graphql`, { query: TRIVIAL_QUERY })),
    );
    log('measuring the committee overview (one request at a time) …');
    const overviewRounds: LoadRound[] = [];
    for (let r = 0; r < options.rounds; r++) {
      overviewRounds.push(await loader.run(job(gateway.url, { query: overview.query }, committeeHeaders, 1, options.smoke ? 20 : 200)));
    }

    // The completion board, one request at a time like the overview (it is a committee page, not a hot path).
    const boardOf = async <R>(
      label: string,
      query: string,
      variables: Record<string, unknown>,
      rowsOf: (data: Record<string, unknown>) => R[],
      check: (rows: R[], what: string) => void,
    ): Promise<Omit<BoardMeasurement, 'ratios'>> => {
      const rows = rowsOf(await postGraphql<Record<string, unknown>>(gateway.url, query, variables, committeeHeaders));
      check(rows, label);
      const rounds: LoadRound[] = [];
      for (let r = 0; r < options.rounds; r++) rounds.push(await loader.run(job(gateway.url, { query, variables }, committeeHeaders, 1, options.smoke ? 20 : 200)));
      const latency = summarize(rounds);
      const statements = await countStatements(
        gateway,
        label,
        rows.length,
        () => postGraphql(gateway.url, query, variables, committeeHeaders),
        () => postGraphql(gateway.url, TRIVIAL_QUERY, {}, committeeHeaders),
      );
      log(`${label}: ${rows.length} rows, median ${latency.median.toFixed(1)} ms over ${latency.requests} requests, ${statements.perRequest.join('/')} statements`);
      return { rows: rows.length, latency, statements };
    };
    const completion = (data: Record<string, unknown>) => data['dutyCompletion'] as BoardRow[];
    log('measuring the completion board by agency (committee) and one agency by duty …');
    const boardByAgency = await boardOf('completion board by agency', BOARD_BY_AGENCY_QUERY, {}, completion, assertBoard);
    const boardByDuty = await boardOf(`completion board by duty, ${target.label}`, BOARD_BY_DUTY_QUERY, { tenantId: target.tenantId }, completion, assertBoard);
    log('measuring the work figures: receipts by agency and projects by category (committee) …');
    const receiptsByAgency = await boardOf('receipt figures by agency', RECEIPTS_BY_AGENCY_QUERY, {}, (d) => d['taskReceiptFigures'] as WorkBoardRow[], assertWorkBoard);
    const projectsByCategory = await boardOf('project figures by category', PROJECTS_BY_CATEGORY_QUERY, {}, (d) => d['projectFigures'] as WorkBoardRow[], assertWorkBoard);

    const peakUnderLoad = gateway.peakRssMiB();
    const overviewStatements = await countStatements(
      gateway,
      'committee overview',
      facts.units,
      () => postGraphql(gateway.url, overview.query, {}, committeeHeaders),
      () => postGraphql(gateway.url, TRIVIAL_QUERY, {}, committeeHeaders),
    );

    // Counted after the load, so that the wall times of these single requests are those of a warm
    // process, and on tenants added only now, so that they never weighed on the figures above.
    log(`adding the statement tenants (${options.statementUnits.join(', ')} units) …`);
    const statementTenants = await dataset.addStatementTenants(options.statementUnits);
    const statements: StatementCount[] = [];
    const statementFloors: StatementCount[] = [];
    for (const t of statementTenants) {
      const headers = { authorization: `Bearer ${committeeToken}`, 'x-zeren-view-tenant': t.tenantId };
      statements.push(
        await countStatements(
          gateway,
          `${t.units} units`,
          t.units,
          () => postGraphql(gateway.url, TENANT_PAGE_QUERY, { id: t.rootId }, headers),
          () => postGraphql(gateway.url, TRIVIAL_QUERY, {}, headers),
        ),
      );
      statementFloors.push(
        await countStatements(baseline, `${t.units} units`, t.units, () => postJson(`${baseline.url}/floor/tenant-page`, { tenantId: t.tenantId, unitId: t.rootId })),
      );
    }
    log(`adding the ranking tenants (${options.rankingMembers.join(', ')} members) …`);
    const rankingRows: RankingMeasurement[] = [];
    for (const t of await dataset.addRankingTenants(options.rankingMembers)) {
      const variables = { tenantId: t.tenantId, periodKey: t.periodKey };
      const floorBody = { tenantId: t.tenantId, year: Number(t.periodKey) };
      const viaGatewayRanking = await postGraphql<RankingPage>(gateway.url, POINTS_RANKING_QUERY, variables, committeeHeaders);
      const viaFloorRanking = (await postJson<{ data: RankingPage }>(`${baseline.url}/floor/points-ranking`, floorBody)).data;
      assertSameRanking(viaGatewayRanking, viaFloorRanking, `${t.members} members`);
      const amount = options.smoke ? 20 : 200;
      const comparison = await compare(
        loader,
        options.rounds,
        job(gateway.url, { query: POINTS_RANKING_QUERY, variables }, committeeHeaders, 1, amount),
        job(`${baseline.url}/floor/points-ranking`, floorBody, {}, 1, amount),
      );
      const statements = await countStatements(
        gateway,
        `${t.members} members`,
        t.members,
        () => postGraphql(gateway.url, POINTS_RANKING_QUERY, variables, committeeHeaders),
        () => postGraphql(gateway.url, TRIVIAL_QUERY, {}, committeeHeaders),
      );
      log(`积分排行, ${t.members} members (${t.entries} entries): median ${comparison.subject.median.toFixed(1)} ms, ${comparison.ratios.median.toFixed(2)}× the floor, ${statements.perRequest.join('/')} statements`);
      rankingRows.push({ members: t.members, entries: t.entries, comparison, statements });
    }
    const rankingCounts = rankingRows.flatMap((r) => r.statements.perRequest);
    const ranking = { rows: rankingRows, statementsIdentical: rankingCounts.every((n) => n === rankingCounts[0]) };
    const pageStatements = await countStatements(
      gateway,
      target.label,
      g.units.length,
      () => postGraphql(gateway.url, TENANT_PAGE_QUERY, { id: target.rootId }, pageHeaders),
      () => postGraphql(gateway.url, TRIVIAL_QUERY, {}, pageHeaders),
    );
    const floorStatements = await countStatements(baseline, `floor, ${target.label}`, g.units.length, () =>
      postJson(`${baseline.url}/floor/tenant-page`, { tenantId: target.tenantId, unitId: target.rootId }),
    );
    const overviewLatency = summarize(overviewRounds);
    const againstBaselines = (b: Omit<BoardMeasurement, 'ratios'>): BoardMeasurement => ({
      ...b,
      ratios: { floorPage: ratio(b.latency.median, floorStatements.wallMs), overview: ratio(b.latency.median, overviewLatency.median) },
    });
    const board = { byAgency: againstBaselines(boardByAgency), byDuty: { ...againstBaselines(boardByDuty), tenant: target.label } };
    const work = { receiptsByAgency: againstBaselines(receiptsByAgency), projectsByCategory: againstBaselines(projectsByCategory) };
    // Only the statement tenants share one shape; a dataset agency's tree may stop short of three levels.
    const all = statements.flatMap((s) => s.perRequest);
    const statementsIdentical = all.every((n) => n === all[0]);
    log(`statements per tenant page: ${[...statements, pageStatements].map((s) => `${s.label}: ${s.perRequest.join('/')}`).join(', ')}`);

    const peakRssMiB = { gatewayUnderLoad: peakUnderLoad, gateway: gateway.peakRssMiB(), baseline: baseline.peakRssMiB() };
    // Shutdown is part of the deployment story: record whether SIGTERM alone ends the gateway.
    const stoppedOnSigterm = await gateway.stop();
    if (!stoppedOnSigterm) log('the gateway did not exit within 15 s of SIGTERM and was killed');
    return {
      stoppedOnSigterm,
      meta: {
        db: options.db,
        size: options.size,
        smoke: options.smoke,
        date: new Date().toISOString(),
        node: process.version,
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        databaseVersion,
        connections: options.connections,
        requestsPerRound: options.requests,
        gatewayLogLevel: options.gatewayLogLevel,
        rounds: options.rounds,
        seedSeconds: dataset.seedSeconds,
        dataset: facts,
      },
      tenantPage: { ...page, tenant: target.label, units: g.units.length, members: g.total },
      statements,
      statementFloors,
      pageStatements,
      statementsIdentical,
      floorStatements,
      overview: { document: overview.source, latency: overviewLatency, statements: overviewStatements },
      board,
      work,
      trivial,
      ranking,
      peakRssMiB,
    };
  } finally {
    load?.close();
    await Promise.all(children.map((c) => c.stop().catch(() => undefined)));
    await floorDb.close();
    if (!options.keep) await dataset.drop().catch(() => undefined);
  }
}

/** Alternates subject and baseline round by round (ABBA…), so drift on a shared machine hits both. */
async function compare(load: LoadGenerator, rounds: number, subjectJob: Parameters<LoadGenerator['run']>[0], baselineJob: Parameters<LoadGenerator['run']>[0]): Promise<Comparison> {
  const subject: LoadRound[] = [];
  const baseline: LoadRound[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      subject.push(await load.run(subjectJob));
      baseline.push(await load.run(baselineJob));
    } else {
      baseline.push(await load.run(baselineJob));
      subject.push(await load.run(subjectJob));
    }
  }
  const s = summarize(subject);
  const b = summarize(baseline);
  return { subject: s, baseline: b, ratios: { median: ratio(s.median, b.median), p95: ratio(s.p95, b.p95), p99: ratio(s.p99, b.p99), reqPerSec: ratio(s.reqPerSec, b.reqPerSec) } };
}

/** Statements of a few identical requests, one at a time, as the server's own driver saw them. */
/**
 * `warm` runs just before each counted request (a `{ __typename }` with the same token): the session
 * is cached for 5 s from when it was read, and a 1-second page could otherwise find it expired and
 * count the two statements of reading it again — which a user at work pays once per 5 s, not per page.
 */
async function countStatements(
  server: ChildServer,
  label: string,
  units: number,
  request: () => Promise<unknown>,
  warm: () => Promise<unknown> = async () => undefined,
): Promise<StatementCount> {
  await request();
  const perRequest: number[] = [];
  const wall: number[] = [];
  const db: number[] = [];
  let statements: { sql: string; ms: number }[] = [];
  for (let i = 0; i < 5; i++) {
    await warm();
    const before = await server.statements();
    const started = performance.now();
    await request();
    wall.push(performance.now() - started);
    const after = await server.statements();
    const n = after.count - before.count;
    perRequest.push(n);
    db.push(after.dbMs - before.dbMs);
    statements = n > 0 ? after.recent.slice(-n) : [];
  }
  return { label, units, perRequest, wallMs: median(wall), dbMs: median(db), statements };
}

interface PageTarget {
  label: string;
  tenantId: string;
  rootId: string;
  /** The agency admin to log in as. */
  username: string;
}

/**
 * The tenant page is measured on an agency whose admin can log in: 市财政局 (CZJ) in the Dongying
 * demo, otherwise the first synthetic agency with users (S0001, or S00001 at 10 000 agencies).
 */
async function pageTarget(db: Awaited<ReturnType<typeof openFloorDb>>): Promise<PageTarget> {
  const admins = await db.all<{ username: string; tenant_id: string; code: string }>(
    `SELECT l.username, l.tenant_id, t.code FROM login_name l JOIN tenant t ON t.id = l.tenant_id WHERE t.kind = 'AGENCY' ORDER BY t.code`,
    [],
  );
  const candidates = admins.filter((a) => a.username === `${a.code.toLowerCase()}_admin`);
  const ordered = [...candidates.filter((a) => a.code === 'CZJ'), ...candidates.filter((a) => a.code !== 'CZJ')];
  for (const admin of ordered) {
    const [root] = await db.all<{ id: string; n: number | string }>(
      `SELECT r.id, (SELECT COUNT(*) FROM org_unit u WHERE u.tenant_id = r.tenant_id) AS n FROM org_unit r WHERE r.tenant_id = ? AND r.parent_id IS NULL`,
      [admin.tenant_id],
    );
    if (root && Number(root.n) > 1) {
      return { label: `${admin.code} (${Number(root.n)} units)`, tenantId: admin.tenant_id, rootId: root.id, username: admin.username };
    }
  }
  throw new Error('no agency with an admin account and a tree: nothing to measure the tenant page on');
}

async function datasetFacts(db: Awaited<ReturnType<typeof openFloorDb>>): Promise<BenchResult['meta']['dataset']> {
  const one = async (sql: string) => Number((await db.all<{ n: number | string }>(sql, []))[0]?.n ?? 0);
  return {
    agencies: await one(`SELECT COUNT(*) AS n FROM tenant WHERE kind = 'AGENCY'`),
    units: await one('SELECT COUNT(*) AS n FROM org_unit'),
    members: await one('SELECT COUNT(*) AS n FROM party_member'),
    posts: await one('SELECT COUNT(*) AS n FROM post_assignment'),
  };
}

async function versionOf(db: Awaited<ReturnType<typeof openFloorDb>>): Promise<string> {
  const sql = db.engine === 'mysql' ? 'SELECT VERSION() AS v' : 'SELECT sqlite_version() AS v';
  const [row] = await db.all<{ v: string }>(sql, []);
  return `${db.engine === 'mysql' ? '' : 'SQLite '}${row?.v ?? '?'}`;
}
