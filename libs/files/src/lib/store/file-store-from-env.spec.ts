import { resolve } from 'node:path';
import { fileStoreFromEnv, FileStoreConfigError } from './file-store-from-env';
import { LocalFileStore } from './local-file.store';
import { S3FileStore } from './s3-file.store';

describe('fileStoreFromEnv', () => {
  const from = (value: string | undefined, extra: NodeJS.ProcessEnv = {}) => fileStoreFromEnv({ ZEREN_FILE_STORE: value, ...extra });
  const error = (value: string) => {
    try {
      from(value);
    } catch (e) {
      expect(e).toBeInstanceOf(FileStoreConfigError);
      return (e as Error).message;
    }
    throw new Error(`${value} was accepted`);
  };

  it('keeps files on local disk under data/files when nothing is configured', () => {
    const store = from(undefined);
    expect(store).toBeInstanceOf(LocalFileStore);
    expect((store as LocalFileStore).root).toBe(resolve('data/files'));
    expect((from('  ') as LocalFileStore).root).toBe(resolve('data/files'));
  });

  it('takes another directory as file:<dir> or a file URL', () => {
    expect((from('file:tmp/evidence') as LocalFileStore).root).toBe(resolve('tmp/evidence'));
    expect((from('file:///var/lib/zeren/files') as LocalFileStore).root).toBe('/var/lib/zeren/files');
  });

  it('builds an S3 store from one URL, credentials from the URL or the AWS variables', async () => {
    const store = from('s3://evidence/prod?endpoint=http://127.0.0.1:9000&region=cn-north-1&forcePathStyle=true', {
      AWS_ACCESS_KEY_ID: 'AK',
      AWS_SECRET_ACCESS_KEY: 'SK',
    }) as S3FileStore;
    expect(store).toBeInstanceOf(S3FileStore);
    expect(store.description).toBe('s3://evidence/prod/ at http://127.0.0.1:9000');
    expect(await store.client.config.region()).toBe('cn-north-1');
    expect(store.client.config.forcePathStyle).toBe(true);
    expect(await store.client.config.credentials()).toMatchObject({ accessKeyId: 'AK', secretAccessKey: 'SK' });
    const inline = from('s3://KEY:SE%2FCRET@evidence?endpoint=http://minio:9000') as S3FileStore;
    expect(await inline.client.config.credentials()).toMatchObject({ accessKeyId: 'KEY', secretAccessKey: 'SE/CRET' });
    expect(inline.description).not.toContain('SE');
  });

  it('names a bad value in one line, without its secret', () => {
    expect(error('ftp://files')).toBe('Invalid configuration: ZEREN_FILE_STORE=ftp://files must be file:<directory> or s3://<bucket>?endpoint=…&region=…');
    expect(error('s3://Bad_Bucket')).toContain('bucket "Bad_Bucket" is not a valid S3 bucket name');
    expect(error('s3://evidence?endpont=http://x')).toContain('unknown parameter "endpont"');
    expect(error('s3://evidence?endpoint=localhost:9000')).toContain('endpoint "localhost:9000" must be http(s)://host[:port]');
    expect(error('s3://evidence?forcePathStyle=yes')).toContain('forcePathStyle must be true or false, not "yes"');
    const leaked = error('s3://KEY:TOPSECRET@evidence?forcePathStyle=1');
    expect(leaked).toContain('s3://***@evidence');
    expect(leaked).not.toContain('TOPSECRET');
    expect(error('s3://evidence?accessKeyId=AK')).toContain('without a secret key');
    for (const message of [leaked, error('file:')]) expect(message).not.toContain('\n');
  });
});
