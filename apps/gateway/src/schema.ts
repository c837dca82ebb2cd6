import type { GraphQLSchema } from 'graphql';
import { buildZerenSchema, createServices, type SchemaServices } from '@zeren/auth';
import { domainResolvers } from '@zeren/database';

// The resolver list lives in libs/database (domainResolvers), beside the entities and migrations,
// so the seeder and the isolation sweep build the very same schema.
export type GatewayServices = SchemaServices;
export { createServices };

export function buildGatewaySchema(services: GatewayServices): Promise<GraphQLSchema> {
  return buildZerenSchema(domainResolvers, services);
}
