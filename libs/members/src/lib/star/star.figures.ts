import { MAX_STARS } from './star.rules';
import { StarMovement } from './star.enums';
import type { StarFigures, StarLevelCount } from './star-figures.type';
import type { StarRating } from './star.entity';

export const STAR_FIGURES_DEFINITION = '年度参评党支部按星级计数:已命名的按命名星级,未命名的按当前评定得分的星级;升降星与上年命名星级相比';

/** A rating's stars as they stand: the named stars once named, else the stars of its current scores. */
export const currentStars = (r: Pick<StarRating, 'namedStars' | 'stars'>): number => r.namedStars ?? r.stars;

export function movementOf(stars: number, previous: number | undefined): StarMovement {
  if (previous === undefined) return StarMovement.NEW;
  return stars > previous ? StarMovement.UP : stars < previous ? StarMovement.DOWN : StarMovement.SAME;
}

const levelsOf = (stars: readonly number[]): StarLevelCount[] =>
  Array.from({ length: MAX_STARS }, (_, i) => MAX_STARS - i).map((level) => ({ stars: level, count: stars.filter((s) => s === level).length }));

/** The figures from the year's rating rows and last year's named stars by branch. */
export function starFiguresOf(year: number, ratings: readonly StarRating[], previous: ReadonlyMap<string, number>): StarFigures {
  const moves = ratings.map((r) => movementOf(currentStars(r), previous.get(r.unitId)));
  const tenants = [...new Set(ratings.map((r) => r.tenantId))].sort();
  return {
    year,
    definition: STAR_FIGURES_DEFINITION,
    rated: ratings.length,
    named: ratings.filter((r) => r.namedStars !== null).length,
    levels: levelsOf(ratings.map(currentStars)),
    byAgency: tenants.map((tenantId) => {
      const own = ratings.filter((r) => r.tenantId === tenantId);
      return { tenantId, rated: own.length, levels: levelsOf(own.map(currentStars)) };
    }),
    up: moves.filter((m) => m === StarMovement.UP).length,
    down: moves.filter((m) => m === StarMovement.DOWN).length,
    same: moves.filter((m) => m === StarMovement.SAME).length,
    fresh: moves.filter((m) => m === StarMovement.NEW).length,
  };
}
