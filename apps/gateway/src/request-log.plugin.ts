import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '@zeren/auth';

/** One log line per GraphQL request: id, tenant, user, operation, duration, error codes. */
export function requestLogPlugin(log: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, errors, contextValue: ctx }) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          log.info(
            {
              requestId: ctx.requestId,
              tenantId: ctx.principal?.tenantId ?? null,
              userId: ctx.principal?.userId ?? null,
              // Unnamed documents are named by their root fields, e.g. `me,tenants`.
              operation: operationName ?? rootFields(operation) ?? null,
              durationMs: Math.round(ms * 10) / 10,
              errors: errors?.map((e) => e.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql request',
          );
        },
      };
    },
  };
}

function rootFields(operation: OperationDefinitionNode | undefined): string | undefined {
  return operation?.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '…')).join(',');
}
