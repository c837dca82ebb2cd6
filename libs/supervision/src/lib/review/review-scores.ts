import type { TenantDb } from '@zeren/tenancy';

/**
 * PLACEHOLDER until the 述职评议 part lands (it replaces this file): each agency's 述职评议 result for a
 * year on a 0–100 scale, for the assessment. Agencies without a rated session are absent from the map.
 */
export async function reviewScores(_db: TenantDb, _year: number): Promise<Map<string, number>> {
  return new Map();
}
