import {
  In,
  type EntityManager,
  type EntityTarget,
  type FindOptionsOrder,
  type FindOptionsSelect,
  type FindOptionsWhere,
  type SelectQueryBuilder,
} from 'typeorm';
import { NotFoundError } from '@zeren/shared-errors';
import type { Scope } from '../scope/scope';
import type { TenantOwnedEntity } from '../database/tenant-owned.entity';
import { newId } from '../database/ids';
import { assertNoMissingKeys } from './where-guard';

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

/**
 * The only path to a tenant-owned table. Every read carries the scope's tenant condition, every
 * write is stamped with the scope's write tenant, and a read-only scope cannot write at all.
 */
export class ScopedRepository<T extends TenantOwnedEntity> {
  constructor(
    private readonly manager: EntityManager,
    private readonly target: EntityTarget<T>,
    readonly scope: Scope,
  ) {}

  private get entityName(): string {
    return this.manager.connection.getMetadata(this.target).name;
  }

  /** Merges the tenant condition into each alternative of a WHERE; the caller's own `tenantId` may only narrow. */
  scopedWhere(where: Where<T> = {} as FindOptionsWhere<T>): FindOptionsWhere<T>[] {
    assertNoMissingKeys(where);
    const alternatives = Array.isArray(where) ? where : [where];
    const tenants = this.scope.readTenantIds;
    return alternatives.map((alt) => {
      const requested = (alt as { tenantId?: unknown }).tenantId;
      if (tenants === null) return alt;
      if (typeof requested === 'string') {
        // Asking for another tenant's rows by name yields nothing rather than an error that confirms they exist.
        return { ...alt, tenantId: tenants.includes(requested) ? requested : In([]) } as FindOptionsWhere<T>;
      }
      return { ...alt, tenantId: tenants.length === 1 ? tenants[0] : In([...tenants]) } as FindOptionsWhere<T>;
    });
  }

  async find(options: FindManyOptions<T> = {}): Promise<T[]> {
    return this.manager.find(this.target, { ...options, where: this.scopedWhere(options.where) });
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

  async count(where?: Where<T>): Promise<number> {
    return this.manager.count(this.target, { where: this.scopedWhere(where) });
  }

  async exists(where: Where<T>): Promise<boolean> {
    return (await this.count(where)) > 0;
  }

  /**
   * A query builder that already holds the tenant condition. Add conditions with `andWhere` only:
   * a later `where()` would replace the tenant condition, so this wraps it in brackets first.
   */
  queryBuilder(alias: string): SelectQueryBuilder<T> {
    const qb = this.manager.createQueryBuilder(this.target, alias);
    const tenants = this.scope.readTenantIds;
    if (tenants !== null) qb.where(`${alias}.tenantId IN (:...__scopeTenants)`, { __scopeTenants: [...tenants] });
    return qb;
  }

  private writeTenant(): string {
    const tenantId = this.scope.writeTenantId;
    if (!tenantId) {
      throw new Error(`Scope ${this.scope.kind} is read-only: cannot write ${this.entityName}`);
    }
    return tenantId;
  }

  /** Inserts rows stamped with the scope's tenant, a new id and the timestamps; returns them. */
  async insert(rows: NewRow<T> | NewRow<T>[]): Promise<T[]> {
    const tenantId = this.writeTenant();
    const now = new Date();
    const list = (Array.isArray(rows) ? rows : [rows]).map((row) => {
      if ('tenantId' in (row as object)) throw new Error('tenantId is stamped by the scope, never supplied');
      return this.manager.create(this.target, {
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
      await this.manager.insert(this.target, list.slice(i, i + chunk) as never);
    }
    return list;
  }

  async insertOne(row: NewRow<T>): Promise<T> {
    const [created] = await this.insert(row);
    return created;
  }

  /** Updates the rows of the write tenant that match; returns how many changed. */
  async update(where: Where<T>, patch: Patch<T>): Promise<number> {
    const tenantId = this.writeTenant();
    assertNoMissingKeys(where);
    if ('tenantId' in patch || 'id' in patch) throw new Error('id and tenantId cannot be changed');
    const alternatives = (Array.isArray(where) ? where : [where]).map(
      (alt) => ({ ...alt, tenantId }) as FindOptionsWhere<T>,
    );
    let affected = 0;
    for (const alt of alternatives) {
      const result = await this.manager.update(this.target, alt, { ...patch, updatedAt: new Date() } as never);
      affected += result.affected ?? 0;
    }
    return affected;
  }

  /** Loads one row of the write tenant, applies the patch and returns the row as stored. */
  async updateOne(id: string, patch: Patch<T>, what?: string): Promise<T> {
    const tenantId = this.writeTenant();
    const row = await this.manager.findOne(this.target, { where: this.scopedWhere({ id, tenantId } as FindOptionsWhere<T>) });
    if (!row) throw new NotFoundError(what);
    await this.update({ id } as FindOptionsWhere<T>, patch);
    return Object.assign(row, patch, { updatedAt: new Date() });
  }

  async delete(where: Where<T>): Promise<number> {
    const tenantId = this.writeTenant();
    assertNoMissingKeys(where);
    let affected = 0;
    for (const alt of Array.isArray(where) ? where : [where]) {
      const result = await this.manager.delete(this.target, { ...alt, tenantId } as FindOptionsWhere<T>);
      affected += result.affected ?? 0;
    }
    return affected;
  }
}
