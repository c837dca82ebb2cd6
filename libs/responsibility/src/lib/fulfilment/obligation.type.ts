import { Field, ID, ObjectType } from 'type-graphql';
import { DeadlineStatus, WarningLevel } from '@zeren/shared-periods';
import { Duty } from '../list/duty.type';
import { FulfilmentRecord } from './fulfilment-record.entity';

/** One duty owed by one subject (a unit, or a member at a unit) for one period: what 我的责任 and the unit view list. */
@ObjectType({ description: '履责事项(某一周期某一责任主体的一项责任)' })
export class Obligation {
  @Field(() => Duty)
  duty: Duty;

  @Field({ description: '周期' })
  periodKey: string;

  @Field({ description: '周期名称,如 2026年第四季度' })
  periodLabel: string;

  @Field(() => ID, { description: '履责的党组织' })
  unitId: string;

  @Field(() => ID, { nullable: true, description: '履责的党员(个人责任)' })
  memberId: string | null;

  @Field(() => ID, { nullable: true, description: '现在为它负责的党员(岗位现任、书记或党员本人)' })
  holderMemberId: string | null;

  @Field(() => Date, { description: '完成时限(此时刻及以后为逾期)' })
  dueAt: Date;

  @Field(() => DeadlineStatus)
  status: DeadlineStatus;

  @Field(() => WarningLevel, { nullable: true, description: '未完成时的预警:蓝 未到期 / 黄 临近截止 / 红 已逾期' })
  warning: WarningLevel | null;

  @Field({ description: '逾期标记(逾期未完成或逾期完成,永久保留,计入考核)' })
  overdueMark: boolean;

  @Field(() => FulfilmentRecord, { nullable: true, description: '当前版本的履责纪实' })
  record: FulfilmentRecord | null;
}
