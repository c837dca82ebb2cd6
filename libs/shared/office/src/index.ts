export {
  workbookOf,
  sheetOf,
  readRows,
  decodeUpload,
  localDateTime,
  assertExportable,
  MAX_EXPORT_ROWS,
  type CellText,
  type SheetColumn,
  type SheetSpec,
} from './lib/sheet';
export { officialDocument, tableOf, fieldTable, textParagraphs, titleParagraph, centredParagraph, heading2, HEADING_FONT, type OfficialDocumentOptions } from './lib/document';
export { officeMessages } from './lib/office.messages.en';
