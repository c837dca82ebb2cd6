import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@zeren/shared-graphql';
import { ID_LENGTH, TenantOwnedEntity } from '@zeren/tenancy';
import { MAX_DEPTH, OrgUnitKind } from './org-unit-kind.enum';

/** `/rootId/childId/…/ownId/`: a subtree is one prefix range on (tenant_id, path). */
export const PATH_LENGTH = (MAX_DEPTH + 1) * (ID_LENGTH + 1) + 1;

@ObjectType({ description: '党组织' })
@Entity()
@Index('uq_org_unit_tenant_code', ['tenantId', 'code'], { unique: true })
@Index('ix_org_unit_tenant_parent', ['tenantId', 'parentId', 'sortOrder'])
@Index('ix_org_unit_tenant_path', ['tenantId', 'path'])
@Index('ix_org_unit_tenant_kind', ['tenantId', 'kind'])
export class OrgUnit extends TenantOwnedEntity {
  @Field(() => OrgUnitKind)
  @Column({ type: 'varchar', length: 32 })
  kind: OrgUnitKind;

  @Field({ description: '名称' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field({ description: '组织代码,单位内唯一' })
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Field(() => ID, { nullable: true, description: '上级党组织;顶层为空' })
  @Column({ type: 'varchar', length: ID_LENGTH, nullable: true })
  parentId: string | null;

  // Internal: clients walk the tree with parent/children/ancestors.
  @Column({ type: 'varchar', length: PATH_LENGTH })
  path: string;

  @Field(() => Int, { description: '层级,顶层为 0' })
  @Column({ type: 'int' })
  depth: number;

  @Field(() => Int, { description: '同级排序' })
  @Column({ type: 'int' })
  sortOrder: number;

  @Field(() => LocalDateScalar, { nullable: true, description: '成立日期' })
  @Column({ type: 'date', nullable: true })
  establishedOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '撤销日期;为空表示现存' })
  @Column({ type: 'date', nullable: true })
  dissolvedOn: string | null;

  @Field(() => String, { nullable: true, description: '行动支部依托的工作专班或重大项目' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  taskForce: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '行动支部开始日期' })
  @Column({ type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '行动支部结束日期' })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;
}

/**
 * A subtree as a range on (tenant_id, path): `/a/b/` ≤ path < `/a/b0`, since '0' sorts right after '/'.
 * Both engines serve it from the index; SQLite does not for `LIKE 'prefix%'` under binary collation.
 */
export function subtreeRange(path: string): { from: string; to: string } {
  return { from: path, to: `${path.slice(0, -1)}0` };
}

/** The ids above a unit, from the top of its tree down to its parent, read off its path. */
export function ancestorIds(unit: Pick<OrgUnit, 'id' | 'path'>): string[] {
  return unit.path.split('/').filter((s) => s && s !== unit.id);
}

/** A WHERE condition and its parameters for units (under `alias`) in `unit`'s subtree, itself included. */
export function inSubtree(alias: string, unit: Pick<OrgUnit, 'tenantId' | 'path'>): [string, Record<string, string>] {
  const { from, to } = subtreeRange(unit.path);
  return [`${alias}.tenantId = :subtreeTenant AND ${alias}.path >= :subtreeFrom AND ${alias}.path < :subtreeTo`, { subtreeTenant: unit.tenantId, subtreeFrom: from, subtreeTo: to }];
}
