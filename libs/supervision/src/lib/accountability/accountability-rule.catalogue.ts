import { newId, type TenantDb } from '@zeren/tenancy';
import { AssessmentGrade } from '../assessment/assessment.enums';
import { AccountabilityRule } from './accountability-rule.entity';
import { MeasureKind, RuleTrigger } from './accountability.enums';

/** The rules a new database starts with (the brief's 约谈提醒、限期整改、取消评先); the committee edits and retires its own. */
export const ACCOUNTABILITY_RULES: readonly Pick<AccountabilityRule, 'kind' | 'trigger' | 'grade' | 'threshold' | 'description'>[] = [
  { kind: MeasureKind.INTERVIEW, trigger: RuleTrigger.GRADE_AT_MOST, grade: AssessmentGrade.POOR, threshold: null, description: '考核等次为“差”的,约谈提醒' },
  { kind: MeasureKind.RECTIFY_BY_DEADLINE, trigger: RuleTrigger.OVERDUE_MARKS_AT_LEAST, grade: null, threshold: 900, description: '履责逾期标记达到 900 个的,限期整改' },
  { kind: MeasureKind.RECTIFY_BY_DEADLINE, trigger: RuleTrigger.OPEN_RECTIFICATIONS_AT_LEAST, grade: null, threshold: 2, description: '督查整改未销号达到 2 项的,限期整改' },
  { kind: MeasureKind.DISQUALIFY, trigger: RuleTrigger.GRADE_AT_MOST, grade: AssessmentGrade.POOR, threshold: null, description: '考核等次为“差”的,取消综合考核评先资格' },
  { kind: MeasureKind.DISQUALIFY, trigger: RuleTrigger.RANK_IN_BOTTOM, grade: null, threshold: 6, description: '考核排名末位 6 名(含并列)的,取消综合考核评先资格' },
];

/** Inserts the default rules into a database that has none (schemas built from the entities start empty). */
export async function ensureAccountabilityRules(db: TenantDb): Promise<void> {
  if ((await db.reference(AccountabilityRule).count()) > 0) return;
  const now = new Date();
  await db.register(AccountabilityRule).insert(ACCOUNTABILITY_RULES.map((r, i) => ({ id: newId(), ...r, position: i + 1, active: true, createdAt: now, updatedAt: now })));
}
