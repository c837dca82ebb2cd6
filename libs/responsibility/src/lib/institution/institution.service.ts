import { In } from 'typeorm';
import { ConflictError, NotFoundError } from '@zeren/shared-errors';
import { StoredFile } from '@zeren/files';
import { Tenant, activeAgencyIds, newId, type TenantDb } from '@zeren/tenancy';
import { InstitutionDocument } from './institution-document.entity';
import { InstitutionVersion } from './institution-version.entity';
import { InstitutionReceipt } from './institution-receipt.entity';
import { InstitutionSupplement } from './institution-supplement.entity';
import { InstitutionKind, ReceiptStatus, VersionStatus } from './institution-kind.enum';
import type { InstitutionReceiptSummary } from './receipt-status.type';
import type { InstitutionDocumentInput, InstitutionVersionInput, SupplementInput } from './dto/institution.input';

const DOCUMENT = '制度';
const VERSION = '制度版本';
const RECEIPT = '签收回执';
const SUPPLEMENT = '补充细则';

/** The "1" first, then the N standards, each kind in its sort order. */
export const inLibraryOrder = (docs: InstitutionDocument[]): InstitutionDocument[] =>
  [...docs].sort((a, b) => Number(a.kind !== InstitutionKind.ONE) - Number(b.kind !== InstitutionKind.ONE) || a.sortOrder - b.sortOrder || a.id.localeCompare(b.id));

/** The single tenant a handle reads (an agency, or the committee narrowed to one), else null. */
export const singleTenant = (db: TenantDb): string | null => (db.scope.readTenantIds?.length === 1 ? db.scope.readTenantIds[0] : null);

/** 制度库: the committee's 1+N documents and their versions, the agencies' receipts and supplements. */
export class InstitutionService {
  /** The documents in force (a published version), for everyone signed in. */
  async library(db: TenantDb): Promise<InstitutionDocument[]> {
    const docs = await db.reference(InstitutionDocument).find({});
    return inLibraryOrder(docs.filter((d) => d.currentVersionId !== null));
  }

  /** Every document, drafts too (the committee's editor). */
  async documents(db: TenantDb): Promise<InstitutionDocument[]> {
    return inLibraryOrder(await db.reference(InstitutionDocument).find({}));
  }

  async document(db: TenantDb, id: string): Promise<InstitutionDocument> {
    const doc = await db.reference(InstitutionDocument).findOneBy({ id });
    if (!doc) throw new NotFoundError(DOCUMENT);
    return doc;
  }

  async version(db: TenantDb, id: string): Promise<InstitutionVersion> {
    const version = await db.reference(InstitutionVersion).findOneBy({ id });
    if (!version) throw new NotFoundError(VERSION);
    return version;
  }

  /** The published versions, newest first (版本历史). */
  history(db: TenantDb, documentId: string): Promise<InstitutionVersion[]> {
    return db.reference(InstitutionVersion).find({ where: { documentId, status: VersionStatus.PUBLISHED }, order: { version: 'DESC' } });
  }

  draftOf(db: TenantDb, documentId: string): Promise<InstitutionVersion | null> {
    return db.reference(InstitutionVersion).findOneBy({ documentId, status: VersionStatus.DRAFT });
  }

  async createDocument(db: TenantDb, input: InstitutionDocumentInput): Promise<InstitutionDocument> {
    const documents = db.register(InstitutionDocument);
    const last = await documents.find({ where: { kind: input.kind }, order: { sortOrder: 'DESC' }, take: 1 });
    const now = new Date();
    const doc: InstitutionDocument = {
      id: newId(),
      kind: input.kind,
      title: input.title.trim(),
      number: input.number?.trim() || null,
      sortOrder: input.sortOrder ?? (last[0]?.sortOrder ?? 0) + 10,
      currentVersionId: null,
      createdAt: now,
      updatedAt: now,
    };
    await documents.insert(doc);
    return doc;
  }

  async updateDocument(db: TenantDb, id: string, input: InstitutionDocumentInput): Promise<InstitutionDocument> {
    const doc = await this.document(db, id);
    const patch = {
      kind: input.kind,
      title: input.title.trim(),
      number: input.number?.trim() || null,
      sortOrder: input.sortOrder ?? doc.sortOrder,
      updatedAt: new Date(),
    };
    await db.register(InstitutionDocument).update({ id }, patch);
    return Object.assign(doc, patch);
  }

  /** A new draft version; one at a time per document, so two editors do not write two next versions. */
  async draftVersion(db: TenantDb, documentId: string, input: InstitutionVersionInput): Promise<InstitutionVersion> {
    await this.document(db, documentId);
    const versions = db.register(InstitutionVersion);
    if (await versions.existsBy({ documentId, status: VersionStatus.DRAFT })) throw new ConflictError('该制度已有未发布的草稿,请修改或发布该草稿');
    const last = await versions.find({ where: { documentId }, order: { version: 'DESC' }, take: 1 });
    const now = new Date();
    const version: InstitutionVersion = {
      id: newId(),
      documentId,
      version: (last[0]?.version ?? 0) + 1,
      status: VersionStatus.DRAFT,
      body: input.body.trim(),
      effectiveOn: input.effectiveOn,
      publishedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    // The unique (document, version) key turns a racing second draft into CONFLICT.
    await versions.insert(version);
    return version;
  }

  async updateVersion(db: TenantDb, id: string, input: InstitutionVersionInput): Promise<InstitutionVersion> {
    const version = await this.draft(db, id);
    const patch = { body: input.body.trim(), effectiveOn: input.effectiveOn, updatedAt: new Date() };
    await db.register(InstitutionVersion).update({ id, status: VersionStatus.DRAFT }, patch);
    return Object.assign(version, patch);
  }

  /**
   * DRAFT → PUBLISHED: the version is in force from now and read-only, and every active agency gets a
   * receipt to confirm in one set-based write (no round trip per agency).
   */
  async publish(db: TenantDb, id: string): Promise<InstitutionVersion> {
    const version = await this.draft(db, id);
    const now = new Date();
    const changed = await db.register(InstitutionVersion).update({ id, status: VersionStatus.DRAFT }, { status: VersionStatus.PUBLISHED, publishedAt: now, updatedAt: now });
    if (changed === 0) throw new ConflictError('该版本已被他人发布,请刷新后重试');
    await db.register(InstitutionDocument).update({ id: version.documentId }, { currentVersionId: id, updatedAt: now });
    await this.issue(db, version, await activeAgencyIds(db), now);
    return Object.assign(version, { status: VersionStatus.PUBLISHED, publishedAt: now, updatedAt: now });
  }

  /**
   * Receipts of the versions in force for the active agencies that have none — agencies created
   * after a publish — one set-based write per version; returns how many receipts were written.
   */
  async issueMissingReceipts(db: TenantDb): Promise<number> {
    db.scope.assertWritable();
    const versionIds = (await db.reference(InstitutionDocument).find({})).map((d) => d.currentVersionId).filter((id): id is string => !!id);
    if (versionIds.length === 0) return 0;
    const [agencies, versions, issued] = await Promise.all([
      activeAgencyIds(db),
      db.reference(InstitutionVersion).find({ where: { id: In(versionIds) } }),
      db.repo(InstitutionReceipt).find({ where: { versionId: In(versionIds) }, select: { tenantId: true, versionId: true } as never }),
    ]);
    const now = new Date();
    let written = 0;
    for (const version of versions) {
      const have = new Set(issued.filter((r) => r.versionId === version.id).map((r) => r.tenantId));
      written += await this.issue(db, version, agencies.filter((id) => !have.has(id)), now);
    }
    return written;
  }

  private async issue(db: TenantDb, version: InstitutionVersion, tenantIds: string[], now: Date): Promise<number> {
    if (tenantIds.length === 0) return 0;
    await db.dispatch(tenantIds).repo(InstitutionReceipt).fanOut(tenantIds, {
      documentId: version.documentId,
      versionId: version.id,
      issuedAt: now,
      status: ReceiptStatus.UNCONFIRMED,
      confirmedAt: null,
      confirmedById: null,
    });
    return tenantIds.length;
  }

  /** The receipt of the single tenant this handle reads, for a version; null for a cross-tenant reader. */
  async receiptOf(db: TenantDb, versionId: string): Promise<InstitutionReceipt | null> {
    if (!singleTenant(db)) return null;
    return db.repo(InstitutionReceipt).findOne({ versionId });
  }

  /** 未确认 → 已确认, by the agency; CONFLICT once confirmed, NOT_FOUND for another agency's receipt. */
  confirm(db: TenantDb, userId: string, id: string): Promise<InstitutionReceipt> {
    return db.repo(InstitutionReceipt).transition(id, ReceiptStatus.CONFIRMED, { confirmedAt: new Date(), confirmedById: userId }, RECEIPT);
  }

  /** For the committee: how many of the agencies it reads have confirmed the current version, and who has not. */
  async receiptStatus(db: TenantDb, documentId: string): Promise<InstitutionReceiptSummary> {
    const doc = await this.document(db, documentId);
    if (!doc.currentVersionId) return { documentId, versionId: null, total: 0, confirmed: 0, unconfirmed: [] };
    const receipts = await db.repo(InstitutionReceipt).find({ where: { versionId: doc.currentVersionId }, select: { id: true, tenantId: true, status: true } });
    const waiting = receipts.filter((r) => r.status !== ReceiptStatus.CONFIRMED).map((r) => r.tenantId);
    const unconfirmed = waiting.length ? await db.reference(Tenant).find({ where: { id: In(waiting) }, order: { code: 'ASC' } }) : [];
    return { documentId, versionId: doc.currentVersionId, total: receipts.length, confirmed: receipts.length - waiting.length, unconfirmed };
  }

  /** The supplements of the single tenant this handle reads; none for a cross-tenant reader. */
  async supplements(db: TenantDb, documentId: string): Promise<InstitutionSupplement[]> {
    if (!singleTenant(db)) return [];
    return db.repo(InstitutionSupplement).find({ where: { documentId }, order: { sortOrder: 'ASC', id: 'ASC' } });
  }

  supplement(db: TenantDb, id: string): Promise<InstitutionSupplement> {
    return db.repo(InstitutionSupplement).get(id, SUPPLEMENT);
  }

  /** A supplement under a document the agency has received (its receipt names the document). */
  async addSupplement(db: TenantDb, userId: string, receiptId: string, input: SupplementInput): Promise<InstitutionSupplement> {
    const receipt = await db.repo(InstitutionReceipt).getWritable(receiptId, RECEIPT);
    const fileIds = await this.ownFiles(db, input.fileIds);
    const count = await db.repo(InstitutionSupplement).count({ documentId: receipt.documentId });
    return db.repo(InstitutionSupplement).insertOne({
      documentId: receipt.documentId,
      title: input.title.trim(),
      body: input.body.trim(),
      fileIds,
      sortOrder: (count + 1) * 10,
      writtenById: userId,
    });
  }

  async updateSupplement(db: TenantDb, id: string, input: SupplementInput): Promise<InstitutionSupplement> {
    await db.repo(InstitutionSupplement).getWritable(id, SUPPLEMENT);
    const fileIds = await this.ownFiles(db, input.fileIds);
    return db.repo(InstitutionSupplement).updateOne(id, { title: input.title.trim(), body: input.body.trim(), fileIds }, SUPPLEMENT);
  }

  async removeSupplement(db: TenantDb, id: string): Promise<InstitutionSupplement> {
    const supplement = await db.repo(InstitutionSupplement).getWritable(id, SUPPLEMENT);
    await db.repo(InstitutionSupplement).delete({ id });
    return supplement;
  }

  /** The files as given, each one the caller's own: NOT_FOUND alike for a missing file and another tenant's. */
  private async ownFiles(db: TenantDb, ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const found = await db.repo(StoredFile).count({ id: In(unique) });
    if (found !== unique.length) throw new NotFoundError('附件文件');
    return unique;
  }

  private async draft(db: TenantDb, id: string): Promise<InstitutionVersion> {
    const version = await this.version(db, id);
    if (version.status !== VersionStatus.DRAFT) throw new ConflictError('已发布的版本不能修改,请新建版本');
    return version;
  }
}
