import type { BenchResult, Comparison, StatementCount } from './bench.runner';
import type { LatencySummary } from './latency-stats.util';

const ms = (v: number) => (Number.isFinite(v) ? (v < 10 ? v.toFixed(2) : v.toFixed(1)) : '–');
const rate = (v: number) => (Number.isFinite(v) ? Math.round(v).toString() : '–');
const times = (v: number) => (Number.isFinite(v) ? `${v < 0.1 ? v.toPrecision(2) : v.toFixed(2)}×` : '–');
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

function latencyRow(label: string, s: LatencySummary): string {
  return row([label, ms(s.median), ms(s.p95), ms(s.p99), rate(s.reqPerSec), String(s.requests), String(s.errors)]);
}

function comparisonRows(subject: string, baseline: string, c: Comparison): string[] {
  return [
    latencyRow(subject, c.subject),
    latencyRow(baseline, c.baseline),
    row([`ratio ${subject.split(' ')[0]}/${baseline.split(' ')[0]}`, times(c.ratios.median), times(c.ratios.p95), times(c.ratios.p99), times(c.ratios.reqPerSec), '', '']),
  ];
}

/** Verdict on a target: "met", "missed" or "–" when the figure is missing. */
export function verdict(ok: boolean | undefined): string {
  return ok === undefined ? '–' : ok ? 'met' : 'missed';
}

/** The run as markdown: the tables docs/benchmarks.md quotes, and the targets it is held to (docs/benchmarks.md). */
export function formatReport(r: BenchResult): string {
  const m = r.meta;
  const lines: string[] = [];
  lines.push(`### ${m.db} · ${m.size}${m.smoke ? ' (smoke: few requests, timings not meaningful)' : ''}`);
  lines.push('');
  lines.push(
    `${m.date} · ${m.cores} × ${m.cpu} · ${m.memoryGiB} GiB · ${m.databaseVersion} · Node ${m.node} · ` +
      `${m.dataset.agencies} agencies, ${m.dataset.units} units, ${m.dataset.members} members, ${m.dataset.posts} posts (seeded in ${m.seedSeconds.toFixed(0)} s) · ` +
      `${m.connections} connections, ${m.requestsPerRound} requests × ${m.rounds} rounds per side, gateway LOG_LEVEL=${m.gatewayLogLevel}`,
  );
  lines.push('');
  lines.push(row(['latency (ms) / throughput', 'median', 'p95', 'p99', 'req/s', 'requests', 'errors']));
  lines.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
  lines.push(...comparisonRows(`gateway tenant page, ${r.tenantPage.tenant}`, 'floor (raw SQL + node:http)', r.tenantPage));
  lines.push(...comparisonRows('gateway `{ __typename }`', 'graphql-js + node:http', r.trivial));
  lines.push(latencyRow('gateway committee overview (1 connection)', r.overview.latency));
  if (r.board) {
    lines.push(latencyRow(`gateway completion board by agency (1 connection, ${r.board.byAgency.rows} rows)`, r.board.byAgency.latency));
    lines.push(latencyRow(`gateway completion board by duty, ${r.board.byDuty.tenant} (1 connection, ${r.board.byDuty.rows} rows)`, r.board.byDuty.latency));
  }
  if (r.work) {
    lines.push(latencyRow(`gateway receipt figures by agency (1 connection, ${r.work.receiptsByAgency.rows} rows)`, r.work.receiptsByAgency.latency));
    lines.push(latencyRow(`gateway project figures by category (1 connection, ${r.work.projectsByCategory.rows} rows)`, r.work.projectsByCategory.latency));
  }
  for (const r2 of r.ranking?.rows ?? []) {
    lines.push(...comparisonRows(`gateway 积分排行, ${r2.members} members (1 connection)`, 'floor (one raw statement)', r2.comparison));
  }
  lines.push('');
  lines.push(row(['one request at a time', 'units', 'SQL statements', 'wall ms', 'in statements ms (summed)']));
  lines.push(row(['---', '---:', '---:', '---:', '---:']));
  const statementRow = (label: string, s: StatementCount) => row([label, String(s.units), s.perRequest.join(' / '), ms(s.wallMs), ms(s.dbMs)]);
  r.statements.forEach((s, i) => {
    lines.push(statementRow(`gateway tenant page, statement tenant of ${s.label}`, s));
    const floor = r.statementFloors?.[i];
    if (floor) lines.push(statementRow(`floor, statement tenant of ${floor.label}`, floor));
  });
  lines.push(statementRow(`gateway tenant page, ${r.pageStatements.label}`, r.pageStatements));
  lines.push(statementRow(r.floorStatements.label, r.floorStatements));
  lines.push(statementRow('gateway committee overview (all tenants)', r.overview.statements));
  if (r.board) {
    lines.push(statementRow('gateway completion board by agency', r.board.byAgency.statements));
    lines.push(statementRow(`gateway completion board by duty, ${r.board.byDuty.tenant}`, r.board.byDuty.statements));
  }
  if (r.work) {
    lines.push(statementRow('gateway receipt figures by agency', r.work.receiptsByAgency.statements));
    lines.push(statementRow('gateway project figures by category', r.work.projectsByCategory.statements));
  }
  for (const r2 of r.ranking?.rows ?? []) lines.push(statementRow(`gateway 积分排行 (members, ${r2.entries} entries)`, r2.statements));
  lines.push('');
  if (r.board) {
    const of = (b: BenchResult['board']['byAgency']) => `${times(b.ratios.floorPage)} the floor's tenant page (one at a time), ${times(b.ratios.overview)} the committee overview`;
    lines.push(`Completion board, median against the baselines: by agency ${of(r.board.byAgency)}; by duty ${of(r.board.byDuty)}.`);
    lines.push('');
  }
  if (r.work) {
    const of = (b: BenchResult['work']['receiptsByAgency']) => `${times(b.ratios.floorPage)} the floor's tenant page (one at a time), ${times(b.ratios.overview)} the committee overview`;
    lines.push(`Work figures, median against the baselines: receipts by agency ${of(r.work.receiptsByAgency)}; projects by category ${of(r.work.projectsByCategory)}.`);
    lines.push('');
  }
  if (r.statementFloors?.length) {
    const ratios = r.statements.map((s, i) => `${s.units} units ${times(s.wallMs / r.statementFloors[i].wallMs)}`);
    lines.push(`Cost as the tree grows, gateway ÷ floor wall time one request at a time: ${ratios.join(', ')}.`);
    lines.push('');
  }
  lines.push(
    `Gateway peak RSS (VmHWM): ${r.peakRssMiB.gatewayUnderLoad.toFixed(0)} MiB after the load phases, ${r.peakRssMiB.gateway.toFixed(0)} MiB at the end ` +
      `(after the statement tenants' pages); baseline process: ${r.peakRssMiB.baseline.toFixed(0)} MiB`,
  );
  if (!r.stoppedOnSigterm) lines.push('The gateway did not exit within 15 s of SIGTERM and was killed (see docs/benchmarks.md).');
  lines.push('');
  const overviewLimit = m.size === 'province' ? 300 : m.size === 'dongying' ? 30 : undefined;
  lines.push(row(['target', 'figure', 'verdict']));
  lines.push(row(['---', '---:', '---']));
  lines.push(row(['tenant page ≤ 1.5× floor median', times(r.tenantPage.ratios.median), verdict(finite(r.tenantPage.ratios.median, (v) => v <= 1.5))]));
  lines.push(
    row([
      `statements identical at every size (${r.statements.map((s) => s.units).join(' / ')} units)`,
      r.statements.map((s) => s.perRequest[0]).join(' / '),
      verdict(r.statementsIdentical),
    ]),
  );
  const most = Math.max(...r.statements.flatMap((s) => s.perRequest), ...r.pageStatements.perRequest);
  lines.push(row(['≤ 5 statements per tenant page', String(most), verdict(finite(most, (v) => v <= 5))]));
  lines.push(
    row([
      `committee overview median ≤ ${overviewLimit ?? '(no target at this size)'} ms`,
      `${ms(r.overview.latency.median)} ms`,
      overviewLimit === undefined ? '–' : verdict(finite(r.overview.latency.median, (v) => v <= overviewLimit)),
    ]),
  );
  if (r.ranking?.rows.length) {
    lines.push(
      row([
        `积分排行 statements identical at ${r.ranking.rows.map((x) => x.members).join(' / ')} members`,
        r.ranking.rows.map((x) => x.statements.perRequest[0]).join(' / '),
        verdict(r.ranking.statementsIdentical),
      ]),
    );
  }
  lines.push(row(['trivial query ≥ 1.0× graphql-js req/s', times(r.trivial.ratios.reqPerSec), verdict(finite(r.trivial.ratios.reqPerSec, (v) => v >= 1))]));
  return lines.join('\n');
}

function finite(v: number, test: (v: number) => boolean): boolean | undefined {
  return Number.isFinite(v) ? test(v) : undefined;
}
