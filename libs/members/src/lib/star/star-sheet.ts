import { OrgUnit, namesOf } from '@zeren/org-tree';
import { assertExportable, sheetOf } from '@zeren/shared-office';
import { tenantNamesOf, type TenantDb } from '@zeren/tenancy';
import { StarRating } from './star.entity';
import { STAR_MOVEMENT_LABELS, STAR_RATING_STATUS_LABELS } from './star.enums';
import { RATING_ORDER, namedStarsOf, ratingWhere } from './star.service';
import { currentStars, movementOf } from './star.figures';
import type { StarRatingArgs } from './dto/star.input';

const COLUMNS = [
  { header: '单位', width: 20 },
  { header: '党支部', width: 24 },
  { header: '总分', width: 8 },
  { header: '群众满意度', width: 10 },
  { header: '星级', width: 8 },
  { header: '上年星级', width: 8 },
  { header: '变化', width: 10 },
  { header: '创新项目', width: 30 },
  { header: '状态', width: 12 },
  { header: '公示截止', width: 12 },
  { header: '命名日期', width: 12 },
] as const;

/** A year's star ratings as .xlsx, with the starRatings filters: a fixed handful of statements however many rows. */
export async function ratingsSheet(db: TenantDb, filter: Omit<StarRatingArgs, 'offset' | 'limit'>): Promise<Buffer> {
  const where = ratingWhere(filter);
  assertExportable(await db.repo(StarRating).count(where), '星级评定');
  const rows = await db.repo(StarRating).find({ where, order: RATING_ORDER });
  const unitIds = [...new Set(rows.map((r) => r.unitId))];
  const [tenantOf, unitOf, previous] = await Promise.all([
    tenantNamesOf(db, rows.map((r) => r.tenantId)),
    namesOf(db, OrgUnit, unitIds),
    unitIds.length ? namedStarsOf(db, unitIds, filter.year - 1) : new Map<string, number>(),
  ]);
  return sheetOf(
    '星级评定',
    COLUMNS,
    rows.map((r) => [
      tenantOf.get(r.tenantId) ?? '',
      unitOf.get(r.unitId) ?? '',
      r.totalTenths / 10,
      r.satisfaction ?? '',
      currentStars(r),
      previous.get(r.unitId) ?? '',
      STAR_MOVEMENT_LABELS[movementOf(currentStars(r), previous.get(r.unitId))],
      r.innovationProject ?? '',
      STAR_RATING_STATUS_LABELS[r.status],
      r.publicizedUntil ?? '',
      r.namedOn ?? '',
    ]),
  );
}
