import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Paginated, toPage, type Page } from '@zeren/shared-graphql';
import type { RequestContext } from '@zeren/auth';
import { OrgPermission } from '../org-tree.permissions';
import { OrgUnit } from '../org-unit/org-unit.entity';
import { PostAssignment } from '../post/post-assignment.entity';
import { loadUnit, orgLoaders } from '../org-tree.loaders';
import { MemberTransfer } from './member-transfer.entity';
import { PartyMember } from './party-member.entity';
import { maskIdNumber } from '@zeren/shared-rules';
import { PartyMemberService, idNumbersSeenIn, maskPhone, seesPersonalDetails } from './party-member.service';
import { MemberImportService, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './member-import.service';
import { CreatePartyMemberInput, PartyMemberSearchArgs, TransferPartyMemberInput, UpdatePartyMemberInput } from './dto/party-member.input';

const PartyMemberPage = Paginated(PartyMember);


@ObjectType({ description: '党员导入结果' })
export class MemberImportResult {
  @Field(() => Int, { description: '导入的党员数' })
  created: number;
}

@Resolver(() => PartyMember)
export class PartyMemberResolver {
  constructor(
    private readonly members: PartyMemberService,
    private readonly importer: MemberImportService,
  ) {}

  @Authorized(OrgPermission.MEMBERS_READ)
  @Query(() => PartyMemberPage, { description: '党员名册:按姓名、党组织(含下级)和状态查询;单位管理员也可按完整的身份证号查询本单位党员' })
  async partyMembers(@Args() args: PartyMemberSearchArgs, @Ctx() ctx: RequestContext): Promise<Page<PartyMember>> {
    const unit = args.unitId ? await loadUnit(ctx, args.unitId) : null;
    return toPage(await this.members.search(ctx.db, args, unit, idNumbersSeenIn(ctx.principal)), args);
  }

  @Authorized(OrgPermission.MEMBERS_READ)
  @Query(() => PartyMember, { description: '一名党员' })
  partyMember(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PartyMember> {
    return this.members.get(ctx.db, id);
  }

  @Authorized()
  @Query(() => PartyMember, { nullable: true, description: '当前用户本人的党员信息' })
  myPartyMember(@Ctx() ctx: RequestContext): Promise<PartyMember | null> {
    return this.members.mine(ctx.own ?? ctx.db, ctx.principal!);
  }

  @Authorized(OrgPermission.MEMBERS_MANAGE)
  @Query(() => String, { description: '党员导入模板(.xlsx,base64 编码;示例行用本人可导入的一个党组织的代码)' })
  async partyMemberImportTemplate(@Ctx() ctx: RequestContext): Promise<string> {
    return (await this.importer.template(ctx.db)).toString('base64');
  }

  @Authorized(OrgPermission.MEMBERS_MANAGE)
  @Mutation(() => PartyMember, { description: '新建党员' })
  createPartyMember(@Arg('input') input: CreatePartyMemberInput, @Ctx() ctx: RequestContext): Promise<PartyMember> {
    return this.members.create(ctx.db, input);
  }

  @Authorized(OrgPermission.MEMBERS_MANAGE)
  @Mutation(() => PartyMember, { description: '修改党员信息' })
  updatePartyMember(@Arg('id', () => ID) id: string, @Arg('input') input: UpdatePartyMemberInput, @Ctx() ctx: RequestContext): Promise<PartyMember> {
    return this.members.update(ctx.db, id, input);
  }

  @Authorized(OrgPermission.MEMBERS_MANAGE)
  @Mutation(() => PartyMember, { description: '在本单位内转接党员组织关系,保留转接记录' })
  transferPartyMember(@Arg('id', () => ID) id: string, @Arg('input') input: TransferPartyMemberInput, @Ctx() ctx: RequestContext): Promise<PartyMember> {
    return this.members.transfer(ctx.db, id, input);
  }

  @Authorized(OrgPermission.MEMBERS_MANAGE)
  @Mutation(() => MemberImportResult, {
    description: `从 .xlsx 批量导入党员(base64 编码,文件不超过 ${MAX_IMPORT_BYTES / 1024} KB、${MAX_IMPORT_ROWS} 行):先校验全部单元格,有错则一条也不导入`,
  })
  async importPartyMembers(@Arg('fileBase64') fileBase64: string, @Ctx() ctx: RequestContext): Promise<MemberImportResult> {
    return { created: await this.importer.import(ctx.db, fileBase64) };
  }

  @FieldResolver(() => String, { nullable: true, description: '手机号;本人和本单位管理员以外的人看到的是脱敏号码,如 138****5678' })
  phone(@Root() member: PartyMember, @Ctx() ctx: RequestContext): string | null {
    if (!member.phone) return null;
    return seesPersonalDetails(ctx.principal, member) ? member.phone : maskPhone(member.phone);
  }

  @FieldResolver(() => String, { nullable: true, description: '身份证号;本人和本单位管理员以外的人看到的是脱敏号码,如 3****************6' })
  idNumber(@Root() member: PartyMember, @Ctx() ctx: RequestContext): string | null {
    if (!member.idNumber) return null;
    return seesPersonalDetails(ctx.principal, member) ? member.idNumber : maskIdNumber(member.idNumber);
  }

  @FieldResolver(() => OrgUnit, { description: '所在党组织' })
  async unit(@Root() member: PartyMember, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return (await orgLoaders.unit(ctx).load(member.unitId))!;
  }

  @FieldResolver(() => [PostAssignment], { description: '现任职务' })
  posts(@Root() member: PartyMember, @Ctx() ctx: RequestContext): PostAssignment[] | Promise<PostAssignment[]> {
    return orgLoaders.memberPosts(ctx, dbFor(ctx, member)).load(member.id);
  }

  @FieldResolver(() => [MemberTransfer], { description: '组织关系转接记录' })
  transfers(@Root() member: PartyMember, @Ctx() ctx: RequestContext): MemberTransfer[] | Promise<MemberTransfer[]> {
    return orgLoaders.transfers(ctx, dbFor(ctx, member)).load(member.id);
  }
}

/** One's own member record's posts and transfers are always one's to read, whatever the data scope. */
function dbFor(ctx: RequestContext, member: PartyMember) {
  return ctx.own && member.userId && member.userId === ctx.principal?.userId ? ctx.own : ctx.db;
}
