import { Column, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { ID_LENGTH } from './ids';

/**
 * Every row that belongs to a tenant extends this. The scoped layer stamps `tenantId`, `id` and the
 * timestamps; nothing else writes them. Its fields are inherited by each subclass's GraphQL type. Each subclass declares its own indexes with `tenantId` first.
 */
// type-graphql 2 inherits fields only from a decorated base; unreferenced, it is not in the schema.
@ObjectType()
export abstract class TenantOwnedEntity {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Field(() => ID, { description: '所属单位' })
  @Column({ type: 'varchar', length: ID_LENGTH })
  tenantId: string;

  @Field(() => Date)
  @Column({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date)
  @Column({ type: 'datetime' })
  updatedAt: Date;
}
