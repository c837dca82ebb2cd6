import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** Every sheet of a workbook (base64, as the exports travel) by name, each as its rows of cell values (header row first). */
export async function readWorkbook(base64: string): Promise<Map<string, unknown[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return new Map(
    book.worksheets.map((sheet) => {
      const rows: unknown[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return [sheet.name, rows];
    }),
  );
}

/** The one sheet of a ledger, as objects keyed by header. */
export async function readLedger(base64: string): Promise<Record<string, unknown>[]> {
  const [[header, ...rows]] = [...(await readWorkbook(base64)).values()];
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? ''])));
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const textOf = (xml: string) => unescape([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

/** A .docx as Word reads it: its paragraphs' texts (those in tables too), and its tables as rows of cell texts. */
export async function readDocx(base64: string): Promise<{ paragraphs: string[]; tables: string[][][] }> {
  const xml = await (await JSZip.loadAsync(Buffer.from(base64, 'base64'))).file('word/document.xml')!.async('string');
  return {
    paragraphs: [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0])),
    tables: [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => [...t[1].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[1])))),
  };
}
