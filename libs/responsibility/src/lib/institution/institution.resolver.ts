import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { StoredFile, evidenceFiles } from '@zeren/files';
import { DutyPermission } from '../responsibility.permissions';
import { InstitutionDocument } from './institution-document.entity';
import { InstitutionVersion } from './institution-version.entity';
import { InstitutionReceipt } from './institution-receipt.entity';
import { InstitutionSupplement } from './institution-supplement.entity';
import { InstitutionReceiptSummary } from './receipt-status.type';
import { InstitutionService } from './institution.service';
import { compendiumFor } from './compendium.service';
import { InstitutionDocumentInput, InstitutionVersionInput, SupplementInput } from './dto/institution.input';

@Resolver(() => InstitutionDocument)
export class InstitutionResolver {
  constructor(private readonly institutions: InstitutionService) {}

  @Authorized()
  @Query(() => [InstitutionDocument], { description: '制度库:现行有效的 1+N 制度,“1”在前' })
  institutionLibrary(@Ctx() ctx: RequestContext): Promise<InstitutionDocument[]> {
    return this.institutions.library(ctx.db);
  }

  @Authorized(DutyPermission.INSTITUTIONS_MANAGE)
  @Query(() => [InstitutionDocument], { description: '全部制度(含尚未发布的),供工委编辑' })
  institutionDocuments(@Ctx() ctx: RequestContext): Promise<InstitutionDocument[]> {
    return this.institutions.documents(ctx.db);
  }

  @Authorized()
  @Query(() => InstitutionDocument, { description: '一项制度' })
  institutionDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<InstitutionDocument> {
    return this.institutions.document(ctx.db, id);
  }

  @Authorized(DutyPermission.INSTITUTIONS_RECEIPTS)
  @Query(() => InstitutionReceiptSummary, { description: '一项制度现行版本的签收情况:已确认数和未确认的单位' })
  institutionReceiptStatus(@Arg('documentId', () => ID) documentId: string, @Ctx() ctx: RequestContext): Promise<InstitutionReceiptSummary> {
    return this.institutions.receiptStatus(ctx.db, documentId);
  }

  @Authorized()
  @Query(() => InstitutionSupplement, { description: '一条本单位补充细则' })
  institutionSupplement(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<InstitutionSupplement> {
    return this.institutions.supplement(ctx.db, id);
  }

  @Authorized()
  @Query(() => String, { description: '制度汇编(.docx,base64 编码):现行制度全文,单位用户另含本单位补充细则' })
  async institutionCompendiumDocx(@Ctx() ctx: RequestContext): Promise<string> {
    return (await compendiumFor(ctx.db, this.institutions)).toString('base64');
  }

  @FieldResolver(() => InstitutionVersion, { nullable: true, description: '现行版本' })
  async currentVersion(@Root() doc: InstitutionDocument, @Ctx() ctx: RequestContext): Promise<InstitutionVersion | null> {
    return doc.currentVersionId ? this.institutions.version(ctx.db, doc.currentVersionId) : null;
  }

  @FieldResolver(() => [InstitutionVersion], { description: '版本历史(已发布的),新的在前' })
  versions(@Root() doc: InstitutionDocument, @Ctx() ctx: RequestContext): Promise<InstitutionVersion[]> {
    return this.institutions.history(ctx.db, doc.id);
  }

  @Authorized(DutyPermission.INSTITUTIONS_MANAGE)
  @FieldResolver(() => InstitutionVersion, { nullable: true, description: '未发布的草稿版本(工委)' })
  draft(@Root() doc: InstitutionDocument, @Ctx() ctx: RequestContext): Promise<InstitutionVersion | null> {
    return this.institutions.draftOf(ctx.db, doc.id);
  }

  @FieldResolver(() => InstitutionReceipt, { nullable: true, description: '本单位对现行版本的签收回执(单位用户)' })
  async myReceipt(@Root() doc: InstitutionDocument, @Ctx() ctx: RequestContext): Promise<InstitutionReceipt | null> {
    return doc.currentVersionId ? this.institutions.receiptOf(ctx.db, doc.currentVersionId) : null;
  }

  @FieldResolver(() => [InstitutionSupplement], { description: '本单位的补充细则(单位用户;其他单位的不可见)' })
  supplements(@Root() doc: InstitutionDocument, @Ctx() ctx: RequestContext): Promise<InstitutionSupplement[]> {
    return this.institutions.supplements(ctx.db, doc.id);
  }

  @Authorized(DutyPermission.INSTITUTIONS_MANAGE)
  @Mutation(() => InstitutionDocument, { description: '新建制度(尚无版本)' })
  createInstitutionDocument(@Arg('input') input: InstitutionDocumentInput, @Ctx() ctx: RequestContext): Promise<InstitutionDocument> {
    return this.institutions.createDocument(ctx.db, input);
  }

  @Authorized(DutyPermission.INSTITUTIONS_MANAGE)
  @Mutation(() => InstitutionDocument, { description: '修改制度的标题、文号、类别和排序' })
  updateInstitutionDocument(@Arg('id', () => ID) id: string, @Arg('input') input: InstitutionDocumentInput, @Ctx() ctx: RequestContext): Promise<InstitutionDocument> {
    return this.institutions.updateDocument(ctx.db, id, input);
  }

  @Authorized(DutyPermission.INSTITUTIONS_MANAGE)
  @Mutation(() => InstitutionVersion, { description: '起草制度的新版本(每项制度同时只有一份草稿)' })
  draftInstitutionVersion(@Arg('documentId', () => ID) documentId: string, @Arg('input') input: InstitutionVersionInput, @Ctx() ctx: RequestContext): Promise<InstitutionVersion> {
    return this.institutions.draftVersion(ctx.db, documentId, input);
  }

  @Authorized(DutyPermission.INSTITUTIONS_MANAGE)
  @Mutation(() => InstitutionVersion, { description: '修改草稿版本' })
  updateInstitutionVersion(@Arg('id', () => ID) id: string, @Arg('input') input: InstitutionVersionInput, @Ctx() ctx: RequestContext): Promise<InstitutionVersion> {
    return this.institutions.updateVersion(ctx.db, id, input);
  }

  @Authorized(DutyPermission.INSTITUTIONS_MANAGE)
  @Mutation(() => InstitutionVersion, { description: '发布版本:成为现行版本,各单位同时收到签收回执' })
  publishInstitutionVersion(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<InstitutionVersion> {
    return this.institutions.publish(ctx.db, id);
  }

  @Authorized(DutyPermission.INSTITUTIONS_MANAGE)
  @Mutation(() => Int, { description: '为发布后新建的单位补发现行制度的签收回执(已有的不重复),返回补发条数' })
  issueMissingInstitutionReceipts(@Ctx() ctx: RequestContext): Promise<number> {
    return this.institutions.issueMissingReceipts(ctx.db);
  }

  @Authorized(DutyPermission.INSTITUTIONS_RESPOND)
  @Mutation(() => InstitutionReceipt, { description: '确认收到制度(未确认 → 已确认)' })
  confirmInstitutionReceipt(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<InstitutionReceipt> {
    return this.institutions.confirm(ctx.db, ctx.principal!.userId, id);
  }

  @Authorized(DutyPermission.INSTITUTIONS_RESPOND)
  @Mutation(() => InstitutionSupplement, { description: '为收到的制度添加本单位补充细则(按签收回执指明制度)' })
  addInstitutionSupplement(@Arg('receiptId', () => ID) receiptId: string, @Arg('input') input: SupplementInput, @Ctx() ctx: RequestContext): Promise<InstitutionSupplement> {
    return this.institutions.addSupplement(ctx.db, ctx.principal!.userId, receiptId, input);
  }

  @Authorized(DutyPermission.INSTITUTIONS_RESPOND)
  @Mutation(() => InstitutionSupplement, { description: '修改本单位补充细则' })
  updateInstitutionSupplement(@Arg('id', () => ID) id: string, @Arg('input') input: SupplementInput, @Ctx() ctx: RequestContext): Promise<InstitutionSupplement> {
    return this.institutions.updateSupplement(ctx.db, id, input);
  }

  @Authorized(DutyPermission.INSTITUTIONS_RESPOND)
  @Mutation(() => InstitutionSupplement, { description: '删除本单位补充细则' })
  removeInstitutionSupplement(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<InstitutionSupplement> {
    return this.institutions.removeSupplement(ctx.db, id);
  }
}

@Resolver(() => InstitutionSupplement)
export class InstitutionSupplementResolver {
  @FieldResolver(() => [StoredFile], { description: '附件' })
  files(@Root() supplement: InstitutionSupplement, @Ctx() ctx: RequestContext): Promise<StoredFile[]> {
    return evidenceFiles(ctx, supplement.fileIds.map((fileId) => ({ fileId })));
  }
}
