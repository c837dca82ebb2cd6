import type { RouteLocationRaw } from 'vue-router';

/** The 整改台账 filtered as the ledger reads its address (use-rectifications.ts): a report's or a figure's drill-down. */
export interface LedgerQuery {
  id?: string;
  tenantId?: string | null;
  categoryId?: string;
  source?: 'INSPECTION' | 'REVIEW';
  overdue?: boolean;
  year?: number;
  /** The deadline's month (1–12). */
  month?: number;
}
export function ledgerLink(q: LedgerQuery): RouteLocationRaw {
  const query: Record<string, string> = {};
  if (q.id) query['id'] = q.id;
  if (q.tenantId) query['tenantId'] = q.tenantId;
  if (q.categoryId) query['categoryId'] = q.categoryId;
  if (q.source) query['source'] = q.source;
  if (q.overdue) query['overdue'] = '1';
  if (q.year) query['year'] = String(q.year);
  if (q.month) query['month'] = String(q.month);
  return { name: 'supervision-rectifications', query };
}
