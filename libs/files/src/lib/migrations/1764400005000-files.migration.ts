import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@zeren/tenancy';
import { MAX_FILE_NAME_LENGTH } from '../upload/file-limits';
import { SHA256_HEX_LENGTH, STORAGE_KEY_LENGTH } from '../stored-file/stored-file.entity';

const index = (name: string, columnNames: string[]) => new TableIndex({ name, columnNames });

export class Files1764400005000 implements MigrationInterface {
  name = 'Files1764400005000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'stored_file',
        columns: [
          ...col.tenantOwned(),
          col.varchar('name', MAX_FILE_NAME_LENGTH),
          col.varchar('mime_type', 128),
          col.int('size'),
          col.varchar('sha256', SHA256_HEX_LENGTH),
          col.varchar('storage_key', STORAGE_KEY_LENGTH),
          col.varchar('thumbnail_key', STORAGE_KEY_LENGTH, true),
          col.ref('uploaded_by_id'),
          col.ref('unit_id', true),
        ],
        indices: [
          index('ix_stored_file_tenant_sha256', ['tenant_id', 'sha256']),
          index('ix_stored_file_tenant_unit', ['tenant_id', 'unit_id']),
          index('ix_stored_file_tenant_uploader', ['tenant_id', 'uploaded_by_id']),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('stored_file');
  }
}
