import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

interface ColumnPlan {
  /** The raw row's key for the column (`<alias>_<column>`). */
  key: string;
  property: string;
  column: ColumnMetadata;
}

interface EntityPlan {
  prototype: object;
  columns: ColumnPlan[];
}

// Per entity and alias, computed once per process: which raw key fills which property.
const plans = new WeakMap<EntityMetadata, Map<string, EntityPlan | null>>();

/**
 * A plan for flat entities only: no relations and no embedded columns (none of Zeren's entities
 * have them), and raw keys the driver did not shorten. Anything else gets null and is left to
 * TypeORM's own transformer.
 */
function planFor(metadata: EntityMetadata, alias: string): EntityPlan | null {
  let byAlias = plans.get(metadata);
  if (!byAlias) plans.set(metadata, (byAlias = new Map()));
  if (byAlias.has(alias)) return byAlias.get(alias)!;
  const maxAlias = metadata.connection.driver.maxAliasLength ?? Infinity;
  const flat = metadata.relations.length === 0 && metadata.embeddeds.length === 0;
  const columns = metadata.columns.map((column) => ({ key: `${alias}_${column.databaseName}`, property: column.propertyName, column }));
  const plan = flat && columns.every((c) => c.key.length <= maxAlias) ? { prototype: (metadata.target as Function).prototype as object, columns } : null;
  byAlias.set(alias, plan);
  return plan;
}

/**
 * The entities of a query builder's main alias and its raw rows, mapped once per row from a column
 * plan computed once per entity — instead of TypeORM's `getRawAndEntities`, whose transformer groups
 * rows by primary key, looks for relations and builds each value through several layers for every
 * row (a quarter of the gateway's CPU on the tenant page). Values still pass the driver's own
 * `prepareHydratedValue`, so dates, booleans and transformers come out as TypeORM would make them.
 * Only for builders that select the whole main alias and join nothing into the result; any other
 * shape goes through TypeORM unchanged. The builder keeps its guard: `getRawMany` builds the SQL
 * through the scoped `getQuery`, which checks the tenant condition.
 */
export async function readEntities<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<{ entities: T[]; raw: ObjectLiteral[] }> {
  const map = qb.expressionMap;
  const main = map.mainAlias;
  const plan =
    main?.hasMetadata && map.selects.some((s) => s.selection === main.name) && !map.joinAttributes.some((j) => j.isSelected) && map.relationIdAttributes.length === 0
      ? planFor(main.metadata, main.name)
      : null;
  if (!plan) return qb.getRawAndEntities();
  const raw = await qb.getRawMany();
  const driver = qb.connection.driver;
  const entities = raw.map((row) => {
    const entity = Object.create(plan.prototype) as Record<string, unknown>;
    for (const { key, property, column } of plan.columns) {
      const value = row[key];
      // As TypeORM's transformer: a column the row does not carry stays unset.
      if (value === undefined) continue;
      entity[property] = value === null && !column.transformer ? null : driver.prepareHydratedValue(value, column);
    }
    return entity as T;
  });
  return { entities, raw };
}
