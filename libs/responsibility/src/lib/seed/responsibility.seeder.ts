import type { ModuleSeeder } from '@zeren/tenancy';

/** The demo's templates, lists and fulfilment records (written in a later commit of this issue). */
export const responsibilitySeeder: ModuleSeeder = {};
