import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0, description: '跳过的条数' })
  @Min(0, { message: '偏移量不能为负数' })
  offset = 0;

  @Field(() => Int, { defaultValue: 20, description: `每页条数,最多 ${MAX_PAGE_SIZE}` })
  @Min(1, { message: '每页至少 1 条' })
  @Max(MAX_PAGE_SIZE, { message: `每页最多 ${MAX_PAGE_SIZE} 条` })
  limit = 20;
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

/** `const OrgUnitPage = Paginated(OrgUnit)` → an `OrgUnitPage { items, total, offset, limit }` type; call once per item type. */
export function Paginated<T extends object>(itemType: ClassType<T>, name = `${itemType.name}Page`) {
  @ObjectType(name, { description: `${itemType.name} 的分页结果` })
  class PageClass implements Page<T> {
    @Field(() => [itemType])
    items: T[];

    @Field(() => Int, { description: '符合条件的总数' })
    total: number;

    @Field(() => Int)
    offset: number;

    @Field(() => Int)
    limit: number;
  }
  return PageClass;
}

export function toPage<T>([items, total]: [T[], number], args: PageArgs): Page<T> {
  return { items, total, offset: args.offset, limit: args.limit };
}
