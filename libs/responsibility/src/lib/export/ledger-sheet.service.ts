import { In } from 'typeorm';
import { OrgUnit, PartyMember } from '@zeren/org-tree';
import { MAX_EXPORT_ROWS, assertExportable, localDateTime, sheetOf } from '@zeren/shared-office';
import { Tenant, type TenantDb } from '@zeren/tenancy';
import { DutyItem } from '../template/duty-item.entity';
import { AgencyDutyItem } from '../list/agency-duty-item.entity';
import { RECORD_STATUS_LABELS } from '../fulfilment/fulfilment-record.entity';
import { ledgerDb, recordSearch, type RecordFilter } from './record-search';

export const MAX_LEDGER_ROWS = MAX_EXPORT_ROWS;

const COLUMNS = [
  { header: '单位', width: 20 },
  { header: '责任事项', width: 28 },
  { header: '周期', width: 10 },
  { header: '党组织', width: 20 },
  { header: '党员', width: 10 },
  { header: '状态', width: 8 },
  { header: '逾期完成', width: 8 },
  { header: '提交时间', width: 17 },
  { header: '审核时间', width: 17 },
  { header: '审核意见', width: 30 },
  { header: '印证资料件数', width: 12 },
] as const;

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/** 履责纪实台账 as .xlsx: the rows the fulfilmentRecords query finds with the same filters, all of them. */
export class LedgerSheetService {
  async export(db: TenantDb, filter: RecordFilter): Promise<Buffer> {
    const qb = await recordSearch(db, filter);
    const total = await qb.getCount();
    assertExportable(total, '纪实');
    const records = await qb.getMany();
    const scoped = ledgerDb(db, filter.tenantId);
    const ids = (pick: (r: (typeof records)[number]) => string | null) => [...new Set(records.map(pick).filter((id): id is string => !!id))];
    const dutyIds = ids((r) => r.dutyId);
    const [items, own, units, members, tenants] = await Promise.all([
      dutyIds.length ? scoped.reference(DutyItem).find({ where: { id: In(dutyIds) }, select: { id: true, title: true } }) : [],
      dutyIds.length ? scoped.repo(AgencyDutyItem).find({ where: { id: In(dutyIds) }, select: { id: true, title: true } }) : [],
      records.length ? scoped.repo(OrgUnit).find({ where: { id: In(ids((r) => r.unitId)) } }) : [],
      ids((r) => r.memberId).length ? scoped.repo(PartyMember).find({ where: { id: In(ids((r) => r.memberId)) } }) : [],
      records.length ? scoped.reference(Tenant).find({ where: { id: In(ids((r) => r.tenantId)) } }) : [],
    ]);
    const duties = byId<{ id: string; title: string }>([...items, ...own]);
    const [unitOf, memberOf, tenantOf] = [byId(units), byId(members), byId(tenants)];
    return sheetOf(
      '履责纪实台账',
      COLUMNS,
      records.map((r) => [
        tenantOf.get(r.tenantId)?.name ?? '',
        duties.get(r.dutyId)?.title ?? '',
        r.periodKey,
        unitOf.get(r.unitId)?.name ?? '',
        r.memberId ? (memberOf.get(r.memberId)?.name ?? '') : '',
        RECORD_STATUS_LABELS[r.status],
        r.late ? '是' : '否',
        localDateTime(r.submittedAt),
        localDateTime(r.reviewedAt),
        r.reviewComment ?? '',
        r.evidence.length,
      ]),
    );
  }
}
