import { refuse } from '@zeren/shared-errors';
import type { CriterionScore, SatisfactionCap, StarBand, StarQuota, StarScheme } from './star.entity';

export const MAX_STARS = 5;
const FULL = 100;

/** What a scheme must satisfy before it is saved; each refusal names its field. */
export function checkScheme(scheme: Pick<StarScheme, 'criteria' | 'bands' | 'satisfactionWeight' | 'satisfactionCaps' | 'quotas'>): void {
  const keys = scheme.criteria.map((c) => c.key.trim());
  if (keys.some((k) => !k) || scheme.criteria.some((c) => !c.name.trim())) refuse('criteria', '每项指标须有代码和名称');
  if (new Set(keys).size !== keys.length) refuse('criteria', '指标代码不能重复');
  const sum = scheme.criteria.reduce((n, c) => n + c.maxScore, 0);
  if (sum !== FULL) refuse('criteria', `各项指标分值合计应为 100 分,现为 ${sum} 分`);
  const bands = [...scheme.bands].sort((a, b) => a.minScore - b.minScore);
  if (!bands.length || bands[0].minScore !== 0) refuse('bands', '分数段应从 0 分起,覆盖 0–100 分');
  if (new Set(bands.map((b) => b.minScore)).size !== bands.length) refuse('bands', '分数段的最低分不能重复');
  if (bands.some((b, i) => i > 0 && b.stars <= bands[i - 1].stars)) refuse('bands', '分数越高星级应越高');
  if (bands.some((b) => b.minScore > FULL)) refuse('bands', '分数段的最低分不能超过 100 分');
  const levels = scheme.quotas.map((q) => q.stars);
  if (new Set(levels).size !== levels.length) refuse('quotas', '每个星级只能设置一个名额比例');
  const caps = scheme.satisfactionCaps.map((c) => c.below);
  if (new Set(caps).size !== caps.length) refuse('satisfactionCaps', '满意度封顶的分数不能重复');
}

/** The weighted total in tenths: the criteria's sum at (100 − w) %, satisfaction at w %. */
export function totalTenthsOf(scheme: Pick<StarScheme, 'satisfactionWeight'>, scores: readonly CriterionScore[], satisfaction: number | null): number {
  const criteria = scores.reduce((n, s) => n + (finalScore(s) ?? 0), 0);
  const w = scheme.satisfactionWeight;
  return Math.round((criteria * (FULL - w) + (satisfaction ?? 0) * w) / 10);
}

/** The score that counts: the 党委's when it changed one, else the branch's. */
export const finalScore = (s: CriterionScore): number | null => s.partyScore ?? s.selfScore;

export interface StarsFacts {
  totalTenths: number;
  satisfaction: number | null;
  innovationProject: string | null;
}

/** The band of the total, capped by satisfaction; 五星 only with an innovation project when the scheme says so. */
export function starsOf(scheme: Pick<StarScheme, 'bands' | 'satisfactionCaps' | 'fiveStarNeedsInnovation'>, facts: StarsFacts): number {
  const band = bandOf(scheme.bands, facts.totalTenths);
  const cap = capOf(scheme.satisfactionCaps, facts.satisfaction ?? 0);
  let stars = Math.min(band, cap ?? MAX_STARS);
  if (stars >= MAX_STARS && scheme.fiveStarNeedsInnovation && !facts.innovationProject?.trim()) stars = MAX_STARS - 1;
  return stars;
}

function bandOf(bands: readonly StarBand[], totalTenths: number): number {
  const reached = bands.filter((b) => b.minScore * 10 <= totalTenths).sort((a, b) => b.minScore - a.minScore);
  return reached[0]?.stars ?? 1;
}

/** The tightest cap that applies, or null. */
export function capOf(caps: readonly SatisfactionCap[], satisfaction: number): number | null {
  const applying = caps.filter((c) => satisfaction < c.below).map((c) => c.maxStars);
  return applying.length ? Math.min(...applying) : null;
}

/** How many of `rated` branches may hold a level under a quota: the percent, rounded down, at least one. */
export function quotaPlaces(quota: StarQuota, rated: number): number {
  return Math.max(1, Math.floor((quota.percent * rated) / FULL));
}

