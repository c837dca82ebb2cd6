import { OrgUnit, PartyMember, namesOf } from '@zeren/org-tree';
import { assertExportable, localDateTime, sheetOf } from '@zeren/shared-office';
import type { TenantDb } from '@zeren/tenancy';
import { ENTRY_ORIGIN_LABELS, ENTRY_STATUS_LABELS } from '../members.enums';
import { fromTenths } from '../points';
import { entrySearch, type EntryFilter } from './entry-search';

const COLUMNS = [
  { header: '党员', width: 12 },
  { header: '党组织', width: 24 },
  { header: '类别', width: 12 },
  { header: '积分规则', width: 30 },
  { header: '分值', width: 8, numFmt: '0.0' },
  { header: '发生日期', width: 12 },
  { header: '来源', width: 10 },
  { header: '状态', width: 10 },
  { header: '事由', width: 40 },
  { header: '驳回理由', width: 30 },
  { header: '申诉理由', width: 30 },
  { header: '审核时间', width: 17 },
] as const;

/** 积分台账 as .xlsx, with the pointsEntries filters and the caller's data scope: a fixed handful of statements. */
export async function ledgerSheet(db: TenantDb, filter: EntryFilter): Promise<Buffer> {
  const qb = await entrySearch(db, filter);
  assertExportable(await qb.getCount(), '积分');
  const rows = await qb.getMany();
  const [memberOf, unitOf] = await Promise.all([namesOf(db, PartyMember, rows.map((e) => e.memberId)), namesOf(db, OrgUnit, rows.map((e) => e.unitId))]);
  return sheetOf(
    '积分台账',
    COLUMNS,
    rows.map((e) => [
      memberOf.get(e.memberId) ?? '',
      unitOf.get(e.unitId) ?? '',
      e.category,
      e.ruleName,
      fromTenths(e.pointsTenths),
      e.occurredOn,
      ENTRY_ORIGIN_LABELS[e.origin],
      ENTRY_STATUS_LABELS[e.status],
      e.note,
      e.rejectReason ?? '',
      e.appealReason ?? '',
      localDateTime(e.decidedAt),
    ]),
  );
}
