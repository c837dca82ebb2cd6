import type { GraphQLSchema } from 'graphql';
import { buildZerenSchema, createServices, type SchemaServices } from '@zeren/api';
import { MODULES } from '@zeren/modules';

// The module list lives in libs/modules, so the seeder and the isolation sweep build the very same schema.
export type GatewayServices = SchemaServices;

export function createGatewayServices(jwtSecret: string): GatewayServices {
  return createServices(jwtSecret, MODULES);
}

export function buildGatewaySchema(services: GatewayServices): Promise<GraphQLSchema> {
  return buildZerenSchema(MODULES, services);
}
