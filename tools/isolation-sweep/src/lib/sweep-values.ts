import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import type { SweepArgs, SweepFixtures } from '@zeren/shared-graphql';

/**
 * Generic valid values for the standard scalars; modules add their own scalars (`sweep.scalars`). IDs
 * have none: every id comes from a fixture's `own()`, so that the sweep knows which table it names.
 */
export const GENERIC_SCALARS: Readonly<Record<string, unknown>> = {
  String: 'sweep',
  Int: 1,
  Float: 1,
  Boolean: false,
  DateTimeISO: '2026-01-01T00:00:00.000Z',
  DateTime: '2026-01-01T00:00:00.000Z',
  LocalDate: '2024-07-01',
};

/** Every module's fixtures as one: mutations by name (each defined once), scalars, reach and skip lists. */
export interface Fixtures {
  mutations: Map<string, NonNullable<SweepFixtures['mutations']>[string]>;
  scalars: Record<string, unknown>;
  committeeReach: Map<string, 'acting-for' | 'register' | 'dispatch'>;
  unswept: Map<string, string>;
}

export function collectFixtures(modules: readonly { name: string; sweep?: SweepFixtures }[]): Fixtures {
  const out: Fixtures = { mutations: new Map(), scalars: { ...GENERIC_SCALARS }, committeeReach: new Map(), unswept: new Map() };
  for (const { name, sweep } of modules) {
    for (const [mutation, build] of Object.entries(sweep?.mutations ?? {})) {
      if (out.mutations.has(mutation)) throw new Error(`Two modules give a sweep fixture for ${mutation} (one is ${name})`);
      out.mutations.set(mutation, build);
    }
    Object.assign(out.scalars, sweep?.scalars ?? {});
    for (const [mutation, how] of Object.entries(sweep?.committeeReach ?? {})) out.committeeReach.set(mutation, how);
    for (const [mutation, why] of Object.entries(sweep?.unswept ?? {})) out.unswept.set(mutation, why);
  }
  return out;
}

/** A value the sweep has no way to build: reported as a failure, never skipped. */
export class SweepGap extends Error {}

/** A generic value for a required input of this type; ids and unknown scalars are gaps. */
export function genericValue(type: GraphQLInputType, scalars: Record<string, unknown>, path: string): unknown {
  if (isNonNullType(type)) return genericValue(type.ofType, scalars, path);
  if (isListType(type)) return [genericValue(type.ofType, scalars, `${path}[0]`)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) return completeValue(type, {}, scalars, path);
  if (isScalarType(type)) {
    // Ids come from own(); only a caller that asks for one everywhere (the fuzz on global-id mutations) passes an ID value.
    if (type.name === 'ID' && !('ID' in scalars)) throw new SweepGap(`${path}: an id the fixture does not name (give it with own())`);
    if (!(type.name in scalars)) throw new SweepGap(`${path}: no sweep value for scalar ${type.name} (add one to GENERIC_SCALARS or the module's sweep.scalars)`);
    return scalars[type.name];
  }
  throw new SweepGap(`${path}: cannot build a value of ${String(type)}`);
}

/** The fixture's value with every required field it leaves out filled generically. */
function completeValue(type: GraphQLInputType, value: unknown, scalars: Record<string, unknown>, path: string): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (value === null) return null;
  if (isListType(inner)) return (value as unknown[]).map((v, i) => completeValue(inner.ofType, v, scalars, `${path}[${i}]`));
  if (!isInputObjectType(inner)) return value;
  const fields = inner.getFields();
  const given = value as Record<string, unknown>;
  const unknown = Object.keys(given).filter((k) => !(k in fields));
  if (unknown.length) throw new SweepGap(`${path}: the fixture names ${unknown.join(', ')}, which ${inner.name} does not have`);
  const out: Record<string, unknown> = {};
  for (const field of Object.values(fields)) {
    const at = `${path}.${field.name}`;
    if (given[field.name] !== undefined) out[field.name] = completeValue(field.type, given[field.name], scalars, at);
    else if (isNonNullType(field.type) && field.defaultValue === undefined) out[field.name] = genericValue(field.type, scalars, at);
  }
  return out;
}

/** A mutation's whole argument object: the fixture's values, and generic ones for required arguments it leaves out. */
export function completeArgs(field: GraphQLField<unknown, unknown>, fixture: SweepArgs, scalars: Record<string, unknown>): SweepArgs {
  const names = new Set(field.args.map((a) => a.name));
  const unknown = Object.keys(fixture).filter((k) => !names.has(k));
  if (unknown.length) throw new SweepGap(`the fixture names ${unknown.join(', ')}, which ${field.name} does not take`);
  const out: SweepArgs = {};
  for (const arg of field.args) {
    if (fixture[arg.name] !== undefined) out[arg.name] = completeValue(arg.type, fixture[arg.name], scalars, arg.name);
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined) out[arg.name] = genericValue(arg.type, scalars, arg.name);
  }
  return out;
}

/** Every place an id can go in a mutation's arguments: `id`, `input.unitId`, `input.items[0].memberId`. */
export function idPaths(field: GraphQLField<unknown, unknown>): string[] {
  const walk = (type: GraphQLInputType, path: string, seen: Set<string>): string[] => {
    const named = getNamedType(type);
    if (named.name === 'ID') return [path];
    if (!isInputObjectType(named) || seen.has(named.name)) return [];
    const list = isListType(isNonNullType(type) ? type.ofType : type) ? '[0]' : '';
    const next = new Set(seen).add(named.name);
    return Object.values(named.getFields()).flatMap((f) => walk(f.type, `${path}${list}.${f.name}`, next));
  };
  return field.args.flatMap((arg: GraphQLArgument) => walk(arg.type, arg.name, new Set()));
}

const segments = (path: string) => path.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== '');

export function valueAt(args: SweepArgs, path: string): unknown {
  return segments(path).reduce<unknown>((v, key) => (v === null || v === undefined ? undefined : (v as Record<string, unknown>)[key]), args);
}

/** A deep copy of the arguments with the id at `path` replaced by `id` (added to the list, for a list of ids). */
export function withIdAt(args: SweepArgs, path: string, id: string): SweepArgs {
  const copy = structuredClone(args);
  const keys = segments(path);
  let target = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys[keys.length - 1];
  const current = target[last];
  target[last] = Array.isArray(current) ? [...current, id] : id;
  return copy;
}
