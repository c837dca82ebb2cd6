import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { DutyPermission } from '../responsibility.permissions';
import { DutySpecInput } from '../duty/dto/duty-spec.input';
import { DutyTemplate } from './duty-template.entity';
import { DutyItem } from './duty-item.entity';
import { TemplateService } from './template.service';
import { CreateDutyTemplateInput, UpdateDutyTemplateInput } from './dto/template.input';

@Resolver(() => DutyTemplate)
export class TemplateResolver {
  constructor(private readonly templates: TemplateService) {}

  @Authorized()
  @Query(() => [DutyTemplate], { description: '责任清单模板的各年度版本,新的在前' })
  dutyTemplates(@Ctx() ctx: RequestContext): Promise<DutyTemplate[]> {
    return this.templates.list(ctx.db);
  }

  @Authorized()
  @Query(() => DutyTemplate, { description: '一个年度版本' })
  dutyTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<DutyTemplate> {
    return this.templates.get(ctx.db, id);
  }

  @FieldResolver(() => [DutyItem], { description: '模板事项,按层级和排序' })
  items(@Root() template: DutyTemplate, @Ctx() ctx: RequestContext): Promise<DutyItem[]> {
    return this.templates.items(ctx.db, template.id);
  }

  @Authorized(DutyPermission.TEMPLATES_MANAGE)
  @Mutation(() => DutyTemplate, { description: '新建年度模板(默认复制上一版的全部事项)' })
  createDutyTemplate(@Arg('input') input: CreateDutyTemplateInput, @Ctx() ctx: RequestContext): Promise<DutyTemplate> {
    return this.templates.create(ctx.db, input);
  }

  @Authorized(DutyPermission.TEMPLATES_MANAGE)
  @Mutation(() => DutyTemplate, { description: '修改模板名称(草稿)和黄色预警天数' })
  updateDutyTemplate(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateDutyTemplateInput, @Ctx() ctx: RequestContext): Promise<DutyTemplate> {
    return this.templates.update(ctx.db, id, input);
  }

  @Authorized(DutyPermission.TEMPLATES_MANAGE)
  @Mutation(() => DutyItem, { description: '向草稿模板添加事项' })
  addDutyItem(@Arg('templateId', () => ID) templateId: string, @Arg('input') input: DutySpecInput, @Ctx() ctx: RequestContext): Promise<DutyItem> {
    return this.templates.addItem(ctx.db, templateId, input);
  }

  @Authorized(DutyPermission.TEMPLATES_MANAGE)
  @Mutation(() => DutyItem, { description: '修改草稿模板的事项' })
  updateDutyItem(@Arg('id', () => ID) id: string, @Arg('input') input: DutySpecInput, @Ctx() ctx: RequestContext): Promise<DutyItem> {
    return this.templates.updateItem(ctx.db, id, input);
  }

  @Authorized(DutyPermission.TEMPLATES_MANAGE)
  @Mutation(() => DutyItem, { description: '从草稿模板删除事项' })
  removeDutyItem(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<DutyItem> {
    return this.templates.removeItem(ctx.db, id);
  }

  @Authorized(DutyPermission.TEMPLATES_MANAGE)
  @Mutation(() => DutyTemplate, { description: '发布模板:此后只读,各单位同时收到本年度责任清单' })
  publishDutyTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<DutyTemplate> {
    return this.templates.publish(ctx.db, id);
  }

  @Authorized(DutyPermission.TEMPLATES_MANAGE)
  @Mutation(() => Int, { description: '向发布后新增的单位下达已发布模板的责任清单;返回下达的单位数' })
  issueMissingDutyLists(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<number> {
    return this.templates.issueMissing(ctx.db, id);
  }
}
