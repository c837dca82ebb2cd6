import 'reflect-metadata';
import { buildSchema, type ContainerType } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { AuthService } from '../session/auth.service';
import { LoginThrottle } from '../session/login-throttle';
import { TokenService } from '../token/token.service';
import { authChecker } from '../session/auth-checker';
import { mutationAudit } from '../audit/mutation-audit.middleware';
import { authResolvers } from '../resolvers';

/** Resolvers' collaborators that need configuration; everything else is built with `new`. */
export interface SchemaServices {
  auth: AuthService;
}

export function createServices(jwtSecret: string, throttle = new LoginThrottle()): SchemaServices {
  return { auth: new AuthService(new TokenService(jwtSecret), throttle) };
}

/**
 * The GraphQL schema from the auth resolvers plus the domain resolvers given: the same guards,
 * audit middleware, validation and scalars for the gateway and for every lib's API tests.
 */
export function buildZerenSchema(resolvers: readonly Function[], services: SchemaServices): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...authResolvers, ...resolvers] as unknown as [Function, ...Function[]],
    authChecker,
    authMode: 'error',
    globalMiddlewares: [mutationAudit],
    container: containerFor(services),
    scalarsMap: [{ type: Date, scalar: GraphQLDateTimeISO }],
    validate: { forbidUnknownValues: false },
  });
}

function containerFor(services: SchemaServices): ContainerType {
  const instances = new Map<Function, unknown>([[AuthService, services.auth]]);
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
