import type { MiddlewareFn } from 'type-graphql';
import {
  GraphQLString,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import { BadInputError, type FieldIssue } from '@zeren/shared-errors';
import { normalizeText } from '@zeren/shared-rules';

/** Input types whose fields are a patch: a field left out is kept, and null may only clear one declared clearable. */
const PATCH_INPUT = /^Update\w*Input$/;
// Secrets are compared byte for byte: trimming or normalising one would change the password.
const RAW_TEXT = /password/i;

type Declared = GraphQLArgument | GraphQLInputField;

/** What a person calls a field: its description up to the first separator, else its name. */
function labelOf(declared: Declared): string {
  return declared.description?.split(/[;;,,((::\s]/)[0] || declared.name;
}

/**
 * The platform's input rules, applied to every argument of every field before type-graphql builds
 * and validates the DTOs (so class-validator sees the normalised text):
 * - every String is put through the shared text rule (trim, NFC, no control or bidi characters, no
 *   lone surrogates, not only spaces); fields marked `@Extensions({ multiline: true })` keep \n and \t;
 * - in an `Update…Input`, an explicit null is refused ("…不能为空") unless the field is marked
 *   `@Extensions({ clearable: true })`, since null would otherwise reach a NOT NULL column.
 */
export const inputRules: MiddlewareFn = ({ args, info }, next) => {
  const field = info.parentType.getFields()[info.fieldName];
  if (!field || !('args' in field) || field.args.length === 0) return next();
  const issues: FieldIssue[] = [];
  for (const arg of field.args) {
    if (arg.name in args) args[arg.name] = check(args[arg.name], arg.type, arg.name, arg, false, issues);
  }
  if (issues.length) throw new BadInputError(issues[0].message, issues);
  return next();
};

function check(value: unknown, type: GraphQLInputType, path: string, declared: Declared, inPatch: boolean, issues: FieldIssue[]): unknown {
  if (value === null) {
    if (inPatch && !declared.extensions?.['clearable']) issues.push({ field: path, message: `${labelOf(declared)}不能为空` });
    return value;
  }
  if (value === undefined) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    return Array.isArray(value) ? value.map((item, i) => check(item, inner.ofType, `${path}.${i}`, declared, false, issues)) : value;
  }
  if (isInputObjectType(inner)) {
    const patch = PATCH_INPUT.test(inner.name);
    const object = value as Record<string, unknown>;
    for (const [name, child] of Object.entries(inner.getFields())) {
      if (name in object) object[name] = check(object[name], child.type, `${path}.${name}`, child, patch, issues);
    }
    return object;
  }
  if (inner === GraphQLString && typeof value === 'string' && !RAW_TEXT.test(declared.name)) {
    const result = normalizeText(value, { multiline: Boolean(declared.extensions?.['multiline']) });
    if (result.ok) return result.value;
    issues.push({ field: path, message: `${labelOf(declared)}${result.message}` });
  }
  return value;
}
