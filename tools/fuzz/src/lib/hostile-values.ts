import fc from 'fast-check';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';

/** Ids a caller must not reach (other tenants' rows), which the fuzz puts in every ID slot now and then. */
export interface HostileContext {
  foreignIds: readonly string[];
}

const INT_MAX = 2 ** 31 - 1;

// Text a client can send that a careless handler mistakes for something else.
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u3000\u3000',
  '\u0000',
  'a\u0000b',
  '\u202eevil\u202c',
  '\u200f\u200e',
  '\ud800',
  'x\udfffy',
  '\u0007\u001b[31m',
  '\r\n',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  "'; DROP TABLE user; --",
  '%s%n%x',
  '${7*7}',
  'null',
  'undefined',
  'NaN',
  '-1',
  'e\u0301',
  '名'.repeat(300),
  'a'.repeat(100_000),
];

// Numbers as JSON carries them: GraphQL Int's edges, just past them, and values that are no Int at all.
const HOSTILE_NUMBERS = [0, -1, 1, INT_MAX, -INT_MAX - 1, INT_MAX + 1, -INT_MAX - 2, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e21, 0.5, -1.5, 1e-7];

const HOSTILE_DATES = [
  '0000-01-01',
  '0001-01-01',
  '1000-01-01',
  '1899-12-31',
  '1970-01-01',
  '2099-12-31',
  '9999-12-31',
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-7-1',
  '24-07-01',
  '2024/07/01',
  '2024-07-01T00:00:00Z',
  '+275760-09-13',
  '-000001-01-01',
  '2024-07-01\u0000',
  'yesterday',
  '',
];

const HOSTILE_DATETIMES = ['0001-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z', '2024-02-30T00:00:00Z', '2024-07-01T25:61:00Z', '2024-07-01', 'now', '', '1e400'];

// Values of the wrong type altogether: the server's coercion must refuse them as a client error.
const wrongType = fc.constantFrom<unknown>(null, 0, '', 'x', true, [], {}, [null], { __proto__: 1 }, { constructor: 'x' });

const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 50, maxLength: 400 }) },
);

const number = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);

const localDate = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_DATES) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
);

const dateTime = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_DATETIMES) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
);

function idValue(ctx: HostileContext): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: ctx.foreignIds.length ? fc.constantFrom(...ctx.foreignIds) : fc.uuid() },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.constantFrom('', '0', '__proto__', 'constructor', "' OR 1=1 --", 'x'.repeat(5_000), '00000000-0000-0000-0000-000000000000') },
  );
}

/** A hostile value of a named scalar or enum; custom scalars get strings and numbers. */
function scalarValue(type: GraphQLInputType, ctx: HostileContext): fc.Arbitrary<unknown> {
  if (isEnumType(type)) {
    const names = type.getValues().map((v) => v.name);
    return fc.oneof(fc.constantFrom(...names), fc.constantFrom(...names.map((n) => n.toLowerCase()), 'toString', '__proto__', '', 'UNKNOWN'));
  }
  if (!isScalarType(type)) return wrongType;
  switch (type.name) {
    case 'ID':
      return idValue(ctx);
    case 'String':
      return text;
    case 'Int':
    case 'Float':
      return number;
    case 'Boolean':
      return fc.constantFrom<unknown>(true, false, 'true', 0, 1);
    case 'LocalDate':
      return localDate;
    case 'DateTimeISO':
    case 'DateTime':
      return dateTime;
    default:
      return fc.oneof(text, number);
  }
}

// Marks a field left out of the input (as opposed to an explicit null).
const ABSENT = Symbol('absent');

/**
 * A value of `type` that starts from the valid one (when there is one) and is, field by field, kept,
 * replaced by a hostile value of the field's type, set to null, or given a value of another type.
 */
export function hostileValue(type: GraphQLInputType, valid: unknown, ctx: HostileContext, depth = 0): fc.Arbitrary<unknown> {
  const nonNull = isNonNullType(type);
  const inner = nonNull ? type.ofType : type;
  const keep = valid === undefined ? fc.constant<unknown>(ABSENT) : fc.constant(valid);
  let changed: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    const list = Array.isArray(valid) ? valid : [];
    const element = hostileValue(inner.ofType, list[0], ctx, depth + 1);
    changed = fc.oneof(
      fc.constant([]),
      fc.array(element, { minLength: 1, maxLength: 5 }),
      // An oversized list of otherwise valid elements.
      element.map((e) => Array.from({ length: 1_000 }, () => (list[0] !== undefined ? list[0] : e))),
    );
  } else if (isInputObjectType(inner)) {
    changed = depth > 3 ? fc.constant({}) : hostileObject(inner.getFields(), valid as Record<string, unknown> | undefined, ctx, depth + 1);
  } else {
    changed = scalarValue(inner, ctx);
  }
  // Values coercion refuses are kept rare, so that most runs reach the resolvers with the rest.
  return fc.oneof(
    { weight: 6, arbitrary: keep },
    { weight: 6, arbitrary: changed },
    { weight: nonNull ? 1 : 3, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: wrongType },
  );
}

function hostileObject(
  fields: Record<string, { type: GraphQLInputType }>,
  valid: Record<string, unknown> | undefined,
  ctx: HostileContext,
  depth: number,
): fc.Arbitrary<Record<string, unknown>> {
  const names = Object.keys(fields);
  return fc.tuple(...names.map((n) => hostileValue(fields[n].type, valid?.[n], ctx, depth))).map((values) => {
    const out: Record<string, unknown> = {};
    values.forEach((v, i) => {
      if (v !== ABSENT) out[names[i]] = v;
    });
    return out;
  });
}

/** A mutation's arguments as hostile variables, derived from its valid ones. */
export function hostileArgs(field: GraphQLField<unknown, unknown>, valid: Record<string, unknown>, ctx: HostileContext): fc.Arbitrary<Record<string, unknown>> {
  return hostileObject(Object.fromEntries(field.args.map((a) => [a.name, { type: a.type }])), valid, ctx, 0);
}
