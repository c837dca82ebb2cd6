import type { EntityManager, EntityTarget, FindManyOptions, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { ForbiddenError } from '@zeren/shared-errors';
import type { Scope } from '../scope/scope';
import { assertNoMissingKeys } from './where-guard';
import { globalPolicyOf } from './entity-policies';
import { mappingUniqueViolation } from './unique-violation';
import type { Change } from './change-clock';

/**
 * A table that belongs to no tenant: the tenant register, the login-name directory, the post
 * catalogue. Reads are open to every scope (login reads the directory before there is a user);
 * writes follow the table's policy (entity-policies `globalTable`) and never come from a read-only
 * scope. A `reference()` handle refuses writes altogether.
 */
export class GlobalTable<T extends ObjectLiteral> {
  constructor(
    private readonly manager: EntityManager,
    private readonly target: EntityTarget<T>,
    private readonly scope: Scope,
    private readonly writable: boolean,
    private readonly wrote: (change: Change) => void,
  ) {}

  async find(options: FindManyOptions<T> = {}): Promise<T[]> {
    if (options.where) assertNoMissingKeys(options.where);
    return this.manager.find(this.target, options);
  }

  async findBy(where: FindOptionsWhere<T> | FindOptionsWhere<T>[]): Promise<T[]> {
    assertNoMissingKeys(where);
    return this.manager.findBy(this.target, where);
  }

  async findOneBy(where: FindOptionsWhere<T> | FindOptionsWhere<T>[]): Promise<T | null> {
    assertNoMissingKeys(where);
    return this.manager.findOneBy(this.target, where);
  }

  async existsBy(where: FindOptionsWhere<T>): Promise<boolean> {
    assertNoMissingKeys(where);
    return this.manager.existsBy(this.target, where);
  }

  async count(options: FindManyOptions<T> = {}): Promise<number> {
    if (options.where) assertNoMissingKeys(options.where);
    return this.manager.count(this.target, options);
  }

  async insert(rows: T | T[]): Promise<void> {
    const list = Array.isArray(rows) ? rows : [rows];
    this.assertMayWrite(list);
    // Chunked as ScopedRepository's inserts are, under the engines' bound-parameter limits (a copied template of thousands of items).
    const chunk = Math.max(1, Math.floor(30000 / this.metadata.columns.length));
    for (let i = 0; i < list.length; i += chunk) {
      await mappingUniqueViolation(this.metadata, () => this.manager.insert(this.target, list.slice(i, i + chunk) as never));
    }
    this.wrote([this.metadata.target as Function, [null]]);
  }

  async update(where: FindOptionsWhere<T>, patch: Partial<T>): Promise<number> {
    assertNoMissingKeys(where);
    this.assertMayWrite([{ ...where, ...patch } as Partial<T>]);
    const result = await mappingUniqueViolation(this.metadata, () => this.manager.update(this.target, where, patch as never));
    this.wrote([this.metadata.target as Function, [null]]);
    return result.affected ?? 0;
  }

  async delete(where: FindOptionsWhere<T>): Promise<number> {
    assertNoMissingKeys(where);
    this.assertMayWrite([where as Partial<T>]);
    const result = await this.manager.delete(this.target, where);
    this.wrote([this.metadata.target as Function, [null]]);
    return result.affected ?? 0;
  }

  private get metadata() {
    return this.manager.connection.getMetadata(this.target);
  }

  private get entityName(): string {
    return this.metadata.name;
  }

  private assertMayWrite(rows: Partial<T>[]): void {
    if (!this.writable) throw new Error(`${this.entityName} is a reference table here: use register() to write it`);
    if (this.scope.kind === 'system') return;
    this.scope.assertWritable();
    const policy = globalPolicyOf(this.manager.connection.getMetadata(this.target).target as Function);
    if (!policy) throw new Error(`${this.entityName} has no write policy (globalTable)`);
    if (policy.writers === 'committee') {
      if (this.scope.kind !== 'committee') throw new ForbiddenError('只有工委可以修改');
      return;
    }
    const column = policy.writers.tenantColumn;
    const foreign = rows.some((row) => typeof row[column] !== 'string' || !this.scope.canWrite(row[column] as string));
    if (foreign) throw new ForbiddenError('不能写入其他单位的数据');
  }
}
