import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { RequestContext } from '@zeren/auth';

/** One log line per GraphQL request: id, tenant, user, operation, duration, error codes. */
export function requestLogPlugin(log: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors, contextValue: ctx }) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          log.info(
            {
              requestId: ctx.requestId,
              tenantId: ctx.principal?.tenantId ?? null,
              userId: ctx.principal?.userId ?? null,
              operation: operationName ?? null,
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
