import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { FILES_PATH } from '../http/files-path';
import { StoredFile } from './stored-file.entity';
import { StoredFileService } from './stored-file.service';

@Resolver(() => StoredFile)
export class StoredFileResolver {
  constructor(private readonly service: StoredFileService) {}

  @Authorized()
  @Query(() => StoredFile, { description: '一个文件的信息;他单位的文件与不存在的一样答“文件不存在”' })
  file(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<StoredFile> {
    return this.service.get(ctx.db, id);
  }

  @Authorized()
  @Query(() => [StoredFile], { description: '按编号批量查询文件(一次最多 100 个),看不到的编号不返回' })
  files(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext): Promise<StoredFile[]> {
    return this.service.getMany(ctx.db, ids);
  }

  @FieldResolver(() => Boolean, { description: '是否有缩略图(图片才有)' })
  hasThumbnail(@Root() file: StoredFile): boolean {
    return file.thumbnailKey !== null;
  }

  @FieldResolver(() => String, { description: '下载地址(须带登录凭证)' })
  url(@Root() file: StoredFile): string {
    return `${FILES_PATH}/${file.id}`;
  }

  @FieldResolver(() => String, { nullable: true, description: '缩略图地址(须带登录凭证);非图片为空' })
  thumbnailUrl(@Root() file: StoredFile): string | null {
    return file.thumbnailKey ? `${FILES_PATH}/${file.id}/thumbnail` : null;
  }
}
