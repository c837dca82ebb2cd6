import { In } from 'typeorm';
import { checkIdNumber } from '@zeren/shared-rules';
import type { FieldIssue } from '@zeren/shared-errors';
import type { TenantDb } from '@zeren/tenancy';
import { OrgUnit } from '../org-unit/org-unit.entity';
import { Gender, MemberStatus, PartyMember } from './party-member.entity';

/** What tells one person from another: the identity number, else name with birth date or phone. */
export interface Identity {
  name: string;
  idNumber: string | null;
  birthDate: string | null;
  phone: string | null;
}

/** A candidate that names a member already on the register, and why it is taken for the same person. */
export interface Duplicate {
  existing: PartyMember;
  by: 'idNumber' | 'namesake';
  /** What a person reads: 「张三(第一党支部,在册)」. */
  who: string;
}

const STATUS_LABELS: Record<MemberStatus, string> = { ACTIVE: '在册', TRANSFERRED_OUT: '已转出', DECEASED: '已故' };
const GENDER_LABELS: Record<Gender, string> = { MALE: '男', FEMALE: '女' };
/** Rows compared per statement: IN lists stay small on both engines. */
const CHUNK = 500;

/**
 * The identity number as stored, or the reasons it is refused: a bad checksum or shape, or a birth date
 * or gender the number contradicts. A missing birth date is taken from the number.
 */
export function readIdNumber(
  raw: string | null | undefined,
  given: { birthDate: string | null | undefined; gender: Gender | undefined },
): { idNumber: string | null; birthDate: string | null | undefined; issues: { field: 'idNumber' | 'birthDate' | 'gender'; message: string }[] } {
  if (!raw) return { idNumber: null, birthDate: given.birthDate, issues: [] };
  const checked = checkIdNumber(raw);
  if (!checked.ok) return { idNumber: null, birthDate: given.birthDate, issues: [{ field: 'idNumber', message: checked.message }] };
  const issues: { field: 'birthDate' | 'gender'; message: string }[] = [];
  if (given.birthDate && given.birthDate !== checked.birthDate) {
    issues.push({ field: 'birthDate', message: `出生日期与身份证号不一致(身份证号为 ${checked.birthDate})` });
  }
  if (given.gender && given.gender !== checked.gender) {
    issues.push({ field: 'gender', message: `性别与身份证号不一致(身份证号为${GENDER_LABELS[checked.gender]}性)` });
  }
  return { idNumber: checked.value, birthDate: given.birthDate || checked.birthDate, issues };
}

/**
 * Members of `tenantId` already on the register that the candidates would duplicate, by candidate
 * index. The same identity number is always the same person; a candidate without one who has the
 * name and the birth date or phone of a member is taken for that member (two people who share both
 * are told apart by entering the number). Members outside the caller's data scope are not read here; the
 * unique index still refuses their identity numbers.
 */
export async function findDuplicates(db: TenantDb, tenantId: string, candidates: readonly Identity[], exceptId?: string): Promise<Map<number, Duplicate>> {
  const found = new Map<number, PartyMember>();
  const byId = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    const push = (map: Map<string, number[]>, key: string) => map.set(key, [...(map.get(key) ?? []), i]);
    if (c.idNumber) push(byId, c.idNumber);
    else if (c.birthDate || c.phone) push(byName, c.name);
  });
  const repo = db.repo(PartyMember);
  for (const [column, keys] of [['idNumber', [...byId.keys()]], ['name', [...byName.keys()]]] as const) {
    for (let at = 0; at < keys.length; at += CHUNK) {
      const rows = await repo.find({ where: { tenantId, [column]: In(keys.slice(at, at + CHUNK)) } });
      for (const row of rows) {
        if (row.id === exceptId) continue;
        const indexes = column === 'idNumber' ? (byId.get(row.idNumber!) ?? []) : (byName.get(row.name) ?? []);
        for (const i of indexes) {
          if (found.has(i) || (column === 'name' && !isNamesake(candidates[i], row))) continue;
          found.set(i, row);
        }
      }
    }
  }
  if (found.size === 0) return new Map();
  const units = await db.repo(OrgUnit).find({ where: { tenantId, id: In([...new Set([...found.values()].map((m) => m.unitId))]) } });
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return new Map(
    [...found].map(([i, existing]) => [
      i,
      {
        existing,
        by: candidates[i].idNumber && existing.idNumber === candidates[i].idNumber ? 'idNumber' : 'namesake',
        who: `${existing.name}(${unitName.get(existing.unitId) ?? '—'},${STATUS_LABELS[existing.status]})`,
      },
    ]),
  );
}

/** Only for a candidate without a number: one who gives it is told apart by it. */
function isNamesake(candidate: Identity, member: PartyMember): boolean {
  return Boolean((candidate.birthDate && candidate.birthDate === member.birthDate) || (candidate.phone && candidate.phone === member.phone));
}

/** The message for one duplicate, on the field a person would correct. */
export function duplicateIssue(duplicate: Duplicate, field = 'idNumber'): FieldIssue {
  return duplicate.by === 'idNumber'
    ? { field, message: `身份证号已登记为党员 ${duplicate.who}` }
    : { field: 'name', message: `疑似重复:已有同名且出生日期或手机号相同的党员 ${duplicate.who};如确为不同的人,请填写身份证号以区分` };
}
