import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '责任事项导入结果' })
export class DutyItemImportResult {
  @Field(() => Int, { description: '导入的事项数' })
  created: number;
}
