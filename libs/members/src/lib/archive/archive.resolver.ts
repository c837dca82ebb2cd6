import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { PageArgs, Paginated, toPage, type Page } from '@zeren/shared-graphql';
import { MembersPermission } from '../members.permissions';
import { oneAgency } from '../one-agency';
import { fromTenths } from '../points';
import { ArchiveService } from './archive.service';
import { archiveSheet } from './archive-sheet';
import { PointsArchiveRow, PointsYearArchive } from './points-archive.entity';

const PointsArchiveRowPage = Paginated(PointsArchiveRow);

@ArgsType()
class ArchiveRowsArgs extends PageArgs {
  @Field(() => Int, { description: '归档年度' })
  year: number;

  @Field(() => ID, { nullable: true, description: '单位(工委查看时必填)' })
  tenantId?: string;
}

@Resolver(() => PointsYearArchive)
export class PointsArchiveResolver {
  constructor(private readonly archive: ArchiveService) {}

  @Authorized(MembersPermission.POINTS_OVERSEE)
  @Query(() => [PointsYearArchive], { description: '积分年度归档(新的在前)' })
  pointsArchives(@Arg('tenantId', () => ID, { nullable: true, description: '单位(工委查看时必填)' }) tenantId: string | null, @Ctx() ctx: RequestContext): Promise<PointsYearArchive[]> {
    return this.archive.archives(oneAgency(ctx.db, tenantId));
  }

  @Authorized(MembersPermission.POINTS_OVERSEE)
  @Query(() => PointsArchiveRowPage, { description: '归档年度的积分排行(归档时的名次与姓名)' })
  async pointsArchiveRows(@Args() args: ArchiveRowsArgs, @Ctx() ctx: RequestContext): Promise<Page<PointsArchiveRow>> {
    return toPage(await this.archive.rows(oneAgency(ctx.db, args.tenantId), args.year, args.offset, args.limit), args);
  }

  @Authorized(MembersPermission.POINTS_OVERSEE)
  @Query(() => String, { description: '导出归档年度的积分排行(.xlsx,base64 编码)' })
  async pointsArchiveXlsx(@Arg('year', () => Int) year: number, @Arg('tenantId', () => ID, { nullable: true, description: '单位(工委查看时必填)' }) tenantId: string | null, @Ctx() ctx: RequestContext): Promise<string> {
    return (await archiveSheet(oneAgency(ctx.db, tenantId), year)).toString('base64');
  }

  @Authorized(MembersPermission.POINTS_ARCHIVE)
  @Mutation(() => PointsYearArchive, { description: '积分年度归档:年度结束且无待审核积分后,封存全年积分与排行;此后该年度积分不能再变动' })
  archivePointsYear(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<PointsYearArchive> {
    return this.archive.archive(ctx.db, ctx.principal!.userId, year);
  }

  @FieldResolver(() => Float, { description: '全年积分合计' })
  totalPoints(@Root() archive: PointsYearArchive): number {
    return fromTenths(archive.totalTenths);
  }
}

@Resolver(() => PointsArchiveRow)
export class PointsArchiveRowResolver {
  @FieldResolver(() => Float, { description: '全年积分' })
  points(@Root() row: PointsArchiveRow): number {
    return fromTenths(row.tenths);
  }
}
