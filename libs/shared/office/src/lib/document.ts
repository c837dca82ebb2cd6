import { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType, type FileChild } from 'docx';

/** 仿宋 for the text, 黑体 for headings, as printed documents of the organs set them; Latin in Times New Roman. */
const BODY_FONT = { ascii: 'Times New Roman', eastAsia: 'FangSong' };
export const HEADING_FONT = { ascii: 'Times New Roman', eastAsia: 'SimHei' };

/** 三号 (16 pt) for the text, 小四 (12 pt) inside tables: sizes are in half-points. */
const BODY_SIZE = 32;
const TABLE_SIZE = 24;

/** A body text's paragraphs: one per line, blank lines dropped, each indented two characters. */
export const textParagraphs = (text: string): Paragraph[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => new Paragraph({ children: [new TextRun(line)], indent: { firstLine: 640 }, spacing: { line: 560 } }));

/** A document's title line: centred, large, in 黑体. */
export const titleParagraph = (text: string, spacingBefore = 0): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: spacingBefore, after: 240 }, children: [new TextRun({ text, bold: true, size: 44, font: HEADING_FONT })] });

export const centredParagraph = (text: string): Paragraph => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(text)] });

/** A section heading (Heading 2: 黑体, left), such as 一、要解决的问题. */
export const heading2 = (text: string): Paragraph => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });

const cell = (text: string | number, options: { bold?: boolean; width?: number; centred?: boolean } = {}) =>
  new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
    children: String(text)
      .split(/\r?\n/)
      .map((line) => new Paragraph({ alignment: options.centred ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text: line, bold: options.bold, size: TABLE_SIZE })] })),
  });

/**
 * A ruled table across the page: a bold header row repeated on every page, then the rows; `widths`
 * are the columns' shares of the page in percent. Numbers are centred, text left.
 */
export function tableOf(headers: readonly string[], rows: readonly (readonly (string | number)[])[], widths?: readonly number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, { bold: true, centred: true, width: widths?.[i] })) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((v, i) => cell(v, { width: widths?.[i], centred: typeof v === 'number' })) })),
    ],
  });
}

/** A form's table of labelled fields, two to a row: 项目名称 | … | 单位 | … */
export function fieldTable(fields: readonly (readonly [label: string, value: string])[]): Table {
  const rows: TableRow[] = [];
  for (let i = 0; i < fields.length; i += 2) {
    const pair = fields.slice(i, i + 2);
    const cells = pair.flatMap(([label, value], j) => [
      cell(label, { bold: true, centred: true, width: 18 }),
      // A last field alone takes the row's remaining three columns.
      new TableCell({ ...(pair.length === 1 && j === 0 ? { columnSpan: 3 } : {}), verticalAlign: VerticalAlign.CENTER, children: [new Paragraph({ children: [new TextRun({ text: value, size: TABLE_SIZE })] })] }),
    ]);
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

export interface OfficialDocumentOptions {
  title: string;
  children: readonly FileChild[];
  landscape?: boolean;
  /** Asks Word to update its fields (a table of contents) on opening. */
  updateFields?: boolean;
}

/** A formal document in the organs' house style (fonts, sizes, headings), packed as .docx. */
export function officialDocument({ title, children, landscape = false, updateFields = false }: OfficialDocumentOptions): Promise<Buffer> {
  const doc = new Document({
    title,
    ...(updateFields ? { features: { updateFields: true } } : {}),
    styles: {
      default: { document: { run: { font: BODY_FONT, size: BODY_SIZE } } },
      paragraphStyles: [
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: HEADING_FONT, size: 44, bold: true }, paragraph: { spacing: { before: 240, after: 240 } } },
        { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: HEADING_FONT, size: 32, bold: true }, paragraph: { spacing: { before: 240, after: 120 } } },
      ],
    },
    sections: [{ ...(landscape ? { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } } } : {}), children: [...children] }],
  });
  return Packer.toBuffer(doc);
}
