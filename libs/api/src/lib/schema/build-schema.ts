import 'reflect-metadata';
import { buildSchema, getMetadataStorage, type ContainerType } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { AuthService, LoginThrottle, PermissionCatalogue, TokenService } from '@zeren/auth';
import { authChecker } from '../audit/auth-checker';
import { mutationAudit } from '../audit/mutation-audit.middleware';
import { inputRules } from './input-rules.middleware';
import type { ZerenModule } from '../module/zeren-module';
import { TodoResolver } from '../todo/todo.resolver';
import { TodoRegistry } from '../todo/todo.registry';

/** Resolvers' collaborators that need configuration or the module list; everything else is built with `new`. */
export interface SchemaServices {
  auth: AuthService;
  todos: TodoRegistry;
}

/** The services for a server made of these modules: their permission catalogue, scope hooks and to-do providers. */
export function createServices(jwtSecret: string, modules: readonly ZerenModule[], throttle = new LoginThrottle()): SchemaServices {
  const catalogue = new PermissionCatalogue(modules.flatMap((m) => (m.permissions ? [m.permissions] : [])));
  const hooks = modules.flatMap((m) => m.scopeHooks ?? []);
  return {
    auth: new AuthService(new TokenService(jwtSecret), throttle, catalogue, hooks),
    todos: new TodoRegistry(modules.flatMap((m) => m.todos ?? [])),
  };
}

/**
 * The GraphQL schema of these modules (plus `extra` resolvers, for tests): the same guards, audit
 * middleware, validation and scalars for the gateway and for every lib's API tests.
 */
export async function buildZerenSchema(
  modules: readonly ZerenModule[],
  services: SchemaServices,
  extra: readonly Function[] = [],
): Promise<GraphQLSchema> {
  const resolvers = [TodoResolver, ...modules.flatMap((m) => m.resolvers ?? []), ...extra];
  attachPlatformMiddlewares(new Set(resolvers));
  const schema = await buildSchema({
    resolvers: resolvers as unknown as [Function, ...Function[]],
    authChecker,
    authMode: 'error',
    container: containerFor(services),
    scalarsMap: [{ type: Date, scalar: GraphQLDateTimeISO }],
    validate: { forbidUnknownValues: false },
  });
  assertPermissionsGranted(resolvers, services.auth.permissions);
  return schema;
}

/**
 * The platform's middlewares, on the fields where they act and nowhere else: the audit on every
 * mutation, the input rules on every resolver that takes arguments (inside the mutation's
 * transaction, so a refusal is audited like any other failure). As type-graphql global middlewares
 * they would wrap every field of every object — each `id` and `name` a chain of promises — which
 * was the largest single cost of a list page after SQL. Order as before: the permission check, then
 * these, then the resolver.
 */
function attachPlatformMiddlewares(classes: ReadonlySet<Function>): void {
  const storage = getMetadataStorage();
  const takesArgs = (def: { target: Function; methodName: string }) =>
    storage.params.some((p) => p.target === def.target && p.methodName === def.methodName && (p.kind === 'arg' || p.kind === 'args'));
  const mutations = new Set<object>(storage.mutations);
  for (const def of [...storage.mutations, ...storage.queries, ...storage.fieldResolvers]) {
    const done = attached.get(def.target) ?? new Set<string>();
    attached.set(def.target, done);
    if (!classes.has(def.target) || done.has(def.methodName)) continue;
    done.add(def.methodName);
    const middlewares = [...(mutations.has(def) ? [mutationAudit] : []), ...(takesArgs(def) ? [inputRules] : [])];
    if (middlewares.length) storage.collectMiddlewareMetadata({ target: def.target, fieldName: def.methodName, middlewares });
  }
}

// Registered once per field: schemas are built many times in one test process.
const attached = new WeakMap<Function, Set<string>>();

/** A resolver naming a permission no module grants would refuse everyone: fail at start-up instead. */
function assertPermissionsGranted(resolvers: readonly Function[], catalogue: PermissionCatalogue): void {
  const classes = new Set(resolvers);
  const missing = getMetadataStorage()
    .authorizedFields.filter((f) => classes.has(f.target))
    .flatMap((f) => f.roles as string[])
    .filter((name) => !catalogue.has(name));
  if (missing.length) throw new Error(`Permissions named by resolvers but granted by no module: ${[...new Set(missing)].join(', ')}`);
}

function containerFor(services: SchemaServices): ContainerType {
  const instances = new Map<Function, unknown>([
    [AuthService, services.auth],
    [TodoRegistry, services.todos],
  ]);
  return { get: (someClass: Function) => instanceOf(someClass, instances) };
}

// Constructor injection by emitted `design:paramtypes`: one instance per class per schema.
function instanceOf(cls: Function, instances: Map<Function, unknown>): unknown {
  if (!instances.has(cls)) {
    const params: Function[] = Reflect.getMetadata('design:paramtypes', cls) ?? [];
    const args = params.map((p) => instanceOf(p, instances));
    instances.set(cls, new (cls as new (...a: unknown[]) => unknown)(...args));
  }
  return instances.get(cls);
}
