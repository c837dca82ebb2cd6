import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { LocalDateScalar, Paginated, toPage, type Page } from '@zeren/shared-graphql';
import type { RequestContext } from '@zeren/auth';
import { OrgPermission } from '../org-tree.permissions';
import { OrgUnit } from '../org-unit/org-unit.entity';
import { PartyMember } from '../member/party-member.entity';
import { orgLoaders } from '../org-tree.loaders';
import { PostAssignment } from './post-assignment.entity';
import { PostType } from './post-type.entity';
import { PostService } from './post.service';
import { AssignPostInput, PostAssignmentSearchArgs } from './dto/post-assignment.input';
import { CreatePostTypeInput, UpdatePostTypeInput } from './dto/post-type.input';

@ObjectType({ description: '机关党组织书记不是党组(党委)书记的单位' })
export class SecretaryMismatch {
  @Field(() => ID, { description: '单位' })
  tenantId: string;

  @Field(() => OrgUnit, { description: '党组(党委)' })
  topUnit: OrgUnit;

  @Field(() => OrgUnit, { description: '机关党委' })
  organUnit: OrgUnit;

  @Field(() => PartyMember, { nullable: true, description: '党组(党委)书记;空缺为空' })
  topSecretary: PartyMember | null;

  @Field(() => PartyMember, { nullable: true, description: '机关党委书记;空缺为空' })
  organSecretary: PartyMember | null;
}

const PostAssignmentPage = Paginated(PostAssignment);

@Resolver(() => PostAssignment)
export class PostResolver {
  constructor(private readonly posts: PostService) {}

  @Authorized()
  @Query(() => [PostType], { description: '岗位目录(三级两类九岗及其他岗位)' })
  postTypes(@Ctx() ctx: RequestContext): Promise<PostType[]> {
    return this.posts.catalogue(ctx.db);
  }

  @Authorized(OrgPermission.POST_TYPES_MANAGE)
  @Mutation(() => PostType, { description: '工委新增岗位类型' })
  createPostType(@Arg('input') input: CreatePostTypeInput, @Ctx() ctx: RequestContext): Promise<PostType> {
    return this.posts.createType(ctx.db, input);
  }

  @Authorized(OrgPermission.POST_TYPES_MANAGE)
  @Mutation(() => PostType, { description: '工委修改岗位类型的名称、党务干部类别、可任职组织和排序' })
  updatePostType(@Arg('code') code: string, @Arg('input') input: UpdatePostTypeInput, @Ctx() ctx: RequestContext): Promise<PostType> {
    return this.posts.updateType(ctx.db, code, input);
  }

  @Authorized(OrgPermission.MEMBERS_READ)
  @Query(() => PostAssignmentPage, { description: '任职名单:按党组织(含下级)、岗位和姓名分页查询,默认只看现任' })
  async postAssignments(@Args() args: PostAssignmentSearchArgs, @Ctx() ctx: RequestContext): Promise<Page<PostAssignment>> {
    return toPage(await this.posts.search(ctx.db, args), args);
  }

  @Authorized(OrgPermission.OVERVIEW_READ)
  @Query(() => [SecretaryMismatch], { description: '“一把手兼任机关党组织书记”检查:列出设有机关党委、但其书记不是党组(党委)书记或有空缺的单位' })
  async secretaryMismatches(@Ctx() ctx: RequestContext): Promise<SecretaryMismatch[]> {
    const rows = await this.posts.secretaryMismatches(ctx.db);
    const member = (id: string | null) => (id ? orgLoaders.member(ctx).load(id) : Promise.resolve(null));
    return Promise.all(
      rows.map(async (r) => ({
        tenantId: r.tenantId,
        topUnit: r.topUnit,
        organUnit: r.organUnit,
        topSecretary: await member(r.topSecretaryId),
        organSecretary: await member(r.organSecretaryId),
      })),
    );
  }

  @Authorized(OrgPermission.POSTS_ASSIGN)
  @Mutation(() => PostAssignment, { description: '任命岗位' })
  assignPost(@Arg('input') input: AssignPostInput, @Ctx() ctx: RequestContext): Promise<PostAssignment> {
    return this.posts.assign(ctx.db, input);
  }

  @Authorized(OrgPermission.POSTS_ASSIGN)
  @Mutation(() => PostAssignment, { description: '结束任职' })
  endPostAssignment(
    @Arg('id', () => ID) id: string,
    @Arg('endsOn', () => LocalDateScalar, { nullable: true, description: '结束日期,默认今天' }) endsOn: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<PostAssignment> {
    return this.posts.end(ctx.db, id, endsOn ?? undefined);
  }

  @FieldResolver(() => PostType, { description: '岗位' })
  async post(@Root() assignment: PostAssignment, @Ctx() ctx: RequestContext): Promise<PostType> {
    return (await orgLoaders.postType(ctx).load(assignment.postCode))!;
  }

  @FieldResolver(() => OrgUnit, { description: '任职的党组织' })
  async unit(@Root() assignment: PostAssignment, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return (await orgLoaders.unit(ctx).load(assignment.unitId))!;
  }

  @FieldResolver(() => PartyMember, { description: '任职的党员' })
  async member(@Root() assignment: PostAssignment, @Ctx() ctx: RequestContext): Promise<PartyMember> {
    return (await orgLoaders.member(ctx).load(assignment.memberId))!;
  }
}
