import { StoredFile } from './lib/stored-file/stored-file.entity';
import { StoredFileResolver } from './lib/stored-file/stored-file.resolver';
import { Files1764400005000 } from './lib/migrations/1764400005000-files.migration';
import type { ZerenModule } from '@zeren/api';
import { FILES_GRANTS } from './lib/files.permissions';
import { createFilesRouter } from './lib/http/files.router';
import { FILES_PATH } from './lib/http/files-path';
import { fileStoreFromEnv } from './lib/store/file-store-from-env';
import { filesSeeder } from './lib/seed/files.seeder';
import { filesMessages } from './lib/files.messages.en';

export { StoredFile } from './lib/stored-file/stored-file.entity';
export { EvidenceKind, EvidenceRef, evidenceFrom, evidenceOf, filesInReach, type EvidenceRule } from './lib/evidence/evidence';
export { evidenceFiles, evidenceIntact } from './lib/evidence/evidence.fields';
export { filesLoaders } from './lib/stored-file/stored-file.loaders';
export { FilesPermission } from './lib/files.permissions';
export { createFilesRouter, type FilesRouterOptions } from './lib/http/files.router';
export { FILES_PATH } from './lib/http/files-path';
export type { UnitCheck } from './lib/upload/upload.service';
export { type FileStore, type StoredObject, StoredObjectMissingError } from './lib/store/file-store';
export { LocalFileStore } from './lib/store/local-file.store';
export { S3FileStore, type S3FileStoreOptions } from './lib/store/s3-file.store';
export { fileStoreFromEnv, FileStoreConfigError, FILE_STORE_ENV, DEFAULT_FILE_DIR } from './lib/store/file-store-from-env';
export {
  ALLOWED_FILE_TYPES,
  FILE_MESSAGES,
  MAX_FILE_BYTES,
  MAX_FILE_MB,
  MAX_UPLOAD_REQUEST_BYTES,
  MAX_FILES_PER_QUERY,
  THUMBNAIL_WIDTH,
  type AllowedFileType,
  type FileKind,
} from './lib/upload/file-limits';
export { Files1764400005000 } from './lib/migrations/1764400005000-files.migration';

export const filesEntities = [StoredFile];
export const filesMigrations = [Files1764400005000];
export const filesResolvers = [StoredFileResolver];

/** The files module: its tables and queries, and the upload/download endpoints the gateway mounts at /files. */
export const filesModule: ZerenModule = {
  name: 'files',
  dependsOn: ['tenancy', 'auth'],
  entities: filesEntities,
  migrations: filesMigrations,
  resolvers: filesResolvers,
  permissions: FILES_GRANTS,
  seed: filesSeeder,
  http: [
    {
      path: FILES_PATH,
      // The store is chosen once, at start-up: a bad ZEREN_FILE_STORE stops the gateway with one line.
      create: (deps) => createFilesRouter({ store: fileStoreFromEnv(deps.env), resolveContext: deps.resolveContext, onError: deps.onError }),
    },
  ],
  messages: filesMessages,
};
