import { createTestApi, type TestApi } from '@zeren/api/testing';
import { gridsModule } from './index';

/** The test API with the grids module. */
export function createGridsTestApi(): Promise<TestApi> {
  return createTestApi({ modules: [gridsModule] });
}
