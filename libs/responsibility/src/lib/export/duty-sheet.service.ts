import { validate } from 'class-validator';
import { BadInputError, ConflictError, type FieldIssue } from '@zeren/shared-errors';
import { CADENCE_LABELS, Cadence, isLocalDate } from '@zeren/shared-periods';
import { normalizeText } from '@zeren/shared-rules';
import { decodeUpload, readRows, sheetOf, type CellText } from '@zeren/shared-office';
import { KIND_LABELS, OrgUnitKind, PostType } from '@zeren/org-tree';
import type { TenantDb } from '@zeren/tenancy';
import { DUTY_LEVEL_LABELS, DutyLevel, EvidenceKind } from '../duty/duty-level.enum';
import { checkedSpec } from '../duty/duty-rules';
import { DutySpecInput } from '../duty/dto/duty-spec.input';
import type { DutySpecFields } from '../duty/duty-spec';
import { TemplateStatus } from '../template/duty-template.entity';
import { TemplateService } from '../template/template.service';

export const MAX_DUTY_SHEET_BYTES = 512 * 1024;
export const MAX_DUTY_SHEET_ROWS = 500;
const MAX_ISSUES = 200;

export const EVIDENCE_LABELS: Readonly<Record<EvidenceKind, string>> = { image: '图片', pdf: 'PDF', office: 'Word/Excel 文档' };

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };
type Field = keyof DutySpecInput;

interface DutyColumn {
  header: string;
  /** The input fields whose refusals (class-validator, checkedSpec) belong to this column. */
  fields: readonly Field[];
  width: number;
  required: boolean;
  write(item: DutySpecFields, postName: (code: string) => string): string | number;
  /** Sets the input's fields from a non-empty cell, or says what is wrong with it. */
  read(cell: CellText, input: Partial<DutySpecInput>, postCode: (name: string) => string | null): string | null;
}

const LIST = /[、,,;;\n]+/;
const labelled = <T extends string>(labels: Readonly<Record<T, string>>) => {
  const byLabel = new Map(Object.entries(labels).map(([value, label]) => [label as string, value as T]));
  const message = `须为${[...byLabel.keys()].map((l) => `“${l}”`).join('或')}`;
  return {
    one: (cell: CellText): Parsed => (byLabel.has(String(cell).trim()) ? { ok: true, value: byLabel.get(String(cell).trim()) } : { ok: false, message }),
    many: (cell: CellText): Parsed => {
      const parts = String(cell).split(LIST).map((p) => p.trim()).filter(Boolean);
      const bad = parts.find((p) => !byLabel.has(p));
      return bad === undefined ? { ok: true, value: parts.map((p) => byLabel.get(p) as T) } : { ok: false, message: `“${bad}”不正确,${message},多个用“、”分隔` };
    },
  };
};
const levels = labelled<DutyLevel>(DUTY_LEVEL_LABELS);
const kinds = labelled<OrgUnitKind>(KIND_LABELS);
const cadences = labelled<Cadence>(CADENCE_LABELS);
const evidence = labelled<EvidenceKind>(EVIDENCE_LABELS);

const set = (input: Partial<DutySpecInput>, field: Field, parsed: Parsed): string | null => {
  if (!parsed.ok) return parsed.message;
  (input as Record<string, unknown>)[field] = parsed.value;
  return null;
};
// The platform's text rule, as the API applies it to DutySpecInput (single-line fields, for now all of them).
const text = (field: Field) => (cell: CellText, input: Partial<DutySpecInput>) => {
  const result = normalizeText(String(cell));
  return result.ok ? set(input, field, { ok: true, value: result.value }) : result.message;
};
const integer = (field: Field) => (cell: CellText, input: Partial<DutySpecInput>) =>
  /^-?\d+$/.test(String(cell).trim()) ? set(input, field, { ok: true, value: Number(String(cell).trim()) }) : '须为整数';
const isoDate = (cell: CellText): string | null => {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const s = String(cell).trim().replace(/[./]/g, '-');
  return isLocalDate(s) ? s : null;
};

/** The sheet's columns, in order: the export, the import and its error messages all come from this. */
export const DUTY_COLUMNS: readonly DutyColumn[] = [
  { header: '层级', fields: ['level'], width: 12, required: true, write: (i) => DUTY_LEVEL_LABELS[i.level], read: (c, input) => set(input, 'level', levels.one(c)) },
  {
    header: '岗位',
    fields: ['postCode'],
    width: 18,
    required: true,
    write: (i, postName) => postName(i.postCode),
    read: (c, input, postCode) => set(input, 'postCode', postCode(String(c).trim()) ? { ok: true, value: postCode(String(c).trim()) } : { ok: false, message: '岗位目录中没有这个岗位' }),
  },
  {
    header: '适用组织类型',
    fields: ['unitKinds'],
    width: 16,
    required: false,
    write: (i) => (i.unitKinds ?? []).map((k) => KIND_LABELS[k]).join('、'),
    read: (c, input) => set(input, 'unitKinds', kinds.many(c)),
  },
  { header: '责任领域', fields: ['area'], width: 12, required: true, write: (i) => i.area, read: text('area') },
  { header: '责任项目', fields: ['title'], width: 24, required: true, write: (i) => i.title, read: text('title') },
  { header: '基本内容', fields: ['content'], width: 40, required: true, write: (i) => i.content, read: text('content') },
  { header: '具体要求', fields: ['requirement'], width: 40, required: true, write: (i) => i.requirement, read: text('requirement') },
  { header: '周期', fields: ['cadence'], width: 10, required: true, write: (i) => CADENCE_LABELS[i.cadence], read: (c, input) => set(input, 'cadence', cadences.one(c)) },
  {
    header: '完成时限',
    fields: ['dueOffsetDays', 'dueOn'],
    width: 14,
    required: false,
    // A one-off item's date; for a periodic one the days after the period's end (0 its last day, -5 five days before).
    write: (i) => i.dueOn ?? i.dueOffsetDays ?? 0,
    read: (c, input) => {
      if (typeof c === 'number' || /^-?\d+$/.test(String(c).trim())) return set(input, 'dueOffsetDays', { ok: true, value: Math.trunc(Number(String(c).trim())) });
      const date = isoDate(c);
      return date ? set(input, 'dueOn', { ok: true, value: date }) : '须为周期末后的天数(如 5、0、-3)或一次性事项的日期(如 2026-06-30)';
    },
  },
  {
    header: '印证资料类型',
    fields: ['evidenceKinds'],
    width: 18,
    required: false,
    write: (i) => (i.evidenceKinds ?? []).map((k) => EVIDENCE_LABELS[k]).join('、'),
    read: (c, input) => set(input, 'evidenceKinds', evidence.many(c)),
  },
  { header: '最少件数', fields: ['minEvidence'], width: 10, required: false, write: (i) => i.minEvidence, read: integer('minEvidence') },
  { header: '权重', fields: ['weight'], width: 8, required: false, write: (i) => i.weight, read: integer('weight') },
  { header: '监督主体', fields: ['supervisor'], width: 16, required: true, write: (i) => i.supervisor, read: text('supervisor') },
];

const columnOfField = (field: string): DutyColumn => DUTY_COLUMNS.find((c) => (c.fields as readonly string[]).includes(field)) ?? DUTY_COLUMNS[0];

/** 明责 as a sheet: a template's items out to .xlsx, and into a draft template from one, checked by the same rules as addDutyItem. */
export class DutySheetService {
  private readonly templates = new TemplateService();

  /** The template's items in its order, one row each, every field in words (labels, post names). */
  async export(db: TenantDb, templateId: string): Promise<Buffer> {
    const template = await this.templates.get(db, templateId);
    const [items, posts] = await Promise.all([this.templates.items(db, template.id), db.reference(PostType).find({})]);
    const names = new Map(posts.map((p) => [p.code, p.name]));
    return sheetOf(
      `${template.year}年度责任清单`,
      DUTY_COLUMNS.map((c) => ({ header: c.header, width: c.width })),
      items.map((item) => DUTY_COLUMNS.map((c) => c.write(item, (code) => names.get(code) ?? code))),
    );
  }

  /**
   * Every row is read and checked first (cell by cell, then as the duty it makes, by checkedSpec);
   * one bad cell anywhere and nothing is written. Then each row is added as addDutyItem adds one,
   * inside the mutation's transaction. Returns how many items were added.
   */
  async import(db: TenantDb, templateId: string, fileBase64: string): Promise<number> {
    const template = await this.templates.get(db, templateId);
    if (template.status !== TemplateStatus.DRAFT) throw new ConflictError('只能向草稿模板导入事项');
    const rows = await readRows(decodeUpload(fileBase64, MAX_DUTY_SHEET_BYTES), DUTY_COLUMNS.map((c) => c.header), MAX_DUTY_SHEET_ROWS);
    if (rows.length === 0) throw new BadInputError('表格中没有责任事项', [{ field: 'file', message: '没有数据行' }]);
    const posts = await db.reference(PostType).find({});
    const byName = new Map(posts.flatMap((p) => [[p.name, p.code] as const, [p.code, p.code] as const]));
    const issues: FieldIssue[] = [];
    const inputs: DutySpecInput[] = [];
    for (const { row, cells, letters } of rows) {
      const at = (column: DutyColumn, message: string) => {
        const cell = `${letters.get(column.header)}${row}`;
        issues.push({ field: cell, message: `第 ${row} 行“${column.header}”(${cell}):${message}` });
      };
      const input: Partial<DutySpecInput> = { minEvidence: 0, weight: 0, unitKinds: null, evidenceKinds: null, dueOffsetDays: null, dueOn: null };
      const before = issues.length;
      for (const column of DUTY_COLUMNS) {
        const cell = cells.get(column.header) ?? null;
        if (cell === null || String(cell).trim() === '') {
          if (column.required) at(column, '不能为空');
          continue;
        }
        const problem = column.read(cell, input, (name) => byName.get(name) ?? null);
        if (problem) at(column, problem);
      }
      if (issues.length > before) continue;
      const dto = Object.assign(new DutySpecInput(), input);
      const refused = await validate(dto);
      for (const error of refused) at(columnOfField(error.property), Object.values(error.constraints ?? {})[0] ?? '不正确');
      if (refused.length) continue;
      try {
        await checkedSpec(db, dto, template.year, 0);
        inputs.push(dto);
      } catch (error) {
        if (!(error instanceof BadInputError)) throw error;
        const fields = (error.extensions['issues'] as FieldIssue[] | undefined) ?? [];
        for (const issue of fields.length ? fields : [{ field: 'level', message: error.message }]) at(columnOfField(issue.field), issue.message);
      }
    }
    if (issues.length) throw new BadInputError(`导入失败:共 ${issues.length} 处错误,未导入任何事项`, issues.slice(0, MAX_ISSUES));
    for (const input of inputs) await this.templates.addItem(db, templateId, input);
    return inputs.length;
  }
}
