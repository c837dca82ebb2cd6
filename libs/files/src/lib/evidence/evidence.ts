import { In } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { NotFoundError, refuse } from '@zeren/shared-errors';
import type { TenantDb } from '@zeren/tenancy';
import { StoredFile } from '../stored-file/stored-file.entity';
import { ALLOWED_FILE_TYPES } from '../upload/file-limits';

/** Kinds of evidence a duty or a task may require (the upload allow-list's kinds, named for people). */
export enum EvidenceKind {
  IMAGE = 'image',
  PDF = 'pdf',
  OFFICE = 'office',
}
registerEnumType(EvidenceKind, {
  name: 'EvidenceKind',
  description: '印证资料类型',
  valuesConfig: { IMAGE: { description: '图片' }, PDF: { description: 'PDF' }, OFFICE: { description: 'Word/Excel 文档' } },
});

/** A file cited as evidence, with the SHA-256 its bytes had when it was cited: the record is tamper-evident. */
@ObjectType({ description: '印证资料' })
export class EvidenceRef {
  @Field(() => ID)
  fileId: string;

  @Field({ description: '提交时文件内容的 SHA-256' })
  sha256: string;
}

/** What a piece of work asks for: the kinds it takes (any when null) and how many at least. */
export interface EvidenceRule {
  evidenceKinds: readonly EvidenceKind[] | null;
  minEvidence: number;
}


const KIND_OF_MIME = new Map(ALLOWED_FILE_TYPES.map((t) => [t.mime, t.kind as string]));

/** The files of these ids in the caller's reach, in the order given; NOT_FOUND alike for a missing one and another agency's. */
export async function filesInReach(db: TenantDb, fileIds: readonly string[]): Promise<StoredFile[]> {
  const ids = [...new Set(fileIds)];
  const files = ids.length ? await db.repo(StoredFile).find({ where: { id: In(ids) } }) : [];
  if (files.length !== ids.length) throw new NotFoundError('印证资料文件');
  return files.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
}

/** The files as evidence for a rule: of a kind it takes and enough of them, each with its hash. Refusals name `field`. */
export function evidenceOf(rule: EvidenceRule, files: readonly StoredFile[], field = 'fileIds'): EvidenceRef[] {
  if (files.length < rule.minEvidence) refuse(field, `至少需要 ${rule.minEvidence} 件印证资料`);
  if (rule.evidenceKinds?.length) {
    const wrong = files.find((f) => !rule.evidenceKinds?.includes(KIND_OF_MIME.get(f.mimeType) as EvidenceKind));
    if (wrong) refuse(field, `“${wrong.name}”不是要求的印证资料类型`);
  }
  return files.map((f) => ({ fileId: f.id, sha256: f.sha256 }));
}

/** Both steps at once, for a caller with no other ids to check in between. */
export async function evidenceFrom(db: TenantDb, fileIds: readonly string[], rule: EvidenceRule, field = 'fileIds'): Promise<EvidenceRef[]> {
  return evidenceOf(rule, await filesInReach(db, fileIds), field);
}
