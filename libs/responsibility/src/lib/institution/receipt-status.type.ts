import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Tenant } from '@zeren/tenancy';

/** Who has confirmed a document's current version, of the agencies the caller reads. */
@ObjectType({ description: '制度签收情况(现行版本)' })
export class InstitutionReceiptSummary {
  @Field(() => ID)
  documentId: string;

  @Field(() => ID, { nullable: true, description: '现行版本;尚未发布为空' })
  versionId: string | null;

  @Field(() => Int, { description: '下发单位数' })
  total: number;

  @Field(() => Int, { description: '已确认单位数' })
  confirmed: number;

  @Field(() => [Tenant], { description: '尚未确认的单位' })
  unconfirmed: Tenant[];
}
