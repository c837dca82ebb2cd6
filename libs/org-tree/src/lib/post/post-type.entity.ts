import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrgUnitKind } from '../org-unit/org-unit-kind.enum';

export enum PostClass {
  ORGANIZATION = 'ORGANIZATION',
  INDIVIDUAL = 'INDIVIDUAL',
}
registerEnumType(PostClass, {
  name: 'PostClass',
  description: '岗位类别(两类)',
  valuesConfig: { ORGANIZATION: { description: '组织' }, INDIVIDUAL: { description: '个人' } },
});

export enum CadreKind {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
}
registerEnumType(CadreKind, {
  name: 'CadreKind',
  description: '党务干部类别',
  valuesConfig: { FULL_TIME: { description: '专职' }, PART_TIME: { description: '兼职' } },
});

/**
 * The post catalogue (九岗 and the other posts). Reference data shared by every tenant, like the
 * tenant register: no tenant owns it, the committee edits it, a sharded deployment replicates it.
 */
@ObjectType({ description: '岗位类型' })
@Entity()
export class PostType {
  @Field(() => ID, { description: '岗位代码' })
  @PrimaryColumn({ type: 'varchar', length: 48 })
  code: string;

  @Field({ description: '岗位名称' })
  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Field(() => PostClass)
  @Column({ type: 'varchar', length: 16 })
  postClass: PostClass;

  @Field({ description: '是否属于“三级两类九岗”' })
  @Column({ type: 'boolean' })
  ninePost: boolean;

  @Field({ description: '能否任命到人(组织类岗位和“党员”不能)' })
  @Column({ type: 'boolean' })
  assignable: boolean;

  @Field({ description: '是否为该组织的书记' })
  @Column({ type: 'boolean' })
  secretary: boolean;

  @Field(() => CadreKind, { nullable: true, description: '计入专兼职党务干部的类别' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  cadre: CadreKind | null;

  @Field(() => [OrgUnitKind], { nullable: true, description: '可任职的党组织类型;为空表示不限' })
  @Column({ type: 'simple-array', nullable: true })
  unitKinds: OrgUnitKind[] | null;

  @Field({ description: '只能由正式党员担任(选举产生的委员会岗位;预备党员没有选举权和被选举权)' })
  @Column({ type: 'boolean', default: false })
  fullMembersOnly: boolean;

  @Field({ description: '任职党员须属本组织或其下级组织' })
  @Column({ type: 'boolean', default: false })
  holderWithinUnit: boolean;

  @Field(() => Int)
  @Column({ type: 'int' })
  sortOrder: number;
}
