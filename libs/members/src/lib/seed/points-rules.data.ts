import { PointsAwarder as A, PointsMode, PointsPeriod as P } from '../members.enums';
import type { RuleSpecFields } from '../rule/rule-spec';
import { PointsTrigger } from '../activity/activity.enums';

type RuleSeed = Omit<RuleSpecFields, 'year' | 'pointsTenths' | 'capTenths' | 'description' | 'mode'> & { points: number; cap: number | null; description?: string; mode?: PointsMode; autoTrigger?: PointsTrigger };

const rule = (category: string, name: string, points: number, cap: number | null, capPeriod: P | null, evidenceRequired: boolean, awarder: A, more: Partial<RuleSeed> = {}): RuleSeed => ({
  category,
  name,
  points,
  cap,
  capPeriod,
  evidenceRequired,
  awarder,
  ...more,
});

/** The committee's default rules (市直机关党员积分管理办法, as a demo would have it); the same each year. */
export const COMMITTEE_RULES: readonly RuleSeed[] = [
  rule('学习教育', '参加支部集中学习', 1, 4, P.MONTH, false, A.BOTH),
  rule('学习教育', '撰写学习心得体会', 0.5, 2, P.MONTH, true, A.BOTH),
  rule('学习教育', '讲授党课', 3, 6, P.YEAR, true, A.SECRETARY),
  rule('组织生活', '按时参加“三会一课”', 1, 6, P.QUARTER, false, A.BOTH),
  rule('组织生活', '参加主题党日活动', 1, 2, P.MONTH, true, A.BOTH),
  rule('志愿服务', '参加志愿服务活动', 2, 8, P.QUARTER, true, A.BOTH),
  rule('志愿服务', '结对帮扶困难群众', 3, 6, P.YEAR, true, A.SECRETARY),
  rule('岗位建功', '获得市级以上表彰', 5, null, null, true, A.SECRETARY),
  rule('岗位建功', '合理化建议被采纳', 2, 6, P.YEAR, true, A.SECRETARY),
  rule('违纪扣分', '无故缺席组织生活', -2, 6, P.YEAR, false, A.BOTH),
  rule('违纪扣分', '未按时交纳党费', -1, 3, P.YEAR, false, A.SECRETARY),
  // Automatic: awarded by runAutomaticPoints(month) from accepted fulfilment records (automatic/duty-points.service.ts).
  rule('岗位建功', '按时完成履责纪实', 1, 4, P.QUARTER, false, A.SECRETARY, { mode: PointsMode.AUTOMATIC, autoTrigger: PointsTrigger.DUTY_FULFILLED, description: '由履责纪实自动计分' }),
];

/** What a demo agency adds to them. */
export const AGENCY_RULES: readonly RuleSeed[] = [
  rule('岗位建功', '参加业务技能竞赛获奖', 2, 4, P.YEAR, true, A.SECRETARY),
  rule('学习教育', '参加“书香机关”读书活动', 1, 3, P.QUARTER, false, A.BOTH),
];

export const REJECT_REASON = '该次学习未见签到记录,请说明情况';
/** The rules the demo accounts' entries are under (no evidence asked, so the seed cites none). */
export const STUDY = '参加支部集中学习';
export const MEETINGS = '按时参加“三会一课”';
export const READING = '参加“书香机关”读书活动';
export const DEMO_NOTE = '按要求参加并完成';
