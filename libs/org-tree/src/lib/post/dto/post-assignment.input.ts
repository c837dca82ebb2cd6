import { Field, ID, InputType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IsOptional, MaxLength } from 'class-validator';

@InputType({ description: '任命岗位' })
export class AssignPostInput {
  @Field(() => ID)
  memberId: string;

  @Field(() => ID, { description: '任职的党组织' })
  unitId: string;

  @Field({ description: '岗位代码,见 postTypes' })
  @MaxLength(48)
  postCode: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '任职开始日期,默认今天' })
  @IsOptional()
  startsOn?: string;
}
