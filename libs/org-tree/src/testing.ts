import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { createTestApi, type TestApi } from '@zeren/auth/testing';
import { orgTreeEntities, orgTreeResolvers } from './index';
import { PostType } from './lib/post/post-type.entity';
import { POST_CATALOGUE } from './lib/post/post-type.catalogue';

/** The test API with this lib's entities and resolvers, and the post catalogue the migration would insert. */
export async function createOrgTreeTestApi(): Promise<TestApi> {
  const api = await createTestApi({ entities: orgTreeEntities, resolvers: orgTreeResolvers });
  await installPostCatalogue(api.dataSource);
  return api;
}

/** Schemas built from the entities (not the migrations) start without the catalogue rows. */
export async function installPostCatalogue(dataSource: DataSource): Promise<void> {
  await dataSource.manager.insert(PostType, POST_CATALOGUE);
}
