import {
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  GraphQLString,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLArgument,
} from 'graphql';
import { TenantKind } from '@zeren/tenancy';
import { TEXT } from '@zeren/shared-rules';
import { createTestApi, type TestApi } from '@zeren/api/testing';
import { MODULES } from './zeren-modules';

// Callers with the widest permissions of each kind: a refusal must come from the input rule, not a guard.
// A member's and a branch secretary's own mutations (declaring and deciding points) are no admin's.
const CALLERS = ['a_tenant_admin', 'gw_committee_admin', 'a_member', 'a_branch_secretary', null] as const;

/** A value GraphQL accepts for this type: required fields filled, optional ones left out. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => [f.name, sample(f.type)]));
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  if (type === GraphQLString || type === GraphQLID) return 'abc';
  if (type === GraphQLInt || type === GraphQLFloat) return 1;
  if (type === GraphQLBoolean) return true;
  if (isScalarType(type) && type.name === 'LocalDate') return '2024-01-01';
  if (isScalarType(type) && type.name === 'DateTimeISO') return '2024-01-01T00:00:00Z';
  throw new Error(`no sample for ${String(type)}`);
}

interface Probe {
  mutation: GraphQLField<unknown, unknown>;
  /** Dotted path from the argument to the field, as the error's `issues` name it. */
  path: string[];
  value: unknown;
}

/** Every place under a mutation's arguments where `pick` chooses a probe value. */
function probes(mutations: GraphQLField<unknown, unknown>[], pick: (field: GraphQLArgument | GraphQLInputField, owner: string | null) => unknown): Probe[] {
  const found: Probe[] = [];
  const walk = (mutation: GraphQLField<unknown, unknown>, declared: GraphQLArgument | GraphQLInputField, owner: string | null, path: string[], seen: Set<string>) => {
    const value = pick(declared, owner);
    if (value !== undefined) found.push({ mutation, path, value });
    const named = getNamedType(declared.type);
    if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const child of Object.values(named.getFields())) walk(mutation, child, named.name, [...path, child.name], new Set([...seen, named.name]));
    }
  };
  for (const mutation of mutations) for (const arg of mutation.args) walk(mutation, arg, null, [arg.name], new Set());
  return found;
}

/** The variables for one probe: every required argument sampled, the probed field set to the probe value. */
function variablesFor({ mutation, path, value }: Probe): Record<string, unknown> {
  const arg = mutation.args.find((a) => a.name === path[0])!;
  const vars: Record<string, unknown> = Object.fromEntries(mutation.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, sample(a.type)]));
  if (path.length === 1) {
    vars[arg.name] = value;
    return vars;
  }
  // Down the path, sampling any optional input object on the way (its required fields filled).
  let type = getNamedType(arg.type);
  let at = (vars[arg.name] ??= sample(type)) as Record<string, unknown>;
  for (const key of path.slice(1, -1)) {
    if (!isInputObjectType(type)) throw new Error(`${path.join('.')} leaves the input objects`);
    type = getNamedType(type.getFields()[key].type);
    at = (at[key] ??= sample(type)) as Record<string, unknown>;
    // A list of input objects (a project's milestones): the probe goes into its first item.
    if (Array.isArray(at)) at = at[0] as Record<string, unknown>;
  }
  at[path[path.length - 1]] = value;
  return vars;
}

function documentFor(mutation: GraphQLField<unknown, unknown>): string {
  const decl = mutation.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = mutation.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isScalarType(getNamedType(mutation.type)) || isEnumType(getNamedType(mutation.type)) ? '' : ' { __typename }';
  return `mutation${decl ? `(${decl})` : ''} { ${mutation.name}${call ? `(${call})` : ''}${selection} }`;
}

describe('input rules, applied by the platform to every mutation in the schema', () => {
  let api: TestApi;
  let mutations: GraphQLField<unknown, unknown>[];

  beforeAll(async () => {
    api = await createTestApi({ modules: MODULES });
    await api.addTenant('GW', TenantKind.COMMITTEE);
    await api.addTenant('A');
    mutations = Object.values(api.schema.getMutationType()!.getFields());
  });
  afterAll(() => api.close());

  /** The first refusal the callers get for this probe, if any refuses with BAD_USER_INPUT. */
  async function refusal(probe: Probe) {
    for (const caller of CALLERS) {
      const { errors } = await api.as(caller).run(documentFor(probe.mutation), variablesFor(probe));
      const error = errors?.find((e) => e.extensions?.['code'] === 'BAD_USER_INPUT');
      if (error) return { message: error.message, fields: ((error.extensions?.['issues'] as { field: string }[]) ?? []).map((i) => i.field) };
    }
    return null;
  }

  it('refuses an explicit null for every field of every Update…Input that is not declared clearable, naming the field', async () => {
    const nulls = probes(mutations, (field, owner) =>
      owner && /^Update\w*Input$/.test(owner) && !isNonNullType(field.type) && !field.extensions?.['clearable'] ? null : undefined,
    );
    const named = nulls.map((p) => `${p.mutation.name}.${p.path.join('.')}`);
    expect(named).toEqual(expect.arrayContaining(['updatePartyMember.input.name', 'updateOrgUnit.input.sortOrder', 'updateUser.input.disabled', 'updatePostType.input.name']));
    // Declared clearable: null empties the column.
    expect(named).not.toContain('updatePartyMember.input.phone');
    for (const probe of nulls) {
      const where = `${probe.mutation.name}(${probe.path.join('.')}: null)`;
      expect({ where, refusal: await refusal(probe) }).toEqual({
        where,
        refusal: { message: expect.stringMatching(/不能为空$/), fields: expect.arrayContaining([probe.path.join('.')]) },
      });
    }
  });

  it('puts every String argument and input field of every mutation through the shared text rule', async () => {
    const texts = probes(mutations, (field) => (getNamedType(field.type) === GraphQLString && !/password/i.test(field.name) ? 'abc\u202edef' : undefined));
    expect(texts.length).toBeGreaterThan(10);
    for (const probe of texts) {
      const where = `${probe.mutation.name}(${probe.path.join('.')})`;
      expect({ where, refusal: await refusal(probe) }).toEqual({
        where,
        refusal: { message: expect.stringContaining(TEXT.messages.bidi), fields: expect.arrayContaining([expect.stringMatching(new RegExp(`^${probe.path.join('(\\.0)?\\.')}(\\.0)?$`))]) },
      });
    }
  });

  it('stores text as NFC and trimmed, refuses a name of only spaces, and keeps a row whose non-nullable field was sent as null', async () => {
    const admin = api.as('a_tenant_admin');
    const create = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id name } }`;
    const made = await admin.run(create, { input: { kind: 'PARTY_GROUP', code: 'NFC1', name: '  Cafe\u0301 党组 ' } });
    expect(made.errors).toBeUndefined();
    expect(made.data!['createOrgUnit'].name).toBe('Caf\u00e9 党组');
    const blank = await admin.run(create, { input: { kind: 'PARTY_GROUP', code: 'NFC2', name: ' \u3000 ' } });
    expect(blank.errors?.[0]).toMatchObject({ message: `name${TEXT.messages.blank}`, extensions: { code: 'BAD_USER_INPUT' } });
    const id = made.data!['createOrgUnit'].id;
    const nulled = await admin.run(`mutation($id: ID!) { updateOrgUnit(id: $id, input: { name: null }) { name } }`, { id });
    expect(nulled.errors?.[0]).toMatchObject({ message: 'name不能为空', extensions: { code: 'BAD_USER_INPUT', issues: [{ field: 'input.name' }] } });
    expect((await admin.run(`query($id: ID!) { orgUnit(id: $id) { name } }`, { id })).data).toEqual({ orgUnit: { name: 'Caf\u00e9 党组' } });
  });

  it('counts a name’s length in characters, so 100 characters outside the BMP fit a 100-character name', async () => {
    await api.addTenant('LEN');
    const create = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { name } }`;
    const fits = await api.as('len_tenant_admin').run(create, { input: { kind: 'PARTY_GROUP', code: 'LEN1', name: '𠮷'.repeat(100) } });
    expect(fits.errors).toBeUndefined();
    const over = await api.as('len_tenant_admin').run(create, { input: { kind: 'PARTY_GROUP', code: 'LEN2', name: '𠮷'.repeat(101) } });
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
