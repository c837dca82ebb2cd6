import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { LIMITS } from '@zeren/shared-rules';

const LEAD_DAYS = `提前提醒天数应为 0 到 ${LIMITS.reminderLeadDaysMax} 之间的整数`;

@InputType({ description: '修改提醒设置;不填的项不变' })
export class UpdateReminderSettingsInput {
  @Field(() => Int, { nullable: true, description: `提前几天提醒,0 到 ${LIMITS.reminderLeadDaysMax}` })
  @IsOptional()
  @IsInt({ message: LEAD_DAYS })
  @Min(0, { message: LEAD_DAYS })
  @Max(LIMITS.reminderLeadDaysMax, { message: LEAD_DAYS })
  leadDays?: number;

  @Field(() => Boolean, { nullable: true, description: '截止当天是否再提醒一次' })
  @IsOptional()
  onDueDay?: boolean;
}
