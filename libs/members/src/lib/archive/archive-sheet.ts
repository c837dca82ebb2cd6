import { assertExportable, localDateTime, sheetOf } from '@zeren/shared-office';
import type { TenantDb } from '@zeren/tenancy';
import { NotFoundError } from '@zeren/shared-errors';
import { fromTenths } from '../points';
import { PointsArchiveRow, PointsYearArchive } from './points-archive.entity';

const COLUMNS = [
  { header: '单位名次', width: 10 },
  { header: '党员', width: 14 },
  { header: '所在支部', width: 28 },
  { header: '支部内名次', width: 12 },
  { header: '全年积分', width: 12, numFmt: '0.0' },
] as const;

/** An archived year's ranking as .xlsx, with the archive's date in the sheet's name: three statements. */
export async function archiveSheet(db: TenantDb, year: number): Promise<Buffer> {
  const archive = await db.repo(PointsYearArchive).findOne({ year });
  if (!archive) throw new NotFoundError(`${year}年度积分归档`);
  assertExportable(archive.members, '归档积分');
  const rows = await db.repo(PointsArchiveRow).find({ where: { year }, order: { agencyRank: 'ASC', memberName: 'ASC', id: 'ASC' } });
  return sheetOf(
    `${year}年度积分(${localDateTime(archive.archivedAt).slice(0, 10)}归档)`,
    COLUMNS,
    rows.map((r) => [r.agencyRank, r.memberName, r.branchName, r.branchRank, fromTenths(r.tenths)]),
  );
}
