import type { RequestContext } from '@zeren/auth';
import { filesLoaders } from '../stored-file/stored-file.loaders';
import type { StoredFile } from '../stored-file/stored-file.entity';
import type { EvidenceRef } from './evidence';

/** The cited files the caller may see, in the order cited (batched with the request's other file loads). */
export async function evidenceFiles(ctx: RequestContext, refs: readonly Pick<EvidenceRef, 'fileId'>[]): Promise<StoredFile[]> {
  const files = await Promise.all(refs.map((e) => filesLoaders.file(ctx).load(e.fileId)));
  return files.filter((f): f is StoredFile => f !== null);
}

/** Whether every cited file still has the bytes it had when it was cited (its SHA-256 unchanged). */
export async function evidenceIntact(ctx: RequestContext, refs: readonly EvidenceRef[]): Promise<boolean> {
  const files = await Promise.all(refs.map((e) => filesLoaders.file(ctx).load(e.fileId)));
  return refs.every((e, i) => files[i]?.sha256 === e.sha256);
}
