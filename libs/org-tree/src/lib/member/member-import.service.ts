import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { LIMITS, PHONE, idNumberCheckChar } from '@zeren/shared-rules';
import { In, IsNull } from 'typeorm';
import { BadInputError, type FieldIssue } from '@zeren/shared-errors';
import type { TenantDb } from '@zeren/tenancy';
import { OrgUnit } from '../org-unit/org-unit.entity';
import { OrgUnitKind } from '../org-unit/org-unit-kind.enum';
import { writeTenant } from '../org-tree.util';
import { Gender, MemberCategory, MemberStatus, PartyMember } from './party-member.entity';
import { duplicateIssue, findDuplicates, isNamesake, readIdNumber, type Identity } from './member-identity.service';

/**
 * 5 000 members make about 220 KB of .xlsx. The cap bounds memory before the zip is opened and keeps
 * the base64 text (4/3 larger) inside the gateway's 1 MB request limit.
 */
export const MAX_IMPORT_BYTES = LIMITS.memberImportBytes;
export const MAX_IMPORT_ROWS = LIMITS.memberImportRows;
/** The template has 12 columns; room for a user's own notes beside them, not for a sheet 16 384 wide. */
export const MAX_IMPORT_COLUMNS = 64;
/** Rows checked or inserted between turns of the event loop, so other requests are not starved. */
const BATCH = 200;
/** Enough to fix a sheet; the rest of a badly broken one adds nothing. */
const MAX_ISSUES = 500;

type Cell = string | Date | number | boolean | null;
type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

interface Column {
  key: keyof ImportedMember;
  header: string;
  required: boolean;
  /** A column added after sheets were filled in: a sheet without it still imports. */
  mayBeAbsent?: boolean;
  example: string;
  parse(value: Cell): Parsed;
}

interface ImportedMember {
  name: string;
  gender: Gender;
  ethnicity: string;
  birthDate: string | null;
  education: string | null;
  joinedOn: string;
  category: MemberCategory;
  unitCode: string;
  phone: string | null;
  leadershipMember: boolean;
  jobTitle: string | null;
  idNumber: string | null;
}

const text = (max: number) => (value: Cell): Parsed => {
  const s = String(value).trim();
  return s.length > max ? { ok: false, message: `最多 ${max} 个字符` } : { ok: true, value: s };
};
const oneOf = (labels: Record<string, unknown>) => {
  // A Map, not `label in object`: a cell saying "toString" or "__proto__" must not find Object's members.
  const options = new Map(Object.entries(labels));
  const message = `须为${[...options.keys()].map((o) => `“${o}”`).join('或')}`;
  return (value: Cell): Parsed => {
    const s = String(value).trim();
    return options.has(s) ? { ok: true, value: options.get(s) } : { ok: false, message };
  };
};
const date = (value: Cell): Parsed => {
  const s = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim().replace(/[./]/g, '-');
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const iso = m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : '';
  const valid = m && !Number.isNaN(Date.parse(iso)) && new Date(iso).toISOString().startsWith(iso);
  return valid ? { ok: true, value: iso } : { ok: false, message: '日期格式应为 2020-07-01' };
};

// A number that passes its own check, for the example's birth date and gender (sequence 001: a man).
const EXAMPLE_ID_NUMBER = `37050219850312001${idNumberCheckChar('37050219850312001')}`;

/** The sheet's columns, in order: the template, the parser and the error report all come from this. */
export const MEMBER_COLUMNS: Column[] = [
  { key: 'name', header: '姓名', required: true, example: '张三', parse: text(32) },
  { key: 'gender', header: '性别', required: true, example: '男', parse: oneOf({ 男: Gender.MALE, 女: Gender.FEMALE }) },
  { key: 'ethnicity', header: '民族', required: true, example: '汉族', parse: text(16) },
  { key: 'birthDate', header: '出生日期', required: false, example: '1985-03-12', parse: date },
  { key: 'education', header: '学历', required: false, example: '大学本科', parse: text(16) },
  { key: 'joinedOn', header: '入党日期', required: true, example: '2008-07-01', parse: date },
  { key: 'category', header: '党员类别', required: true, example: '正式党员', parse: oneOf({ 正式党员: MemberCategory.FULL, 预备党员: MemberCategory.PROBATIONARY }) },
  { key: 'unitCode', header: '所在党组织代码', required: true, example: 'ZB01', parse: text(32) },
  { key: 'phone', header: '手机号', required: false, example: '13812345678', parse: (v) => (PHONE.pattern.test(String(v).trim()) ? { ok: true, value: String(v).trim() } : { ok: false, message: '须为 11 位手机号' }) },
  { key: 'leadershipMember', header: '班子成员', required: false, example: '否', parse: oneOf({ 是: true, 否: false }) },
  { key: 'jobTitle', header: '职务', required: false, example: '科员', parse: text(64) },
  // Last, so that the letters of the columns before it are those of earlier templates.
  {
    key: 'idNumber',
    header: '身份证号',
    required: false,
    mayBeAbsent: true,
    example: EXAMPLE_ID_NUMBER,
    // Checked once, with the row's birth date and gender, by readIdNumber below. Excel keeps 15
    // significant digits of a number: an 18-digit one typed into a General cell has lost its end.
    parse: (v) => (typeof v === 'number' ? { ok: false, message: '被 Excel 存成了数字,末几位已丢失:请把这一列设为文本格式后重新填写' } : { ok: true, value: String(v).trim() }),
  },
];

/** An .xlsx with the header row and the given rows (the portal's template; tests build sheets with it). */
export async function buildMemberSheet(rows: Partial<Record<string, Cell>>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('党员');
  sheet.addRow(MEMBER_COLUMNS.map((c) => c.header));
  // Text, so that Excel keeps all 18 characters of a number typed in (as a number it keeps 15 digits).
  sheet.getColumn(MEMBER_COLUMNS.findIndex((c) => c.key === 'idNumber') + 1).numFmt = '@';
  for (const row of rows) sheet.addRow(MEMBER_COLUMNS.map((c) => row[c.header] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const UNIT_CODE_HEADER = MEMBER_COLUMNS.find((c) => c.key === 'unitCode')!.header;
const BRANCH_KINDS = [OrgUnitKind.BRANCH, OrgUnitKind.GENERAL_BRANCH, OrgUnitKind.ACTION_BRANCH];

/** A unit the caller may import members into, branches first, shallowest first; null if none. */
async function exampleUnitCode(db: TenantDb): Promise<string | null> {
  const tenantId = db.scope.writeTenantId;
  if (!tenantId) return null;
  const repo = db.repo(OrgUnit);
  const units = await repo.find({ where: { tenantId, dissolvedOn: IsNull() }, order: { depth: 'ASC', sortOrder: 'ASC' }, take: 500 });
  const writable = units.filter((u) => repo.mayWrite(u));
  return (writable.find((u) => BRANCH_KINDS.includes(u.kind)) ?? writable[0])?.code ?? null;
}

export class MemberImportService {
  /**
   * The sheet with one example row that imports as it stands: its unit code is one the caller may
   * import into — a branch of theirs if there is one (a made-up code sent users hunting for theirs).
   */
  async template(db: TenantDb): Promise<Buffer> {
    const example = Object.fromEntries(MEMBER_COLUMNS.map((c) => [c.header, c.example]));
    const code = await exampleUnitCode(db);
    if (code) example[UNIT_CODE_HEADER] = code;
    return buildMemberSheet([example]);
  }

  /** Validates every cell first; imports all rows or none (the mutation's transaction holds them). */
  async import(db: TenantDb, fileBase64: string): Promise<number> {
    const tenantId = writeTenant(db);
    const sheet = await readSheet(decode(fileBase64));

    const headerAt = new Map<string, number>();
    (sheet.get(1) ?? []).forEach((value, col) => {
      if (value !== null) headerAt.set(String(value).trim(), col);
    });
    const missing = MEMBER_COLUMNS.filter((c) => !headerAt.has(c.header) && !c.mayBeAbsent);
    if (missing.length > 0) {
      throw new BadInputError(
        `表头缺少${missing.map((c) => `“${c.header}”`).join('、')}列`,
        missing.map((c) => ({ field: '1', message: `第 1 行缺少“${c.header}”列` })),
      );
    }

    const issues: FieldIssue[] = [];
    const parsed: { row: number; member: ImportedMember }[] = [];
    let seen = 0;
    for (const [r, row] of sheet) {
      if (r === 1) continue;
      if (++seen % BATCH === 0) await nextTurn();
      const values = MEMBER_COLUMNS.map((c) => (headerAt.has(c.header) ? (row[headerAt.get(c.header)!] ?? null) : null));
      if (values.every((v) => v === null || String(v).trim() === '')) continue;
      if (parsed.length >= MAX_IMPORT_ROWS) {
        throw new BadInputError(`一次最多导入 ${MAX_IMPORT_ROWS} 名党员`, [{ field: String(r), message: `第 ${r} 行超出 ${MAX_IMPORT_ROWS} 行上限` }]);
      }
      const member: Partial<Record<keyof ImportedMember, unknown>> = {};
      MEMBER_COLUMNS.forEach((column, i) => {
        const value = values[i];
        const issue = (message: string) => issues.push(cellIssue(headerAt, column.key, r, message));
        if (value === null || String(value).trim() === '') {
          if (column.required) issue('不能为空');
          else member[column.key] = column.key === 'leadershipMember' ? false : null;
          return;
        }
        const result = column.parse(value);
        if (result.ok) member[column.key] = result.value;
        else issue(result.message);
      });
      const m = member as ImportedMember;
      // The number says the birth date and gender: a sheet that says otherwise is wrong somewhere.
      const identity = readIdNumber(m.idNumber, { birthDate: m.birthDate, gender: m.gender });
      for (const issue of identity.issues) issues.push(cellIssue(headerAt, issue.field, r, issue.message));
      m.idNumber = identity.idNumber;
      m.birthDate = identity.birthDate ?? null;
      if (m.birthDate && m.joinedOn && m.joinedOn <= m.birthDate) issues.push(cellIssue(headerAt, 'joinedOn', r, '须晚于出生日期'));
      parsed.push({ row: r, member: m });
    }
    issues.push(...duplicatesWithin(parsed, headerAt));
    if (parsed.length === 0 && issues.length === 0) throw new BadInputError('表格中没有党员数据', [{ field: 'file', message: '没有数据行' }]);

    const codes = [...new Set(parsed.map((p) => p.member.unitCode).filter((c): c is string => typeof c === 'string'))];
    const units = codes.length
      ? await db.repo(OrgUnit).find({ where: { tenantId, code: In(codes), dissolvedOn: IsNull() } })
      : [];
    const unitByCode = new Map(units.map((u) => [u.code, u]));
    for (const { row, member } of parsed) {
      if (member.unitCode && !unitByCode.has(member.unitCode)) {
        issues.push(cellIssue(headerAt, 'unitCode', row, `本单位没有代码为 ${member.unitCode} 的现存党组织`));
      }
    }
    // Against the register only when the sheet is otherwise clean: a broken sheet is fixed first.
    if (issues.length === 0) {
      const identities = parsed.map(({ member }): Identity => ({ name: member.name, idNumber: member.idNumber, birthDate: member.birthDate, phone: member.phone }));
      for (const [i, duplicate] of await findDuplicates(db, tenantId, identities)) {
        const { row } = parsed[i];
        const issue = duplicateIssue(duplicate);
        issues.push(cellIssue(headerAt, issue.field === 'idNumber' ? 'idNumber' : 'name', row, issue.message));
      }
    }
    if (issues.length > 0) {
      issues.sort((a, b) => rowOf(a.field) - rowOf(b.field) || a.field.localeCompare(b.field));
      throw new BadInputError(`导入失败:共 ${issues.length} 处错误,未导入任何党员`, issues.slice(0, MAX_ISSUES));
    }

    const rows = parsed.map(({ member }) => ({
      name: member.name,
      gender: member.gender,
      ethnicity: member.ethnicity,
      birthDate: member.birthDate,
      education: member.education,
      joinedOn: member.joinedOn,
      category: member.category,
      status: MemberStatus.ACTIVE,
      unitId: unitByCode.get(member.unitCode)!.id,
      phone: member.phone,
      leadershipMember: member.leadershipMember,
      jobTitle: member.jobTitle,
      idNumber: member.idNumber,
      userId: null,
    }));
    // In batches with a turn between: SQLite's driver is synchronous. The mutation's transaction still holds them all.
    for (let at = 0; at < rows.length; at += BATCH) {
      if (at > 0) await nextTurn();
      await db.repo(PartyMember).insert(rows.slice(at, at + BATCH));
    }
    return parsed.length;
  }
}

/**
 * Rows of the sheet that name a person an earlier row already names, by the rules findDuplicates
 * applies against the register (the same number; the same name with the same birth date or phone,
 * unless both rows carry numbers). The later row is the one reported.
 */
function duplicatesWithin(parsed: { row: number; member: ImportedMember }[], headerAt: Map<string, number>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const byNumber = new Map<string, number>();
  const byName = new Map<string, { row: number; member: ImportedMember }[]>();
  for (const entry of parsed) {
    const { row, member } = entry;
    const sameNumber = member.idNumber ? byNumber.get(member.idNumber) : undefined;
    const namesake = sameNumber === undefined ? byName.get(member.name)?.find((earlier) => isNamesake(earlier.member, member)) : undefined;
    if (sameNumber !== undefined) issues.push(cellIssue(headerAt, 'idNumber', row, `与第 ${sameNumber} 行的身份证号重复`));
    else if (namesake) issues.push(cellIssue(headerAt, 'name', row, `与第 ${namesake.row} 行同名且出生日期或手机号相同,疑似同一人`));
    else {
      if (member.idNumber) byNumber.set(member.idNumber, row);
      byName.set(member.name, [...(byName.get(member.name) ?? []), entry]);
    }
  }
  return issues;
}

/**
 * The first worksheet's rows (row number → cell values by column number), read as a stream: the
 * read stops at the first row or column past the caps, so a tiny file naming row 1 048 576 costs
 * nothing, and the event loop gets a turn between chunks.
 */
async function readSheet(buffer: Buffer): Promise<Map<number, Cell[]>> {
  const lastRow = MAX_IMPORT_ROWS + 1;
  const rows = new Map<number, Cell[]>();
  let sheets = 0;
  let count = 0;
  // Styles are read for the number formats that mark a date cell.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(chunked(buffer), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  try {
    for await (const worksheet of reader) {
      sheets++;
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        // Counted too: a row without its number must not slip past the cap.
        if (row.number > lastRow || ++count > lastRow) {
          const at = row.number > lastRow ? row.number : count;
          throw new BadInputError(`一次最多导入 ${MAX_IMPORT_ROWS} 名党员`, [
            { field: String(at), message: `表格用到第 ${at} 行,超出 ${MAX_IMPORT_ROWS} 行上限,请删除多余的行` },
          ]);
        }
        const values: Cell[] = [];
        row.eachCell((cell, col) => {
          const value = cellValue(cell.value);
          if (value === null) return;
          if (col > MAX_IMPORT_COLUMNS) {
            throw new BadInputError('表格列数过多,请只保留模板中的列', [{ field: cell.address, message: `第 ${col} 列超出 ${MAX_IMPORT_COLUMNS} 列上限` }]);
          }
          values[col] = value;
        });
        rows.set(row.number, values);
      }
      // Only the first sheet in the file is imported (the template has one).
      break;
    }
  } catch (error) {
    if (error instanceof BadInputError) throw error;
    throw new BadInputError('无法读取文件,请上传 .xlsx 格式的表格', [{ field: 'file', message: '不是有效的 .xlsx 文件' }]);
  }
  if (sheets === 0) throw new BadInputError('表格中没有工作表', [{ field: 'file', message: '没有工作表' }]);
  return rows;
}

/** The upload in 16 KB pieces, so unzipping and parsing yield to other requests between them. */
function chunked(buffer: Buffer): Readable {
  return Readable.from(
    (function* () {
      for (let at = 0; at < buffer.length; at += 16 * 1024) yield buffer.subarray(at, at + 16 * 1024);
    })(),
  );
}

function decode(fileBase64: string): Buffer {
  const compact = fileBase64.replace(/\s/g, '');
  if (compact.length > Math.ceil(MAX_IMPORT_BYTES / 3) * 4) {
    throw new BadInputError(`文件不能超过 ${MAX_IMPORT_BYTES / 1024} KB`, [{ field: 'file', message: '文件过大' }]);
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length === 0) {
    throw new BadInputError('文件内容须为 base64 编码', [{ field: 'file', message: '不是 base64 编码' }]);
  }
  return Buffer.from(compact, 'base64');
}

/** What a cell holds, whatever exceljs wrapped it in (rich text, formula, hyperlink). */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value as Cell;
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return null;
}

/** An issue on one cell, worded as every cell issue of the import is: 第 3 行“姓名”(A3):… */
function cellIssue(headerAt: Map<string, number>, key: keyof ImportedMember, row: number, message: string): FieldIssue {
  const header = MEMBER_COLUMNS.find((c) => c.key === key)!.header;
  const cell = `${columnLetter(headerAt.get(header)!)}${row}`;
  return { field: cell, message: `第 ${row} 行“${header}”(${cell}):${message}` };
}

function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const rowOf = (field: string) => Number(/\d+$/.exec(field)?.[0] ?? 0);
