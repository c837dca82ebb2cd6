import { ArgsType, Field, ID } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { AuditOutcome } from '../audit-entry.entity';

@ArgsType()
export class AuditFilterArgs {
  @Field(() => ID, { nullable: true, description: '单位' })
  @IsOptional()
  tenantId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  actorUserId?: string;

  @Field({ nullable: true, description: '操作名称' })
  @IsOptional()
  @MaxLength(64)
  operation?: string;

  @Field(() => AuditOutcome, { nullable: true })
  @IsOptional()
  outcome?: AuditOutcome;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  to?: Date;
}
