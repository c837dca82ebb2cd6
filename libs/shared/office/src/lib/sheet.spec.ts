import ExcelJS from 'exceljs';
import { MessageTranslator } from '@zeren/shared-errors';
import { officeMessages } from './office.messages.en';
import { MAX_EXPORT_ROWS, assertExportable, workbookOf } from './sheet';

describe('office sheets', () => {
  it('refuses an export past the row cap as bad input, naming what is counted, in English too', () => {
    expect(() => assertExportable(MAX_EXPORT_ROWS, '回执')).not.toThrow();
    let error: { message: string; extensions: Record<string, unknown> } | undefined;
    try {
      assertExportable(MAX_EXPORT_ROWS + 1, '回执');
    } catch (e) {
      error = e as typeof error;
    }
    expect(error?.extensions['code']).toBe('BAD_USER_INPUT');
    expect(error?.message).toBe(`符合条件的回执有 ${MAX_EXPORT_ROWS + 1} 条,一次最多导出 ${MAX_EXPORT_ROWS} 条,请缩小筛选范围`);
    const english = new MessageTranslator([officeMessages, { 回执: 'receipts' }]).translate(error!.message, 'en');
    expect(english).toBe(`${MAX_EXPORT_ROWS + 1} receipts match; at most ${MAX_EXPORT_ROWS} can be exported at once, please narrow the filters`);
  });

  it('writes a sheet per spec with a bold frozen header and each column’s number format', async () => {
    const buffer = await workbookOf([
      { name: '甲', columns: [{ header: '单位', width: 20 }, { header: '按时报送率', width: 12, numFmt: '0.0%' }], rows: [['A', 0.75]] },
      { name: '乙', columns: [{ header: '月份', width: 10 }], rows: [] },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    const [first, second] = book.worksheets;
    expect([first.name, second.name]).toEqual(['甲', '乙']);
    expect([first.getCell('A1').value, first.getCell('A1').font?.bold, first.views[0]]).toEqual(['单位', true, expect.objectContaining({ state: 'frozen', ySplit: 1 })]);
    expect([first.getCell('B2').value, first.getCell('B2').numFmt, first.getCell('A2').numFmt]).toEqual([0.75, '0.0%', undefined]);
    expect(second.rowCount).toBe(1);
  });
});
