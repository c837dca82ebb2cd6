import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';

export const SETTINGS_ID = 'default';

/** The committee's reminder schedule (one row for the whole city): how far ahead, and on the due day. */
@ObjectType({ description: '提醒设置(工委)' })
@Entity()
export class ReminderSettings {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  id: string;

  @Field(() => Int, { description: '提前几天提醒(0 表示不提前提醒)' })
  @Column({ type: 'int' })
  leadDays: number;

  @Field({ description: '截止当天是否再提醒一次' })
  @Column({ type: 'boolean' })
  onDueDay: boolean;

  @Field(() => Date, { nullable: true, description: '最近修改时间;从未修改为空' })
  @Column({ type: 'datetime', nullable: true })
  updatedAt: Date | null;
}
