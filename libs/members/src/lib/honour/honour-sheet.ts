import { In } from 'typeorm';
import { OrgUnit, PartyMember, namesOf } from '@zeren/org-tree';
import { assertExportable, localDateTime, sheetOf } from '@zeren/shared-office';
import { tenantNamesOf, type TenantDb } from '@zeren/tenancy';
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
  const roundIds = [...new Set(rows.map((n) => n.roundId))];
  const [rounds, tenantOf, memberOf, unitOf] = await Promise.all([
    roundIds.length ? db.reference(HonourRound).find({ where: { id: In(roundIds) }, select: { id: true, title: true } }) : [],
    tenantNamesOf(db, rows.map((n) => n.tenantId)),
    namesOf(db, PartyMember, rows.map((n) => n.memberId)),
    namesOf(db, OrgUnit, rows.map((n) => n.unitId)),
  ]);
  const roundOf = new Map(rounds.map((r) => [r.id, r.title]));
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
