import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@zeren/tenancy';
import { INSTITUTION_NUMBER_LENGTH, INSTITUTION_TITLE_LENGTH } from '../institution-document.entity';

const index = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/** 1+N 制度库: documents and versions (global), receipts and supplements (per agency). */
export class Institution1764800100000 implements MigrationInterface {
  name = 'Institution1764800100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'institution_document',
        columns: [
          col.id(),
          col.varchar('kind', 8),
          col.varchar('title', INSTITUTION_TITLE_LENGTH),
          col.varchar('number', INSTITUTION_NUMBER_LENGTH, true),
          col.int('sort_order'),
          col.ref('current_version_id', true),
          col.datetime('created_at'),
          col.datetime('updated_at'),
        ],
        indices: [index('ix_institution_document_order', ['kind', 'sort_order'])],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'institution_version',
        columns: [
          col.id(),
          col.ref('document_id'),
          col.int('version'),
          col.varchar('status', 16),
          col.text('body'),
          col.date('effective_on'),
          col.datetime('published_at', true),
          col.datetime('created_at'),
          col.datetime('updated_at'),
        ],
        indices: [index('uq_institution_version_number', ['document_id', 'version'], true)],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'institution_receipt',
        columns: [
          ...col.tenantOwned(),
          col.ref('document_id'),
          col.ref('version_id'),
          col.datetime('issued_at'),
          col.varchar('status', 16),
          col.datetime('confirmed_at', true),
          col.ref('confirmed_by_id', true),
        ],
        indices: [
          index('uq_institution_receipt_tenant_version', ['tenant_id', 'version_id'], true),
          index('ix_institution_receipt_tenant_document', ['tenant_id', 'document_id']),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'institution_supplement',
        columns: [
          ...col.tenantOwned(),
          col.ref('document_id'),
          col.varchar('title', INSTITUTION_TITLE_LENGTH),
          col.text('body'),
          col.text('file_ids'),
          col.int('sort_order'),
          col.ref('written_by_id'),
        ],
        indices: [index('ix_institution_supplement_tenant_document', ['tenant_id', 'document_id', 'sort_order'])],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['institution_supplement', 'institution_receipt', 'institution_version', 'institution_document']) await runner.dropTable(table);
  }
}
