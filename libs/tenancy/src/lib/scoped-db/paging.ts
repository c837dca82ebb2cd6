import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { readEntities } from './row-mapper';

/**
 * One page of a query and the total it would have without paging, in one statement: each row
 * carries the total as an uncorrelated scalar subquery, which both engines run once — so a list
 * page costs one round trip instead of a page and a count. (`COUNT(*) OVER ()` would do the same in
 * one pass but makes the engine sort every matching row in full instead of keeping the top of the
 * page: 2× the page's SQL time on SQLite.) Only a page past the end, which has no row to carry the
 * total, counts on its own. For queries whose joins do not multiply rows (offset and limit count
 * rows, not entities).
 */
export async function pageWithTotal<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, offset: number, limit: number): Promise<[T[], number]> {
  const total = qb.clone().select('COUNT(*)').orderBy();
  const page = qb.clone().addSelect(`(${total.getQuery()})`, 'page_total').offset(offset).limit(limit);
  const { entities, raw } = await readEntities(page);
  if (raw.length > 0) return [entities, Number((raw[0] as { page_total: unknown }).page_total)];
  return [entities, offset === 0 ? 0 : await qb.getCount()];
}
