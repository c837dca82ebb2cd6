import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { MAX_PAGE_SIZE } from '@zeren/shared-graphql';

/** Values for generated arguments: every ID the operation takes is `probeId`; other scalars from `scalars`. */
export interface ArgValues {
  probeId: string;
  scalars: Readonly<Record<string, unknown>>;
}

/** A value for an input type; optional fields are filled only when they are IDs (filters that could widen a read). */
export function inputValue(type: GraphQLInputType, values: ArgValues, depth = 0): unknown {
  if (isNonNullType(type)) return inputValue(type.ofType, values, depth);
  if (isListType(type)) return [inputValue(type.ofType, values, depth)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isScalarType(type)) {
    if (type.name === 'ID') return values.probeId;
    // A made-up value would fail validation and sweep nothing: no value is a failure, never a guess.
    if (!(type.name in values.scalars)) throw new Error(`No sweep value for scalar ${type.name} (add one to GENERIC_SCALARS or a module's sweep.scalars)`);
    return values.scalars[type.name];
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return {};
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isNonNullType(field.type) || named.name === 'ID') out[field.name] = inputValue(field.type, values, depth + 1);
    }
    return out;
  }
  return null;
}

function argsFor(args: readonly GraphQLArgument[], values: ArgValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const arg of args) {
    const named = getNamedType(arg.type);
    // The largest page, so that every row a caller can reach is in the answer.
    if (arg.name === 'limit') out[arg.name] = MAX_PAGE_SIZE;
    // Required arguments without a default, and ids even when optional (a tenantId filter could widen a read).
    else if (named.name === 'ID' || (isNonNullType(arg.type) && arg.defaultValue === undefined)) out[arg.name] = inputValue(arg.type, values);
  }
  return out;
}

/** GraphQL literal syntax for a generated value (enums bare, strings quoted). */
function literal(value: unknown, type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(value, type.ofType);
  if (isListType(type)) return `[${(value as unknown[]).map((v) => literal(v, type.ofType)).join(', ')}]`;
  if (isEnumType(type)) return String(value);
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, fields[k].type)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

function argList(field: GraphQLField<unknown, unknown>, values: ArgValues): string {
  const args = argsFor(field.args, values);
  const parts = Object.entries(args).map(([name, v]) => `${name}: ${literal(v, field.args.find((a) => a.name === name)!.type)}`);
  return parts.length ? `(${parts.join(', ')})` : '';
}

/** Every scalar of the type, and object fields down to `depth` levels, with generated arguments. */
export function selection(type: GraphQLOutputType, values: ArgValues, depth: number): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const parts: string[] = [];
  for (const field of Object.values(named.getFields())) {
    const inner = getNamedType(field.type);
    if (isObjectType(inner)) {
      if (depth <= 0) continue;
      const sub = selection(field.type, values, depth - 1);
      if (sub) parts.push(`${field.name}${argList(field, values)} ${sub}`);
    } else {
      parts.push(`${field.name}${argList(field, values)}`);
    }
  }
  return parts.length ? `{ ${parts.join(' ')} }` : '';
}

/** One complete operation document for a root field. */
export function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, values: ArgValues, depth = 3): string {
  return `${kind} { ${field.name}${argList(field, values)} ${selection(field.type, values, depth)} }`;
}

/** A mutation with exactly these arguments, passed as variables (so scalars and enums are coerced as a client's would be). */
export function mutationFor(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, values: ArgValues, depth = 3): string {
  const used = field.args.filter((a) => args[a.name] !== undefined);
  const defs = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `mutation Sweep${defs ? `(${defs})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection(field.type, values, depth)} }`;
}

export function takesId(field: GraphQLField<unknown, unknown>): boolean {
  const seen = new Set<string>();
  const visit = (type: GraphQLInputType): boolean => {
    const named = getNamedType(type);
    if (named.name === 'ID') return true;
    if (!isInputObjectType(named) || seen.has(named.name)) return false;
    seen.add(named.name);
    return Object.values(named.getFields()).some((f) => visit(f.type));
  };
  return field.args.some((a) => visit(a.type));
}
