import type { ModuleSeeder } from '@zeren/tenancy';
import { inspectionSeeder } from './inspection.seeder';
import { assessmentSeeder } from '../assessment/seed/assessment.seeder';
import { reviewSeeder } from '../review/review.seeder';

/**
 * The demo's supervision, part by part in the loop's order: inspections and rectifications first, then
 * 述职评议, then the assessment and 问责 that read both (in the finish step, after every agency).
 */
export function composeSeeders(parts: readonly ModuleSeeder[]): ModuleSeeder {
  return {
    async committee(context) {
      for (const part of parts) await part.committee?.(context);
    },
    async agency(context) {
      for (const part of parts) await part.agency?.(context);
    },
    async finish(context) {
      for (const part of parts) await part.finish?.(context);
    },
  };
}

/** Each part's seeder, in order; a part adds itself here. */
export const SUPERVISION_SEED_PARTS: ModuleSeeder[] = [inspectionSeeder, reviewSeeder, assessmentSeeder];

export const supervisionSeeder: ModuleSeeder = composeSeeders(SUPERVISION_SEED_PARTS);
