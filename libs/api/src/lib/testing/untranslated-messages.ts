import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import type { MessageTranslator } from '@zeren/shared-errors';

const CJK = /[\u4e00-\u9fff]/;
/** Files whose zh-CN never reaches a person as a server message: tests, fixtures, seed data, migrations, the catalogues. */
const SKIP_FILE = /\.spec\.ts$|[/\\]testing(\.ts$|[/\\])|\.sweep\.ts$|[/\\]seed[/\\]|\.data\.ts$|[/\\]migrations[/\\]|\.messages\.en\.ts$/;
/**
 * Text that describes the schema (`description`, enum registrations) or is data kept in zh-CN on
 * purpose: a sheet's column headers and example values are what the .xlsx says, and a default value
 * is stored. Decorators are read like any code: a validator's `message` is a message.
 */
const SKIP_PROPERTY = new Set(['description', 'deprecationReason', 'header', 'example', 'defaultValue']);

export interface UntranslatedMessage {
  file: string;
  line: number;
  /** The text with `{}` for each part filled in at run time. */
  template: string;
}

/**
 * Every zh-CN string in the server sources under `roots` that no catalogue of `translator` covers
 * (see MessageCatalogue): the check that keeps English answers English as messages are added.
 */
export function untranslatedMessages(repoRoot: string, roots: readonly string[], translator: MessageTranslator): UntranslatedMessage[] {
  const files = roots.flatMap((root) =>
    readdirSync(join(repoRoot, root), { recursive: true, encoding: 'utf8' })
      .map((f) => join(root, f))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !SKIP_FILE.test(f)),
  );
  const missing: UntranslatedMessage[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(join(repoRoot, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && SKIP_PROPERTY.has(node.name.getText(source))) return;
      if (ts.isCallExpression(node) && node.expression.getText(source) === 'registerEnumType') return;
      const template = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? node.text
        : ts.isTemplateExpression(node)
          ? node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join('')
          : null;
      if (template !== null && CJK.test(template) && !translator.covers(template)) {
        missing.push({ file: relative('.', file), line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, template });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return missing;
}
