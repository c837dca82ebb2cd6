import 'reflect-metadata';
import { createTestApi, type TestApi } from '@zeren/api/testing';
import { filesModule } from '@zeren/files';
import { installPostCatalogue } from '@zeren/org-tree/testing';
import { orgTreeModule } from '@zeren/org-tree';
import { membersModule } from './index';

/** The test API with files, the org tree and this lib, and the post catalogue the migrations would insert. */
export async function createMembersTestApi(): Promise<TestApi> {
  const api = await createTestApi({ modules: [filesModule, orgTreeModule, membersModule] });
  await installPostCatalogue(api.dataSource);
  return api;
}
