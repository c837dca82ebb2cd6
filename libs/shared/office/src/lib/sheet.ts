import ExcelJS from 'exceljs';
import { BadInputError } from '@zeren/shared-errors';
import { SHANGHAI_OFFSET_MS } from '@zeren/shared-periods';

/** A cell as the import reads it: text, a number, a date, or nothing. */
export type CellText = string | number | Date | null;

/** A column of an exported sheet: its zh-CN header, its width, and how Excel shows its numbers ('0.0%'). */
export interface SheetColumn {
  header: string;
  width: number;
  numFmt?: string;
}

export interface SheetSpec {
  name: string;
  columns: readonly SheetColumn[];
  rows: readonly (readonly unknown[])[];
}

/** A workbook with a sheet for each spec: a bold, frozen header row, then the rows, columns as wide as asked. */
export async function workbookOf(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, columns, rows } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows) sheet.addRow([...row]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A workbook of one sheet. */
export const sheetOf = (name: string, columns: readonly SheetColumn[], rows: readonly (readonly unknown[])[]): Promise<Buffer> => workbookOf([{ name, columns, rows }]);

/** One sheet, read at once: past this the filters on screen should narrow it (a year of a big agency fits). */
export const MAX_EXPORT_ROWS = 20000;

/** Refuses an export of more than MAX_EXPORT_ROWS rows; `what` names them (纪实, 回执). */
export function assertExportable(total: number, what: string): void {
  if (total > MAX_EXPORT_ROWS) throw new BadInputError(`符合条件的${what}有 ${total} 条,一次最多导出 ${MAX_EXPORT_ROWS} 条,请缩小筛选范围`);
}

/** A date-time as people in Asia/Shanghai read it: 2026-03-01 14:05. */
export const localDateTime = (at: Date | null): string => (at ? new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ') : '');

/** The base64 of an upload, within a byte cap, as a buffer. */
export function decodeUpload(fileBase64: string, maxBytes: number): Buffer {
  const compact = fileBase64.replace(/\s/g, '');
  if (compact.length > Math.ceil(maxBytes / 3) * 4) throw new BadInputError(`文件不能超过 ${maxBytes / 1024} KB`, [{ field: 'file', message: '文件过大' }]);
  if (compact.length === 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) throw new BadInputError('文件内容须为 base64 编码', [{ field: 'file', message: '不是 base64 编码' }]);
  return Buffer.from(compact, 'base64');
}

/**
 * The first sheet's rows after the header, as cells by header: a small sheet read whole (the caller
 * caps the bytes and the rows). Unknown headers are ignored, missing ones named in one refusal.
 */
export async function readRows(buffer: Buffer, headers: readonly string[], maxRows: number): Promise<{ row: number; cells: Map<string, CellText>; letters: Map<string, string> }[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new BadInputError('无法读取文件,请上传 .xlsx 格式的表格', [{ field: 'file', message: '不是有效的 .xlsx 文件' }]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new BadInputError('表格中没有工作表', [{ field: 'file', message: '没有工作表' }]);
  const columnOf = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => columnOf.set(String(plain(cell.value) ?? '').trim(), col));
  const missing = headers.filter((h) => !columnOf.has(h));
  if (missing.length) throw new BadInputError(`表头缺少${missing.map((h) => `“${h}”`).join('、')}列`, missing.map((h) => ({ field: '1', message: `第 1 行缺少“${h}”列` })));
  const at = (header: string) => columnOf.get(header) as number;
  const letters = new Map(headers.map((h) => [h, sheet.getColumn(at(h)).letter]));
  const rows: { row: number; cells: Map<string, CellText>; letters: Map<string, string> }[] = [];
  // Only the rows the file holds: a sheet naming row 1 048 576 costs one row, not a million.
  sheet.eachRow((row, r) => {
    if (r === 1) return;
    const cells = new Map(headers.map((h) => [h, plain(row.getCell(at(h)).value)]));
    if ([...cells.values()].every((v) => v === null || String(v).trim() === '')) return;
    if (rows.length >= maxRows) throw new BadInputError(`一次最多导入 ${maxRows} 行`, [{ field: String(r), message: `第 ${r} 行超出 ${maxRows} 行上限` }]);
    rows.push({ row: r, cells, letters });
  });
  return rows;
}

/** What a cell holds, whatever exceljs wrapped it in (rich text, a formula's result, a hyperlink). */
function plain(value: ExcelJS.CellValue): CellText {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('result' in value) return plain(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return null;
}
