import { In } from 'typeorm';
import { checkIdNumber } from '@zeren/shared-rules';
import type { FieldIssue } from '@zeren/shared-errors';
import type { TenantDb } from '@zeren/tenancy';
import { OrgUnit } from '../org-unit/org-unit.entity';
import { GENDER_LABELS, Gender, MEMBER_STATUS_LABELS, PartyMember } from './party-member.entity';

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
  /** `namesakeWithoutNumber`: the record on the register has no number to tell the two apart. */
  by: 'idNumber' | 'namesake' | 'namesakeWithoutNumber';
  /** What a person reads: 「张三(第一党支部,在册)」. */
  who: string;
}

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
    issues.push({ field: 'gender', message: `性别与身份证号不一致(身份证号为${GENDER_LABELS[checked.gender as Gender]}性)` });
  }
  return { idNumber: checked.value, birthDate: given.birthDate || checked.birthDate, issues };
}

/**
 * Members of `tenantId` already on the register that the candidates would duplicate, by candidate
 * index. The same identity number is always the same person. The same name with the same birth
 * date or phone is taken for the same person unless both records carry a number (then the numbers
 * tell them apart): a number on one side only proves nothing, as every record kept before numbers
 * were recorded has none. Members outside the caller's data scope are not read here; the unique
 * index still refuses their identity numbers.
 */
export async function findDuplicates(db: TenantDb, tenantId: string, candidates: readonly Identity[], exceptId?: string): Promise<Map<number, Duplicate>> {
  const found = new Map<number, PartyMember>();
  const byId = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, i: number) => map.set(key, [...(map.get(key) ?? []), i]);
  candidates.forEach((c, i) => {
    if (c.idNumber) push(byId, c.idNumber, i);
    if (c.birthDate || c.phone) push(byName, c.name, i);
  });
  const repo = db.repo(PartyMember);
  // By number first: a number match is the surer reason, and the one reported.
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
        by: candidates[i].idNumber && existing.idNumber === candidates[i].idNumber ? 'idNumber' : existing.idNumber ? 'namesake' : 'namesakeWithoutNumber',
        who: `${existing.name}(${unitName.get(existing.unitId) ?? '—'},${MEMBER_STATUS_LABELS[existing.status]})`,
      },
    ]),
  );
}

/** The same name with the same birth date or phone, where the numbers (not both present) cannot tell them apart. */
export function isNamesake(a: Identity, b: Identity): boolean {
  if (a.name !== b.name || (a.idNumber && b.idNumber)) return false;
  return Boolean((a.birthDate && a.birthDate === b.birthDate) || (a.phone && a.phone === b.phone));
}

/** The message for one duplicate, on the field a person would correct. */
export function duplicateIssue(duplicate: Duplicate): FieldIssue {
  const { who } = duplicate;
  // Whole sentences, not pieces: each is one entry of the English catalogue.
  switch (duplicate.by) {
    case 'idNumber':
      return { field: 'idNumber', message: `身份证号已登记为党员 ${who}` };
    case 'namesake':
      return { field: 'name', message: `疑似重复:已有同名且出生日期或手机号相同的党员 ${who};如确为不同的人,请填写身份证号以区分` };
    case 'namesakeWithoutNumber':
      return { field: 'name', message: `疑似重复:已有同名且出生日期或手机号相同的党员 ${who},其未登记身份证号;如确为不同的人,请为两人都登记身份证号` };
  }
}
