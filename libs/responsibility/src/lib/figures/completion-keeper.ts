import type { TenantDb } from '@zeren/tenancy';
import { FulfilmentRecord, RecordStatus } from '../fulfilment/fulfilment-record.entity';
import { DutyCompletion } from './duty-completion.entity';

interface Counts {
  done: number;
  late: number;
  accepted: number;
  returned: number;
}

/**
 * Recounts one duty-period's summary row of the writing agency from its current records, in the
 * transaction of the write that changed them. The row is locked first, so two records submitted at
 * once are both counted (MySQL runs these transactions READ COMMITTED). One duty-period's records
 * are one agency's subjects of one duty: a bounded, indexed count.
 */
export async function recountCompletion(db: TenantDb, of: { templateId: string; dutyId: string; periodKey: string }): Promise<void> {
  const key = { templateId: of.templateId, dutyId: of.dutyId, periodKey: of.periodKey };
  const whole = db.wholeAgency();
  const repo = whole.repo(DutyCompletion);
  const existing = await repo.findOne(key);
  if (existing) await repo.lockForUpdate(existing.id);
  const counts = await countRecords(whole, key);
  if (existing) await repo.update({ id: existing.id }, counts);
  else await repo.insert({ ...key, ...counts });
}

async function countRecords(db: TenantDb, key: { templateId: string; dutyId: string; periodKey: string }): Promise<Counts> {
  const raw = await db
    .repo(FulfilmentRecord)
    .queryBuilder('r')
    .select(`SUM(CASE WHEN r.status <> :returned THEN 1 ELSE 0 END)`, 'done')
    .addSelect(`SUM(CASE WHEN r.status <> :returned AND r.late = :yes THEN 1 ELSE 0 END)`, 'late')
    .addSelect(`SUM(CASE WHEN r.status = :accepted THEN 1 ELSE 0 END)`, 'accepted')
    .addSelect(`SUM(CASE WHEN r.status = :returned THEN 1 ELSE 0 END)`, 'returned')
    .andWhere('r.templateId = :templateId AND r.dutyId = :dutyId AND r.periodKey = :periodKey AND r.current = :yes', {
      ...key,
      yes: true,
      returned: RecordStatus.RETURNED,
      accepted: RecordStatus.ACCEPTED,
    })
    .getRawOne<Record<keyof Counts, string | number | null>>();
  const n = (v: string | number | null | undefined) => Number(v ?? 0);
  return { done: n(raw?.done), late: n(raw?.late), accepted: n(raw?.accepted), returned: n(raw?.returned) };
}

/**
 * Rebuilds the writing agency's summary rows of a template from its records (a repair command, and
 * the reference a test holds the maintained rows to). Returns the rows as rebuilt.
 */
export async function rebuildCompletion(db: TenantDb, templateId: string): Promise<DutyCompletion[]> {
  const whole = db.wholeAgency();
  const keys = await whole
    .repo(FulfilmentRecord)
    .queryBuilder('r')
    .select('r.dutyId', 'dutyId')
    .addSelect('r.periodKey', 'periodKey')
    .andWhere('r.templateId = :templateId', { templateId })
    .groupBy('r.dutyId')
    .addGroupBy('r.periodKey')
    .getRawMany<{ dutyId: string; periodKey: string }>();
  await whole.repo(DutyCompletion).delete({ templateId });
  const rows = [];
  for (const { dutyId, periodKey } of keys) rows.push({ templateId, dutyId, periodKey, ...(await countRecords(whole, { templateId, dutyId, periodKey })) });
  return whole.repo(DutyCompletion).insert(rows);
}
