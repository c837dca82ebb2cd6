import { TableColumn, type TableColumnOptions } from 'typeorm';
import { ID_LENGTH } from './ids';

/**
 * Column builders for migrations, written once with TypeORM's schema API so that one migration
 * produces the same schema on MySQL and SQLite. A test compares the migrated schema with the entities.
 */
export const col = {
  id: (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: String(ID_LENGTH), isPrimary: true }),
  ref: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(ID_LENGTH), isNullable: nullable }),
  varchar: (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable }),
  text: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable }),
  // 'integer', not 'int': SQLite reads an int column back as integer, and MySQL maps integer to int.
  int: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable }),
  boolean: (name: string): TableColumnOptions => ({ name, type: 'boolean', isNullable: false }),
  datetime: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'datetime', isNullable: nullable }),
  date: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'date', isNullable: nullable }),
  /** The four columns of TenantOwnedEntity, in its order. */
  tenantOwned: (): TableColumnOptions[] => [
    col.id(),
    col.ref('tenant_id'),
    col.datetime('created_at'),
    col.datetime('updated_at'),
  ],
};

export const column = (options: TableColumnOptions) => new TableColumn(options);
