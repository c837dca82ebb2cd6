import { Brackets, type ObjectLiteral, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';
import type { Scope } from '../scope/scope';
import type { DataScopePolicy } from './entity-policies';

let sequence = 0;

type Condition = string | Brackets | ((qb: WhereExpressionBuilder) => string);

/**
 * Locks the scope's conditions into a query builder. TypeORM's `where()` replaces every condition
 * so far and `orWhere()` ORs past them; either would drop the tenant condition, so both are refused.
 * `andWhere` wraps its argument in brackets, so `andWhere('a OR b')` cannot escape either. The tenant
 * parameter's name is unique per builder, and the final SQL is checked to still carry it.
 */
export function guardQueryBuilder<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  scope: Scope,
  dataPolicy: DataScopePolicy | undefined,
): SelectQueryBuilder<T> {
  const tag = `__scope${(sequence = (sequence + 1) % 1_000_000)}`;
  const tenants = scope.readTenantIds;
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (tenants !== null) {
    conditions.push(`${alias}.tenantId IN (:...${tag}t)`);
    params[`${tag}t`] = [...tenants];
  }
  const data = scope.data;
  if (dataPolicy?.readAll) {
    // Readable agency-wide (the org structure): only writes are bounded by the data scope.
  } else if (dataPolicy && data.kind === 'units') {
    params[`${tag}u`] = data.unitIds.length ? [...data.unitIds] : ['-'];
    conditions.push(`(${dataPolicy.unit.map((c) => `${alias}.${c} IN (:...${tag}u)`).join(' OR ')})`);
  } else if (dataPolicy && data.kind === 'own' && dataPolicy.own !== 'all') {
    if (dataPolicy.own === 'none') conditions.push('1 = 0');
    else {
      conditions.push(`${alias}.${dataPolicy.own.column} = :${tag}o`);
      params[`${tag}o`] = data.userId;
    }
  }
  if (conditions.length) qb.where(conditions.join(' AND '), params);
  return lock(qb, tenants === null ? null : `${tag}t`);
}

function lock<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, tenantParam: string | null): SelectQueryBuilder<T> {
  const andWhere = qb.andWhere.bind(qb);
  const getQuery = qb.getQuery.bind(qb);
  const clone = qb.clone.bind(qb);
  const refuse = (name: string) => () => {
    throw new Error(`A scoped query builder refuses ${name}(): it would drop the tenant condition; use andWhere()`);
  };
  Object.assign(qb, {
    where: refuse('where'),
    orWhere: refuse('orWhere'),
    andWhere: (condition: Condition, parameters?: ObjectLiteral) =>
      andWhere(
        new Brackets((inner) => {
          if (condition instanceof Brackets || typeof condition === 'function') inner.where(condition as Brackets);
          else inner.where(condition, parameters);
        }),
        parameters,
      ),
    getQuery: () => {
      const sql = getQuery();
      if (tenantParam !== null && (!sql.includes(tenantParam) || !(tenantParam in qb.getParameters()))) {
        throw new Error('A scoped query lost its tenant parameter');
      }
      return sql;
    },
    // TypeORM clones for counts and pagination; the clone keeps the conditions and gets the same locks.
    clone: () => lock(clone(), tenantParam),
  });
  return qb;
}
