import { ConflictError, refuse } from '@zeren/shared-errors';
import { OrgUnit, PartyMember } from '@zeren/org-tree';
import { localYear } from '@zeren/shared-periods';
import { pageWithTotal, type TenantDb } from '@zeren/tenancy';
import { EntryStatus } from '../members.enums';
import { PointsEntry } from '../ledger/points-entry.entity';
import { RankingService } from '../ranking/ranking.service';
import { PointsArchiveRow, PointsYearArchive } from './points-archive.entity';

// Every member of the agency is in the archived ranking: one page as large as any agency.
const ALL = 1_000_000_000;

/**
 * 积分年度归档. The year is closed by writing its header row first: a ledger write of that year checks
 * for the header with a locking read (assertOpen), so on MariaDB either the write sees the header and
 * is refused, or the header waits for the write to commit and the archive, reading after it, counts it.
 */
export class ArchiveService {
  constructor(private readonly rankings: RankingService = new RankingService()) {}

  /** CONFLICT when the year of an entry about to be written or changed is archived. */
  async assertOpen(db: TenantDb, year: number): Promise<void> {
    const qb = db.repo(PointsYearArchive).queryBuilder('a').select('a.id').andWhere('a.year = :year', { year });
    // SQLite's TransactionGate runs one transaction at a time; MariaDB needs the read to wait for the archive.
    if (db.engine === 'mysql') qb.setLock('pessimistic_read');
    if (await qb.getRawOne()) throw new ConflictError(`${year}年度积分已归档,不能再申报、审核、申诉或冲正`);
  }

  /** Closes a past year of the agency (the whole agency's reach: its 党务管理员) and keeps its ranking. */
  async archive(db: TenantDb, userId: string, year: number): Promise<PointsYearArchive> {
    if (!Number.isInteger(year) || year < 2000) refuse('year', '请填写年度');
    if (year >= localYear()) throw new ConflictError(`${year}年度尚未结束,年度结束后才能归档`);
    await this.assertOpen(db, year);
    const archives = db.repo(PointsYearArchive);
    // The header first (see above); the unique index refuses a second archive racing this one.
    const header = await archives.insertOne({ year, archivedById: userId, archivedAt: new Date(), members: 0, participants: 0, totalTenths: 0 });
    const pending = await db.repo(PointsEntry).count({ year, status: EntryStatus.PENDING });
    if (pending) throw new ConflictError(`${year}年度尚有 ${pending} 条积分待审核,请审核完毕后再归档`);

    const ranking = await this.rankings.ranking(db, String(year), 0, ALL);
    const participation = await this.rankings.participation(db, String(year));
    const ids = new Set(ranking.items.map((r) => r.memberId));
    const names = new Map((await db.repo(PartyMember).find({ select: { id: true, name: true } })).filter((m) => ids.has(m.id)).map((m) => [m.id, m.name]));
    const units = new Map((await db.repo(OrgUnit).find({ select: { id: true, name: true } })).map((u) => [u.id, u.name]));
    const rows = ranking.items.map((r) => ({
      year,
      memberId: r.memberId,
      memberName: names.get(r.memberId) ?? '',
      branchId: r.branchId,
      branchName: units.get(r.branchId) ?? '',
      tenths: Math.round(r.points * 10),
      agencyRank: r.rank,
      branchRank: r.branchRank,
    }));
    await db.repo(PointsArchiveRow).insert(rows);
    const totals = { members: participation.members, participants: participation.participants, totalTenths: rows.reduce((sum, r) => sum + r.tenths, 0) };
    await archives.update({ id: header.id }, totals);
    return Object.assign(header, totals);
  }

  /** The agency's archived years, the latest first. */
  archives(db: TenantDb): Promise<PointsYearArchive[]> {
    return db.repo(PointsYearArchive).find({ order: { year: 'DESC' } });
  }

  /** A page of an archived year's ranking, as it stood. */
  rows(db: TenantDb, year: number, offset: number, limit: number): Promise<[PointsArchiveRow[], number]> {
    const qb = db.repo(PointsArchiveRow).queryBuilder('r').andWhere('r.year = :year', { year }).orderBy('r.agencyRank', 'ASC').addOrderBy('r.memberName', 'ASC').addOrderBy('r.id', 'ASC');
    return pageWithTotal(qb, offset, limit);
  }
}
