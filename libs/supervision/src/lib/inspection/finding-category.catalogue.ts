import type { TenantDb } from '@zeren/tenancy';
import { newId } from '@zeren/tenancy';
import { FindingCategory } from './inspection.entity';

/** The problems the brief names, as a new database starts with them; the committee adds and retires its own. */
export const FINDING_CATEGORIES: readonly { name: string; description: string }[] = [
  { name: '灯下黑', description: '机关党建工作自身标准不高、要求不严,对身边的问题视而不见' },
  { name: '两张皮', description: '党建与业务工作脱节,党建工作没有融入中心工作' },
  { name: '同质化', description: '党建工作照搬照抄、千篇一律,缺少结合本单位实际的特色和创新' },
  { name: '主体责任履行不到位', description: '党组(党委)书记第一责任人、班子成员"一岗双责"履行不力' },
  { name: '其他', description: '以上类别以外的问题' },
];

/** Inserts the catalogue's categories a database lacks (schemas built from the entities start empty). */
export async function ensureFindingCategories(db: TenantDb): Promise<void> {
  const repo = db.reference(FindingCategory);
  const have = new Set((await repo.find({ select: { name: true } })).map((c) => c.name));
  const now = new Date();
  const missing = FINDING_CATEGORIES.map((c, i) => ({ ...c, position: i + 1 })).filter((c) => !have.has(c.name));
  if (missing.length) await db.register(FindingCategory).insert(missing.map((c) => ({ id: newId(), ...c, retired: false, createdAt: now, updatedAt: now })));
}
