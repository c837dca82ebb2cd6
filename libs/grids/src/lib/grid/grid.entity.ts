import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GlobalEntity, ID_LENGTH } from '@zeren/tenancy';
import { LocalDateScalar } from '@zeren/shared-graphql';

export const GRID_NAME_LENGTH = 40;
export const GRID_NOTE_LENGTH = 500;

/** 网格: a group of agencies the committee guides together, led by a member of the 工委班子. */
@ObjectType({ description: '网格' })
@Entity()
@Index('uq_grid_name', ['name'], { unique: true })
export class Grid extends GlobalEntity {
  @Field({ description: '网格名称' })
  @Column({ type: 'varchar', length: GRID_NAME_LENGTH })
  name: string;

  @Field(() => Int, { description: '排序' })
  @Column({ type: 'integer' })
  position: number;

  @Field(() => ID, { description: '网格负责人(工委班子成员)' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  leaderUserId: string;

  @Field({ description: '备注' })
  @Column({ type: 'varchar', length: GRID_NOTE_LENGTH })
  note: string;
}

/** A liaison (网格联系人) of a grid: a committee user holding GRID_LIAISON. */
@Entity()
@Index('uq_grid_liaison', ['gridId', 'userId'], { unique: true })
@Index('ix_grid_liaison_user', ['userId'])
export class GridLiaison extends GlobalEntity {
  @Column({ type: 'varchar', length: ID_LENGTH })
  gridId: string;

  @Column({ type: 'varchar', length: ID_LENGTH })
  userId: string;
}

/**
 * An agency's time in a grid. The current row has no end and carries the agency's id a second
 * time in `currentAgencyId`, which is unique: NULLs do not clash on either engine, so closed rows
 * pile up while no agency can be current in two grids at once.
 */
@ObjectType({ description: '网格调整记录' })
@Entity()
@Index('ix_grid_membership_grid', ['gridId', 'endsOn'])
@Index('ix_grid_membership_agency', ['agencyId', 'startsOn'])
@Index('uq_grid_membership_current', ['currentAgencyId'], { unique: true })
export class GridMembership extends GlobalEntity {
  @Field(() => ID, { description: '网格' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  gridId: string;

  @Field(() => ID, { description: '单位' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  agencyId: string;

  @Field(() => LocalDateScalar, { description: '加入日期' })
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '调出日期;现属网格为空' })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  currentAgencyId: string | null;
}
