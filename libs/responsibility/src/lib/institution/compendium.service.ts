import { AlignmentType, HeadingLevel, PageBreak, Paragraph, TableOfContents, TextRun } from 'docx';
import { HEADING_FONT, officialDocument, textParagraphs } from '@zeren/shared-office';
import { localDateOf } from '@zeren/shared-periods';
import type { TenantDb } from '@zeren/tenancy';
import type { InstitutionDocument } from './institution-document.entity';
import type { InstitutionVersion } from './institution-version.entity';
import type { InstitutionSupplement } from './institution-supplement.entity';
import { InstitutionService, singleTenant } from './institution.service';

export interface CompendiumEntry {
  document: InstitutionDocument;
  version: InstitutionVersion;
  supplements: InstitutionSupplement[];
}

/**
 * 制度汇编: a title page, a table of contents Word fills in from the Heading 1 paragraphs (the file
 * asks Word to update its fields on opening), then each document in force with its number, its date
 * of effect and its text; for an agency, its own supplements after each document.
 */
const TITLE = '市直机关党建“1+N”制度汇编';
const CONTENTS = '目录';

export async function compendiumDocx(entries: readonly CompendiumEntry[], subtitle: string): Promise<Buffer> {
  const body = entries.flatMap(({ document, version, supplements }) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, pageBreakBefore: true, children: [new TextRun(document.title)] }),
    ...(document.number ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(document.number)] })] : []),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(`施行日期:${version.effectiveOn}`)] }),
    ...textParagraphs(version.body),
    ...supplements.flatMap((s) => [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`本单位补充细则:${s.title}`)] }), ...textParagraphs(s.body)]),
  ]);
  return officialDocument({
    title: TITLE,
    updateFields: true,
    children: [
      new Paragraph({ spacing: { before: 4000 }, alignment: AlignmentType.CENTER, children: [new TextRun({ text: TITLE, bold: true, size: 56, font: HEADING_FONT })] }),
      new Paragraph({ spacing: { before: 600 }, alignment: AlignmentType.CENTER, children: [new TextRun({ text: subtitle, size: 32 })] }),
      new Paragraph({ children: [new PageBreak()] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: CONTENTS, bold: true, size: 36, font: HEADING_FONT })] }),
      new TableOfContents(CONTENTS, { hyperlink: true, headingStyleRange: '1-1' }),
      ...body,
    ],
  });
}

/** The current published versions in library order, and the caller's agency's supplements when it reads one agency. */
export async function compendiumFor(db: TenantDb, service: InstitutionService): Promise<Buffer> {
  const entries: CompendiumEntry[] = [];
  for (const document of await service.library(db)) {
    if (!document.currentVersionId) continue;
    const version = await service.version(db, document.currentVersionId);
    entries.push({ document, version, supplements: await service.supplements(db, document.id) });
  }
  const agency = singleTenant(db);
  return compendiumDocx(entries, agency ? `含本单位补充细则 · ${localDateOf(new Date())}` : localDateOf(new Date()));
}
