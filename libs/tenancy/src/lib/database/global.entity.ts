import { Column, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { ID_LENGTH } from './ids';

/**
 * A row that belongs to no tenant (the committee's templates, documents, key points, tasks): its id
 * and timestamps, which its writer sets. Declared `globalTable(...)` beside the entity to say who
 * writes it. Unreferenced itself, it is not in the schema.
 */
@ObjectType()
export abstract class GlobalEntity {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Field(() => Date)
  @Column({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date)
  @Column({ type: 'datetime' })
  updatedAt: Date;
}
