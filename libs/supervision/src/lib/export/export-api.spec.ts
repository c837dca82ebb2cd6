import { Role } from '@zeren/auth';
import type { GqlResult, TestApi, TestTenant } from '@zeren/api/testing';
import { readLedger, readWorkbook } from '@zeren/shared-office/testing';
import { DAY_MS, endOfLocalDay, localDateOf, localYear } from '@zeren/shared-periods';
import { TenantKind, newId } from '@zeren/tenancy';
import { createSupervisionTestApi } from '../../testing';
import { Rectification } from '../rectification/rectification.entity';
import { RectificationSource, RectificationStatus } from '../supervision.enums';

const YEAR = localYear();
const LEDGER = `query($status: RectificationStatus, $tenantId: ID, $overdue: Boolean) { rectificationLedgerXlsx(status: $status, tenantId: $tenantId, overdue: $overdue) }`;
const FIGURES = `query($year: Int) { rectificationFiguresXlsx(year: $year) }`;
const ok = <T>(result: GqlResult, field: string): T => {
  expect(result.errors).toBeUndefined();
  return result.data![field] as T;
};

describe('supervision exports API', () => {
  let api: TestApi;
  let a: TestTenant;
  let b: TestTenant;
  const gw = 'gw_committee_admin';

  /** `count` rectifications into an agency, every fifth overdue and every third closed. */
  async function insert(t: TestTenant, count: number) {
    const now = new Date();
    const rows = Array.from({ length: count }, (_, i) => {
      const dueOn = localDateOf(new Date(Date.now() + (i % 5 === 0 ? -3 : 10) * DAY_MS));
      return {
        id: newId(), tenantId: t.tenant.id, year: YEAR, source: RectificationSource.INSPECTION, sourceId: newId(), categoryId: null, problem: `${t.tenant.code}问题${i}`, dueOn, dueAt: endOfLocalDay(dueOn),
        status: i % 3 === 0 ? RectificationStatus.CLOSED : RectificationStatus.PENDING, measures: null, responsibleMemberId: null, responsiblePostCode: null, report: null, evidence: [],
        startedAt: null, firstRectifiedAt: i % 3 === 0 ? now : null, rectifiedAt: null, rectifiedById: null, late: false, failedCount: 0, verifyComment: null, verifiedAt: null,
        verifiedById: null, closeNote: i % 3 === 0 ? '回访' : null, closedAt: i % 3 === 0 ? now : null, closedById: null, issuedById: 'u', createdAt: now, updatedAt: now,
      };
    });
    for (let i = 0; i < rows.length; i += 200) await api.dataSource.manager.insert(Rectification, rows.slice(i, i + 200) as never);
  }

  beforeAll(async () => {
    api = await createSupervisionTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    b = await api.addTenant('B');
    await insert(a, 6);
    await insert(b, 4);
  });
  afterAll(() => api.close());

  it('exports the ledger the page lists: the committee every agency’s, an agency only its own (cross-tenant)', async () => {
    const all = await readLedger(ok<string>(await api.as(gw).run(LEDGER), 'rectificationLedgerXlsx'));
    expect(all).toHaveLength(10);
    expect(Object.keys(all[0]).slice(0, 6)).toEqual(['单位', '问题', '整改措施', '整改时限', '责任人', '责任人职务']);
    const own = await readLedger(ok<string>(await api.as('a_tenant_admin').run(LEDGER), 'rectificationLedgerXlsx'));
    expect(own.map((r) => r['单位'])).toEqual(Array(6).fill(a.tenant.name));
    // Agency A naming agency B gets an empty ledger, not B's rows.
    expect(await readLedger(ok<string>(await api.as('a_tenant_admin').run(LEDGER, { tenantId: b.tenant.id }), 'rectificationLedgerXlsx'))).toEqual([]);
    const overdue = await readLedger(ok<string>(await api.as(gw).run(LEDGER, { overdue: true }), 'rectificationLedgerXlsx'));
    // Every fifth is three days overdue: 0 and 5 of A (0 is closed, so reported), 0 of B (also closed) — only A's 5 is open.
    expect(overdue.map((r) => [r['问题'], r['按期情况']])).toEqual([['A问题5', '逾期未整改']]);
  });

  it('exports the figures with a 合计 row equal to the sum of the agencies', async () => {
    const book = await readWorkbook(ok<string>(await api.as(gw).run(FIGURES, { year: YEAR }), 'rectificationFiguresXlsx'));
    const [header, ...rows] = book.get(`${YEAR}年按单位`)!;
    expect(header.slice(0, 2)).toEqual(['单位', '整改事项']);
    const total = rows.find((r) => r[0] === '合计')!;
    expect(total[1]).toBe(10);
    expect(total[6]).toBe(rows.filter((r) => r[0] !== '合计').reduce((n, r) => n + Number(r[6]), 0));
    // Closed: i % 3 === 0 — A 0 and 3, B 0 and 3: 4 of 10.
    expect(total[11]).toBeCloseTo(0.4);
  });

  it('reads the same statements for 10 rows as for 300', async () => {
    await api.as(gw).run('{ __typename }');
    const small = (await api.as(gw).run(LEDGER)).statements;
    await insert(a, 290);
    await api.as(gw).run('{ __typename }');
    const large = await api.as(gw).run(LEDGER);
    expect(await readLedger(ok<string>(large, 'rectificationLedgerXlsx'))).toHaveLength(300);
    expect(large.statements).toBe(small);
  });

  it('refuses a branch secretary (FORBIDDEN)', async () => {
    expect((await api.as(`a_${Role.BRANCH_SECRETARY.toLowerCase()}`).run(LEDGER)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
