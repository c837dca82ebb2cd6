import 'reflect-metadata';
import { createTestApi, type TestApi } from '@zeren/api/testing';
import { filesModule } from '@zeren/files';
import { installPostCatalogue } from '@zeren/org-tree/testing';
import { orgTreeModule } from '@zeren/org-tree';
import { responsibilityModule } from '@zeren/responsibility';
import { workModule } from '@zeren/work';
import { Scope, TenantDb } from '@zeren/tenancy';
import { supervisionModule } from './index';
import { ensureFindingCategories } from './lib/inspection/finding-category.catalogue';

/** The test API with the modules supervision reads from, the post catalogue and the finding categories the migrations would insert. */
export async function createSupervisionTestApi(): Promise<TestApi> {
  const api = await createTestApi({ modules: [filesModule, orgTreeModule, responsibilityModule, workModule, supervisionModule] });
  await installPostCatalogue(api.dataSource);
  await ensureFindingCategories(new TenantDb(api.dataSource, Scope.system('test fixture')));
  return api;
}
