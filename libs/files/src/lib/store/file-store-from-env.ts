import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileStore } from './file-store';
import { LocalFileStore } from './local-file.store';
import { S3FileStore } from './s3-file.store';

export const FILE_STORE_ENV = 'ZEREN_FILE_STORE';
export const DEFAULT_FILE_DIR = 'data/files';

export class FileStoreConfigError extends Error {}

const S3_PARAMS = new Set(['endpoint', 'region', 'forcePathStyle', 'accessKeyId', 'secretAccessKey', 'sessionToken']);
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * The store named by ZEREN_FILE_STORE:
 *   unset               local disk under data/files (relative to the working directory)
 *   file:<dir>          local disk under <dir> (file:///abs/dir works too)
 *   s3://bucket[/prefix]?endpoint=http://host:port&region=…&forcePathStyle=true
 * S3 credentials come from the URL (s3://KEY:SECRET@bucket or accessKeyId/secretAccessKey
 * parameters) or else AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, then the SDK's default chain.
 * A bad value is one line naming it (credentials blanked), and start-up stops.
 */
export function fileStoreFromEnv(env: NodeJS.ProcessEnv = process.env): FileStore {
  const value = env[FILE_STORE_ENV]?.trim();
  if (!value) return new LocalFileStore(resolve(DEFAULT_FILE_DIR));
  if (value.startsWith('file:')) {
    const dir = value.startsWith('file://') ? safeFileUrl(value) : value.slice('file:'.length);
    if (!dir) fail(value, 'needs a directory, e.g. file:data/files');
    return new LocalFileStore(resolve(dir));
  }
  if (value.startsWith('s3://')) return s3Store(value, env);
  fail(value, 'must be file:<directory> or s3://<bucket>?endpoint=…&region=…');
}

function s3Store(value: string, env: NodeJS.ProcessEnv): FileStore {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    fail(value, 'is not a URL');
  }
  const bucket = url.hostname;
  if (!BUCKET.test(bucket)) fail(value, `bucket "${bucket}" is not a valid S3 bucket name`);
  for (const name of url.searchParams.keys()) {
    if (!S3_PARAMS.has(name)) fail(value, `unknown parameter "${name}" (known: ${[...S3_PARAMS].join(', ')})`);
  }
  const param = (name: string) => url.searchParams.get(name) ?? undefined;
  const endpoint = param('endpoint');
  if (endpoint !== undefined && !/^https?:\/\/[^/?#]+\/?$/.test(endpoint)) {
    fail(value, `endpoint "${endpoint}" must be http(s)://host[:port]`);
  }
  const pathStyle = param('forcePathStyle');
  if (pathStyle !== undefined && pathStyle !== 'true' && pathStyle !== 'false') {
    fail(value, `forcePathStyle must be true or false, not "${pathStyle}"`);
  }
  const accessKeyId = decodeURIComponent(url.username) || param('accessKeyId') || env['AWS_ACCESS_KEY_ID'];
  const secretAccessKey = decodeURIComponent(url.password) || param('secretAccessKey') || env['AWS_SECRET_ACCESS_KEY'];
  if (!!accessKeyId !== !!secretAccessKey) fail(value, 'has an access key id without a secret key, or the other way round');
  const prefix = decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, '');
  return new S3FileStore({
    bucket,
    prefix: prefix || undefined,
    endpoint: endpoint?.replace(/\/$/, ''),
    region: param('region') || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || 'us-east-1',
    forcePathStyle: pathStyle === 'true',
    credentials:
      accessKeyId && secretAccessKey
        ? { accessKeyId, secretAccessKey, sessionToken: param('sessionToken') || env['AWS_SESSION_TOKEN'] || undefined }
        : undefined,
  });
}

function safeFileUrl(value: string): string {
  try {
    return fileURLToPath(value);
  } catch {
    fail(value, 'is not a file URL (use file:///absolute/dir or file:relative/dir)');
  }
}

function fail(value: string, problem: string): never {
  throw new FileStoreConfigError(`Invalid configuration: ${FILE_STORE_ENV}=${redact(value)} ${problem}`);
}

/** Never print a secret in a configuration error. */
function redact(value: string): string {
  return value
    .replace(/^(s3:\/\/)[^@/?#]*@/, '$1***@')
    .replace(/([?&](?:secretAccessKey|sessionToken)=)[^&]*/g, '$1***');
}
