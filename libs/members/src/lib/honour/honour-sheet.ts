import { In } from 'typeorm';
import { OrgUnit, PartyMember } from '@zeren/org-tree';
import { assertExportable, localDateTime, sheetOf } from '@zeren/shared-office';
import { Tenant, type TenantDb } from '@zeren/tenancy';
import { HonourNomination, HonourRound } from './honour.entity';
import { HONOUR_CATEGORY_LABELS, NOMINATION_STATUS_LABELS } from './honour.enums';
import { NOMINATION_ORDER, nominationWhere } from './honour.service';
import type { NominationArgs } from './dto/honour.input';

const COLUMNS = [
  { header: '表彰评选', width: 36 },
  { header: '单位', width: 20 },
  { header: '类别', width: 16 },
  { header: '被提名党员', width: 12 },
  { header: '党组织', width: 24 },
  { header: '主要事迹', width: 48 },
  { header: '材料件数', width: 10 },
  { header: '状态', width: 10 },
  { header: '驳回理由', width: 30 },
  { header: '提名时间', width: 17 },
  { header: '审核时间', width: 17 },
] as const;

/** 表彰提名 as .xlsx, with the honourNominations filters: a fixed handful of statements however many rows. */
export async function nominationsSheet(db: TenantDb, filter: Omit<NominationArgs, 'offset' | 'limit'>): Promise<Buffer> {
  const where = nominationWhere(filter);
  assertExportable(await db.repo(HonourNomination).count(where), '表彰提名');
  const rows = await db.repo(HonourNomination).find({ where, order: NOMINATION_ORDER });
  const ids = (pick: (n: HonourNomination) => string | null) => [...new Set(rows.map(pick).filter((id): id is string => !!id))];
  const [rounds, tenants, members, units] = rows.length
    ? await Promise.all([
        db.reference(HonourRound).find({ where: { id: In(ids((n) => n.roundId)) }, select: { id: true, title: true } }),
        db.reference(Tenant).find({ where: { id: In(ids((n) => n.tenantId)) }, select: { id: true, name: true } }),
        db.repo(PartyMember).find({ where: { id: In(ids((n) => n.memberId)) }, select: { id: true, tenantId: true, name: true } as never }),
        db.repo(OrgUnit).find({ where: { id: In(ids((n) => n.unitId)) }, select: { id: true, tenantId: true, name: true } as never }),
      ])
    : [[], [], [], []];
  const named = <T extends { id: string }>(list: T[], value: (t: T) => string) => new Map(list.map((t) => [t.id, value(t)]));
  const roundOf = named(rounds, (r) => r.title);
  const tenantOf = named(tenants, (t) => t.name);
  const memberOf = named(members, (m) => m.name);
  const unitOf = named(units, (u) => u.name);
  return sheetOf(
    '表彰提名',
    COLUMNS,
    rows.map((n) => [
      roundOf.get(n.roundId) ?? '',
      tenantOf.get(n.tenantId) ?? '',
      HONOUR_CATEGORY_LABELS[n.category],
      n.memberId ? (memberOf.get(n.memberId) ?? '') : '',
      unitOf.get(n.unitId) ?? '',
      n.deeds,
      n.evidence.length,
      NOMINATION_STATUS_LABELS[n.status],
      n.rejectReason ?? '',
      localDateTime(n.createdAt),
      localDateTime(n.decidedAt),
    ]),
  );
}
