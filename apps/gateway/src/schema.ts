import type { GraphQLSchema } from 'graphql';
import { buildZerenSchema, createServices, type SchemaServices } from '@zeren/auth';

/** Every domain lib's resolvers (auth's come with buildZerenSchema). A new lib adds its list here. */
export const domainResolvers: Function[] = [];

export type GatewayServices = SchemaServices;
export { createServices };

export function buildGatewaySchema(services: GatewayServices): Promise<GraphQLSchema> {
  return buildZerenSchema(domainResolvers, services);
}
