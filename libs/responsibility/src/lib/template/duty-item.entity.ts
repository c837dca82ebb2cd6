import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { ID_LENGTH } from '@zeren/tenancy';
import { WithDutySpec } from '../duty/duty-spec';

class Root {}

/** One item of a template (明责): mandated for every agency that has the template's list. */
@ObjectType({ description: '模板责任事项(工委规定,各单位继承)' })
@Entity()
@Index('ix_duty_item_template', ['templateId', 'level', 'sortOrder'])
export class DutyItem extends WithDutySpec(Root) {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Field(() => ID, { description: '所属模板' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  templateId: string;
}
