import { In } from 'typeorm';
import { OrgUnit } from '@zeren/org-tree';
import { assertExportable, sheetOf } from '@zeren/shared-office';
import { Tenant, type TenantDb } from '@zeren/tenancy';
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
  const ids = (pick: (r: StarRating) => string) => [...new Set(rows.map(pick))];
  const [tenants, units, previous] = rows.length
    ? await Promise.all([
        db.reference(Tenant).find({ where: { id: In(ids((r) => r.tenantId)) }, select: { id: true, name: true } }),
        db.repo(OrgUnit).find({ where: { id: In(ids((r) => r.unitId)) }, select: { id: true, tenantId: true, name: true } as never }),
        namedStarsOf(db, ids((r) => r.unitId), filter.year - 1),
      ])
    : [[], [], new Map<string, number>()];
  const tenantOf = new Map(tenants.map((t) => [t.id, t.name]));
  const unitOf = new Map(units.map((u) => [u.id, u.name]));
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
