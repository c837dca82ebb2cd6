import type { EntityMetadata } from 'typeorm';
import { getMetadataStorage } from 'type-graphql';
import { AppError } from '@zeren/shared-errors';

/** The driver's error behind a TypeORM QueryFailedError (or the error itself). */
function driverErrorOf(error: unknown): { code?: string; errno?: number; message?: string } | null {
  if (!error || typeof error !== 'object') return null;
  const e = error as { driverError?: unknown; code?: string; errno?: number; message?: string };
  return (e.driverError as typeof e | undefined) ?? e;
}

/** True for a unique-key violation on either engine: ER_DUP_ENTRY (1062) from mysql2, SQLITE_CONSTRAINT_UNIQUE/PRIMARYKEY from better-sqlite3. */
export function isUniqueViolation(error: unknown): boolean {
  const d = driverErrorOf(error);
  if (!d) return false;
  return d.errno === 1062 || d.code === 'ER_DUP_ENTRY' || d.code === 'SQLITE_CONSTRAINT_UNIQUE' || d.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** The entity properties of the violated key, from the message and the entity's metadata; tenantId is left out. */
export function violatedFields(metadata: EntityMetadata, error: unknown): string[] {
  const message = driverErrorOf(error)?.message ?? '';
  let columns: string[] = [];
  // MariaDB: "for key 'uq_x'"; MySQL 8: "for key 'table.uq_x'".
  const key = /for key '([^']+)'/.exec(message)?.[1]?.split('.').pop();
  if (key) {
    if (key === 'PRIMARY') columns = metadata.primaryColumns.map((c) => c.propertyName);
    else {
      const index = [...metadata.indices, ...metadata.uniques].find((i) => i.name === key);
      columns = index?.columns.map((c) => c.propertyName) ?? [];
    }
  }
  // SQLite: "UNIQUE constraint failed: org_unit.tenant_id, org_unit.code".
  const failed = /constraint failed: (.+)$/.exec(message)?.[1];
  if (failed) {
    columns = failed.split(',').map((part) => {
      const name = part.trim().split('.').pop()!;
      return metadata.columns.find((c) => c.databaseName === name)?.propertyName ?? name;
    });
  }
  return columns.filter((c) => c !== 'tenantId');
}

/**
 * What a person calls a field: its GraphQL description (up to the first separator) on the entity, or
 * on the field resolver that serves a column the entity keeps off the schema (a masked one); else its name.
 */
function labelOf(metadata: EntityMetadata, property: string): string {
  const storage = getMetadataStorage();
  const description =
    storage.fields.find((f) => f.target === metadata.target && f.name === property)?.description ??
    storage.fieldResolvers.find((f) => f.getObjectType?.() === metadata.target && f.methodName === property)?.description;
  return description?.split(/[;;,,(( ]/)[0] || property;
}

/** CONFLICT naming the key's fields, for a unique-key violation; null for any other error. */
export function conflictFromUniqueViolation(metadata: EntityMetadata, error: unknown): AppError | null {
  if (!isUniqueViolation(error)) return null;
  const fields = violatedFields(metadata, error);
  const labels = fields.map((f) => labelOf(metadata, f));
  const message = labels.length ? `${labels.join('、')}已被使用` : '该记录已存在';
  return new AppError('CONFLICT', message, { fields, issues: fields.map((field, i) => ({ field, message: `${labels[i]}已被使用` })) });
}

/**
 * Runs one write and turns a unique-key violation into CONFLICT. Under concurrency the service's own
 * "already exists?" check passes in every racer; the index is what refuses the late ones.
 */
export async function mappingUniqueViolation<R>(metadata: EntityMetadata, write: () => Promise<R>): Promise<R> {
  try {
    return await write();
  } catch (error) {
    throw conflictFromUniqueViolation(metadata, error) ?? error;
  }
}
