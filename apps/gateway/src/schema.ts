import 'reflect-metadata';
import { buildSchema, type ContainerType } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { AuthService, LoginThrottle, TokenService, authChecker, authResolvers, mutationAudit } from '@zeren/auth';

/** Every lib's resolvers. A new domain lib adds its list here. */
export const resolvers = [...authResolvers] as const;

/** Resolvers' constructor dependencies that need configuration; the rest are built with `new`. */
export interface GatewayServices {
  auth: AuthService;
}

export function createServices(jwtSecret: string, throttle = new LoginThrottle()): GatewayServices {
  return { auth: new AuthService(new TokenService(jwtSecret), throttle) };
}

function containerFor(services: GatewayServices): ContainerType {
  const instances = new Map<Function, unknown>([[AuthService, services.auth]]);
  return {
    get(someClass: Function) {
      if (!instances.has(someClass)) instances.set(someClass, construct(someClass, instances));
      return instances.get(someClass);
    },
  };
}

// Resolvers and services take their collaborators by constructor; design:paramtypes names them.
function construct(cls: Function, instances: Map<Function, unknown>): unknown {
  const params: Function[] = Reflect.getMetadata('design:paramtypes', cls) ?? [];
  const args = params.map((p) => {
    if (!instances.has(p)) instances.set(p, construct(p, instances));
    return instances.get(p);
  });
  return new (cls as new (...a: unknown[]) => unknown)(...args);
}

export function buildGatewaySchema(services: GatewayServices): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: resolvers as unknown as [Function, ...Function[]],
    authChecker,
    authMode: 'error',
    globalMiddlewares: [mutationAudit],
    container: containerFor(services),
    scalarsMap: [{ type: Date, scalar: GraphQLDateTimeISO }],
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
    emitSchemaFile: false,
  });
}
