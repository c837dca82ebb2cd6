import {
  And,
  Equal,
  FindOperator,
  In,
  type EntityManager,
  type EntityTarget,
  type FindOptionsOrder,
  type FindOptionsSelect,
  type FindOptionsWhere,
  type SelectQueryBuilder,
} from 'typeorm';
import { ConflictError, ForbiddenError, NotFoundError } from '@zeren/shared-errors';
import type { Scope } from '../scope/scope';
import type { TenantOwnedEntity } from '../database/tenant-owned.entity';
import { ID_LENGTH, newId } from '../database/ids';
import { assertNoMissingKeys } from './where-guard';
import { dataPolicyOf, dispatchPolicyOf, type DataScopePolicy, type DispatchPolicy, type Side } from './entity-policies';
import { guardQueryBuilder } from './scoped-query-builder';
import { readEntities } from './row-mapper';
import { mappingUniqueViolation } from './unique-violation';
import type { Change } from './change-clock';

export type Where<T> = FindOptionsWhere<T> | FindOptionsWhere<T>[];

export interface FindManyOptions<T> {
  where?: Where<T>;
  order?: FindOptionsOrder<T>;
  select?: FindOptionsSelect<T>;
  skip?: number;
  take?: number;
}

/** The fields the scoped layer owns; callers never supply them. */
export type NewRow<T extends TenantOwnedEntity> = Omit<T, 'id' | 'tenantId' | 'createdAt' | 'updatedAt'> &
  Partial<Pick<T, 'id'>>;

type Patch<T extends TenantOwnedEntity> = Partial<Omit<T, 'id' | 'tenantId' | 'createdAt' | 'updatedAt'>>;

const OUT_OF_DATA_SCOPE = '超出您的数据权限范围';

/**
 * The only path to a tenant-owned table. Every read carries the scope's tenant condition (and its
 * data scope inside the agency), every write is stamped with a tenant the scope may write, and a
 * read-only scope cannot write at all (FORBIDDEN). Dispatchable entities are written field by
 * field by the side that owns the field.
 */
export class ScopedRepository<T extends TenantOwnedEntity> {
  private readonly entity: Function;
  private readonly dataPolicy: DataScopePolicy | undefined;
  private readonly dispatchPolicy: DispatchPolicy | undefined;

  constructor(
    private readonly manager: EntityManager,
    private readonly target: EntityTarget<T>,
    readonly scope: Scope,
    /** Tells the TenantDb which tenants a write touched (its change clock; see ChangeClock). */
    private readonly wrote: (change: Change) => void = () => undefined,
  ) {
    this.entity = manager.connection.getMetadata(target).target as Function;
    this.dataPolicy = dataPolicyOf(this.entity);
    this.dispatchPolicy = dispatchPolicyOf(this.entity);
    if (scope.kind === 'dispatch' && !this.dispatchPolicy) {
      throw new ForbiddenError(`工委不能向单位下发${this.entityName}`);
    }
  }

  private get metadata() {
    return this.manager.connection.getMetadata(this.target);
  }

  private get entityName(): string {
    return this.metadata.name;
  }

  /** Merges the tenant and data-scope conditions into each alternative of a WHERE; the caller's own `tenantId` may only narrow. */
  scopedWhere(where: Where<T> = {} as FindOptionsWhere<T>, mode: 'read' | 'write' = 'read'): FindOptionsWhere<T>[] {
    assertNoMissingKeys(where);
    const alternatives = Array.isArray(where) ? where : [where];
    const tenants = this.scope.readTenantIds;
    const scoped = alternatives.map((alt) => {
      const requested = (alt as { tenantId?: unknown }).tenantId;
      if (tenants === null) return alt;
      if (typeof requested === 'string') {
        // Asking for another tenant's rows by name yields nothing rather than an error that confirms they exist.
        return { ...alt, tenantId: tenants.includes(requested) ? requested : In([]) } as FindOptionsWhere<T>;
      }
      // ANDed, not spread: a caller's operator (getWritable's write tenants) must narrow, never be replaced.
      return both(alt, { tenantId: tenants.length === 1 ? tenants[0] : In([...tenants]) }) as FindOptionsWhere<T>;
    });
    return scoped.flatMap((alt) => this.dataConditions(mode).map((extra) => both(alt, extra) as FindOptionsWhere<T>));
  }

  /** The data scope as alternatives to AND into a WHERE (one per unit column); `[{}]` when it reaches every row. */
  private dataConditions(mode: 'read' | 'write'): Record<string, unknown>[] {
    const data = this.scope.data;
    const policy = this.dataPolicy;
    if (data.kind === 'all' || !policy || (mode === 'read' && policy.readAll)) return [{}];
    if (data.kind === 'units') return policy.unit.map((column) => ({ [column]: In([...data.unitIds]) }));
    if (policy.own === 'all') return [{}];
    if (policy.own === 'none') return [{ id: In([]) }];
    return [{ [policy.own.column]: data.userId }];
  }

  async find(options: FindManyOptions<T> = {}): Promise<T[]> {
    const scoped = { ...options, where: this.scopedWhere(options.where) };
    // A partial `select` keeps TypeORM's path, which adds the primary key the caller may not have named.
    if (options.select) return this.manager.find(this.target, scoped);
    // What EntityManager.find builds, with the rows mapped once (readEntities) instead of hydrated.
    const qb = this.manager.createQueryBuilder(this.target, this.metadata.name).setFindOptions(scoped);
    return (await readEntities(qb)).entities;
  }

  async findAndCount(options: FindManyOptions<T> = {}): Promise<[T[], number]> {
    return this.manager.findAndCount(this.target, { ...options, where: this.scopedWhere(options.where) });
  }

  async findOne(where: Where<T>, order?: FindOptionsOrder<T>): Promise<T | null> {
    return this.manager.findOne(this.target, { where: this.scopedWhere(where), order });
  }

  /** One row by id, or NOT_FOUND — the same answer for a missing row and another tenant's. */
  async get(id: string, what?: string): Promise<T> {
    const row = await this.findOne({ id } as FindOptionsWhere<T>);
    if (!row) throw new NotFoundError(what);
    return row;
  }

  /** A row this scope may change: in a tenant it writes and within its data scope, else NOT_FOUND (as for a missing one). */
  async getWritable(id: string, what?: string): Promise<T> {
    this.scope.assertWritable();
    const where = { id, tenantId: In([...this.scope.writeTenantIds]) } as unknown as FindOptionsWhere<T>;
    const row = await this.manager.findOne(this.target, { where: this.scopedWhere(where, 'write') });
    if (!row) throw new NotFoundError(what);
    return row;
  }

  /**
   * Takes the write lock of one row this scope may change until the transaction ends, so that checks
   * made after it ("is there a current secretary?") cannot race: `SELECT … FOR UPDATE` on MySQL; on
   * SQLite the TransactionGate already runs one transaction at a time. NOT_FOUND as getWritable.
   */
  async lockForUpdate(id: string, what?: string): Promise<void> {
    await this.lockAllForUpdate([id], what);
  }

  /**
   * lockForUpdate for many rows in one statement (a session's attendees before their caps are checked).
   * NOT_FOUND when any of them is not there to lock.
   */
  async lockAllForUpdate(ids: readonly string[], what?: string): Promise<void> {
    if (!this.manager.queryRunner?.isTransactionActive) throw new Error('lockForUpdate outside a transaction locks nothing');
    this.scope.assertWritable();
    const unique = [...new Set(ids)];
    if (!unique.length) return;
    const where = { id: In(unique), tenantId: In([...this.scope.writeTenantIds]) } as unknown as FindOptionsWhere<T>;
    const sqlite = this.manager.connection.options.type === 'better-sqlite3';
    const rows = await this.manager.find(this.target, {
      where: this.scopedWhere(where, 'write'),
      select: { id: true } as FindOptionsSelect<T>,
      ...(sqlite ? {} : { lock: { mode: 'pessimistic_write' as const } }),
    });
    if (rows.length !== unique.length) throw new NotFoundError(what);
  }

  /**
   * Whether this scope may change `row` — what getWritable would find — without a query, so that a
   * client is offered only the writes the API would take (a secretary's subtree, never a narrowed view).
   */
  mayWrite(row: T): boolean {
    if (!this.scope.canWrite(row.tenantId)) return false;
    const values = row as unknown as Record<string, unknown>;
    return this.dataConditions('write').some((condition) =>
      Object.entries(condition).every(([column, value]) => {
        const operand = value instanceof FindOperator ? (value.value as unknown) : value;
        return Array.isArray(operand) ? operand.includes(values[column]) : values[column] === operand;
      }),
    );
  }

  async count(where?: Where<T>): Promise<number> {
    return this.manager.count(this.target, { where: this.scopedWhere(where) });
  }

  async exists(where: Where<T>): Promise<boolean> {
    return (await this.count(where)) > 0;
  }

  /**
   * A query builder that holds the tenant and data-scope conditions and cannot lose them: `where`
   * and `orWhere` are refused, every `andWhere` is bracketed, and the SQL is checked for the tenant
   * condition before it runs. Use it for correlated subqueries too (`subQuery`), never `qb.subQuery()`.
   */
  queryBuilder(alias: string): SelectQueryBuilder<T> {
    const qb = this.manager.createQueryBuilder(this.target, alias);
    return guardQueryBuilder(qb, alias, this.scope, this.dataPolicy);
  }

  /** A guarded query builder for this entity, to embed in another query (`EXISTS (${sub.getQuery()})`). */
  subQuery(alias: string): SelectQueryBuilder<T> {
    return this.queryBuilder(alias);
  }

  private writeTenant(): string {
    this.scope.assertWritable();
    const tenantId = this.scope.writeTenantId;
    // A dispatch scope writes into several tenants: rows name theirs through fanOut.
    if (!tenantId) throw new ForbiddenError('请指明写入的单位');
    return tenantId;
  }

  /** Inserts rows stamped with the scope's tenant, a new id and the timestamps; returns them. */
  async insert(rows: NewRow<T> | NewRow<T>[]): Promise<T[]> {
    const tenantId = this.writeTenant();
    const list = Array.isArray(rows) ? rows : [rows];
    if (this.dispatchPolicy) {
      this.assertSideMayCreate();
      list.forEach((row) => this.assertAgencyCreation(row as Record<string, unknown>));
    }
    return this.insertStamped(list.map((row) => [tenantId, row]));
  }

  async insertOne(row: NewRow<T>): Promise<T> {
    const [created] = await this.insert(row);
    return created;
  }

  /**
   * The committee → agency write (dispatch scopes only): the same row into each tenant, in ONE
   * statement whatever the number of tenants — the rows' ids and tenants travel as a single JSON
   * parameter that the engine expands (json_each / JSON_TABLE), so 10 000 agencies cost what 10 do
   * and no bound-parameter limit is reached.
   */
  async fanOut(tenantIds: readonly string[], row: NewRow<T>): Promise<T[]> {
    if (this.scope.kind !== 'dispatch') throw new ForbiddenError('只有工委下发可以写入多个单位');
    const refused = tenantIds.filter((id) => !this.scope.canWrite(id));
    if (refused.length) throw new ForbiddenError('下发对象超出本次下发范围');
    this.assertSideMayCreate();
    if ('tenantId' in (row as object) || 'id' in (row as object)) throw new Error('id and tenantId are stamped by the scope, never supplied');
    this.assertInDataScope(row as Record<string, unknown>, 'insert');
    const targets = [...new Set(tenantIds)];
    if (targets.length === 0) return [];
    const now = new Date();
    const state = this.dispatchPolicy?.state;
    const values: Record<string, unknown> = { ...(state ? { [state.field]: state.initial } : {}), ...row, createdAt: now, updatedAt: now };
    const rows = targets.map((tenantId) => this.manager.create(this.target, { ...values, id: newId(), tenantId } as unknown as T));
    const { driver } = this.manager.connection;
    const meta = this.metadata;
    const shared = meta.columns.filter((c) => c.propertyName !== 'id' && c.propertyName !== 'tenantId' && values[c.propertyName] !== undefined);
    const idColumn = meta.findColumnWithPropertyName('id')!;
    const tenantColumn = meta.findColumnWithPropertyName('tenantId')!;
    const names = [idColumn, tenantColumn, ...shared].map((c) => driver.escape(c.databaseName)).join(', ');
    const sqlite = driver.options.type === 'better-sqlite3';
    const sharedValues = shared.map(() => '?').join(', ');
    const source = sqlite
      ? `SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]')${sharedValues ? `, ${sharedValues}` : ''} FROM json_each(?) j`
      : `SELECT j.id, j.tenant${sharedValues ? `, ${sharedValues}` : ''} FROM JSON_TABLE(?, '$[*]' COLUMNS (id VARCHAR(${ID_LENGTH}) PATH '$[0]', tenant VARCHAR(${ID_LENGTH}) PATH '$[1]')) j`;
    const params = [...shared.map((c) => driver.preparePersistentValue(values[c.propertyName], c)), JSON.stringify(rows.map((r) => [r.id, r.tenantId]))];
    await mappingUniqueViolation(meta, () => this.manager.query(`INSERT INTO ${driver.escape(meta.tablePath)} (${names}) ${source}`, params));
    this.wrote([this.entity, targets]);
    return rows;
  }

  /**
   * The committee → agency write of different rows into many tenants (dispatch scopes only): each row
   * into the tenant it names, in one bulk INSERT per ~1 000 rows rather than one per tenant — a
   * year's assessment result per agency. The same checks as fanOut: every tenant within the dispatch,
   * and only the side that creates the entity.
   */
  async insertInto(rows: readonly (readonly [tenantId: string, row: NewRow<T>])[]): Promise<T[]> {
    if (this.scope.kind !== 'dispatch') throw new ForbiddenError('只有工委下发可以写入多个单位');
    const refused = rows.filter(([tenantId]) => !this.scope.canWrite(tenantId));
    if (refused.length) throw new ForbiddenError('下发对象超出本次下发范围');
    this.assertSideMayCreate();
    return this.insertStamped(rows.map(([tenantId, row]) => [tenantId, row]));
  }

  private async insertStamped(rows: [string, NewRow<T>][]): Promise<T[]> {
    const now = new Date();
    const state = this.dispatchPolicy?.state;
    const list = rows.map(([tenantId, row]) => {
      if ('tenantId' in (row as object)) throw new Error('tenantId is stamped by the scope, never supplied');
      this.assertInDataScope(row as Record<string, unknown>, 'insert');
      return this.manager.create(this.target, {
        ...(state ? { [state.field]: state.initial } : {}),
        ...row,
        id: (row as { id?: string }).id ?? newId(),
        tenantId,
        createdAt: now,
        updatedAt: now,
      } as unknown as T);
    });
    if (list.length === 0) return [];
    // Chunked so that a bulk load stays under the engines' bound-parameter limits.
    const columns = this.manager.connection.getMetadata(this.target).columns.length;
    const chunk = Math.max(1, Math.floor(30000 / columns));
    for (let i = 0; i < list.length; i += chunk) {
      await mappingUniqueViolation(this.metadata, () => this.manager.insert(this.target, list.slice(i, i + chunk) as never));
    }
    this.wrote([this.entity, rows.map(([tenantId]) => tenantId)]);
    return list;
  }

  /** Updates the rows of the write tenant(s) that match, within the data scope; returns how many changed. */
  async update(where: Where<T>, patch: Patch<T>): Promise<number> {
    this.scope.assertWritable();
    assertNoMissingKeys(where);
    if ('tenantId' in patch || 'id' in patch) throw new Error('id and tenantId cannot be changed');
    this.assertSideOwns(Object.keys(patch));
    this.assertInDataScope(patch as Record<string, unknown>);
    return this.updateMatching(where, patch);
  }

  private async updateMatching(where: Where<T>, patch: Record<string, unknown>): Promise<number> {
    const tenantCondition = { tenantId: In([...this.scope.writeTenantIds]) };
    let affected = 0;
    for (const alt of Array.isArray(where) ? where : [where]) {
      for (const extra of this.dataConditions('write')) {
        const condition = both(both(alt, extra), tenantCondition) as FindOptionsWhere<T>;
        const result = await mappingUniqueViolation(this.metadata, () => this.manager.update(this.target, condition, { ...patch, updatedAt: new Date() } as never));
        affected += result.affected ?? 0;
      }
    }
    this.wrote([this.entity, this.scope.writeTenantIds]);
    return affected;
  }

  /** Loads one row this scope may write, applies the patch and returns the row as stored. */
  async updateOne(id: string, patch: Patch<T>, what?: string): Promise<T> {
    const row = await this.getWritable(id, what);
    await this.update({ id } as FindOptionsWhere<T>, patch);
    return Object.assign(row, patch, { updatedAt: new Date() });
  }

  /**
   * Moves a dispatched row to another state: CONFLICT when no transition leads there from its
   * current state, FORBIDDEN when the transition belongs to the other side.
   */
  async transition(id: string, to: string, patch: Patch<T> = {}, what?: string): Promise<T> {
    const state = this.dispatchPolicy?.state;
    if (!state) throw new Error(`${this.entityName} has no dispatch state machine`);
    const row = await this.getWritable(id, what);
    const from = String((row as Record<string, unknown>)[state.field]);
    const move = state.transitions.find((t) => t.from === from && t.to === to);
    if (!move) throw new ConflictError(`当前状态不能变更为该状态`);
    if (move.by !== this.side) throw new ForbiddenError(move.by === 'committee' ? '该状态只能由工委变更' : '该状态只能由单位变更');
    this.assertSideOwns(Object.keys(patch));
    // The state is compared in the UPDATE too, so two racing transitions cannot both succeed.
    const changed = await this.updateMatching({ id, [state.field]: from } as FindOptionsWhere<T>, { ...patch, [state.field]: to });
    if (changed === 0) throw new ConflictError('状态已被他人变更,请刷新后重试');
    return Object.assign(row, patch, { [state.field]: to, updatedAt: new Date() });
  }

  async delete(where: Where<T>): Promise<number> {
    this.scope.assertWritable();
    assertNoMissingKeys(where);
    if (this.dispatchPolicy && this.side !== this.creator) throw new ForbiddenError(this.side === 'agency' ? '单位不能删除工委下发的事项' : '工委不能删除单位填报的事项');
    let affected = 0;
    for (const alt of Array.isArray(where) ? where : [where]) {
      for (const extra of this.dataConditions('write')) {
        const condition = both(both(alt, extra), { tenantId: In([...this.scope.writeTenantIds]) }) as FindOptionsWhere<T>;
        const result = await this.manager.delete(this.target, condition);
        affected += result.affected ?? 0;
      }
    }
    this.wrote([this.entity, this.scope.writeTenantIds]);
    return affected;
  }

  private get side(): Side {
    return this.scope.kind === 'tenant' ? 'agency' : 'committee';
  }

  private get creator(): Side {
    return this.dispatchPolicy?.createdBy ?? 'committee';
  }

  private assertSideMayCreate(): void {
    if (this.side === this.creator) return;
    throw new ForbiddenError(this.side === 'agency' ? `${this.entityName}只能由工委下发` : `${this.entityName}只能由单位填报`);
  }

  /** An agency's new row starts in the initial state with the committee's fields empty (its review comes later). */
  private assertAgencyCreation(row: Record<string, unknown>): void {
    const policy = this.dispatchPolicy;
    if (!policy || this.side !== 'agency') return;
    if (policy.committeeFields.some((f) => row[f] !== undefined && row[f] !== null)) throw new ForbiddenError('这些内容只能由工委填写');
    if (policy.state && row[policy.state.field] !== undefined && row[policy.state.field] !== policy.state.initial) throw new ForbiddenError('新填报的事项只能从初始状态开始');
  }

  /** On a dispatchable entity each side writes only its own fields; the state field moves only by `transition`. */
  private assertSideOwns(fields: string[]): void {
    const policy = this.dispatchPolicy;
    if (!policy) return;
    const own = this.side === 'agency' ? policy.agencyFields : policy.committeeFields;
    const foreign = fields.filter((f) => !own.includes(f));
    if (foreign.length) throw new ForbiddenError(this.side === 'agency' ? '这些内容只能由工委填写' : '这些内容只能由单位填写');
  }

  /** A unit-scoped writer cannot put a row (or move one) outside their subtree, nor a member write another's record. */
  private assertInDataScope(row: Record<string, unknown>, mode: 'insert' | 'update' = 'update'): void {
    const data = this.scope.data;
    const policy = this.dataPolicy;
    if (data.kind === 'all' || !policy) return;
    if (data.kind === 'units') {
      if (mode === 'insert' && policy.insertUnit) {
        // A new tree node goes under a unit of the subtree; a new root is outside every subtree.
        if (!data.unitIds.includes(String(row[policy.insertUnit]))) throw new ForbiddenError(OUT_OF_DATA_SCOPE);
        return;
      }
      const named = policy.unit.filter((column) => row[column] !== undefined && row[column] !== null);
      if (named.some((column) => !data.unitIds.includes(String(row[column])))) throw new ForbiddenError(OUT_OF_DATA_SCOPE);
      return;
    }
    if (policy.own === 'all' || policy.own === 'none') throw new ForbiddenError(OUT_OF_DATA_SCOPE);
    const owner = row[policy.own.column];
    if (owner !== undefined && owner !== data.userId) throw new ForbiddenError(OUT_OF_DATA_SCOPE);
  }
}

/**
 * Both conditions at once. A plain spread would let the scope's `id IN (subtree)` replace the
 * caller's `id = x` (or the reverse) and so widen the match: a key present in both is ANDed.
 */
function both(a: object, b: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = merged[key];
    merged[key] = mine === undefined ? value : And(asOperator(mine), asOperator(value));
  }
  return merged;
}

function asOperator(value: unknown): FindOperator<unknown> {
  return value instanceof FindOperator ? value : Equal(value);
}
