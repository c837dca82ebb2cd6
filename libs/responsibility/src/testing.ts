import 'reflect-metadata';
import { createTestApi, type TestApi } from '@zeren/api/testing';
import { filesModule } from '@zeren/files';
import { installPostCatalogue } from '@zeren/org-tree/testing';
import { orgTreeModule } from '@zeren/org-tree';
import { responsibilityModule } from './index';

/** The test API with files, the org tree and this lib, and the post catalogue the migrations would insert. */
export async function createDutyTestApi(): Promise<TestApi> {
  const api = await createTestApi({ modules: [filesModule, orgTreeModule, responsibilityModule] });
  await installPostCatalogue(api.dataSource);
  return api;
}

export { insertFile } from '@zeren/files/testing';
