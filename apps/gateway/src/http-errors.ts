import { GraphQLError } from 'graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '@zeren/auth';
import type { Logger } from 'pino';

/** HTTP status for an error raised while the request context is built (before any GraphQL runs). */
const CONTEXT_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  TOO_MANY_REQUESTS: 429,
};

function codeOf(error: unknown): string | undefined {
  return error instanceof GraphQLError ? String(error.extensions?.['code'] ?? '') || undefined : undefined;
}

/**
 * Gives a context-creation error its HTTP status (a bad token is the client's mistake: 401) and logs
 * it under the request id; an error nobody threw on purpose stays 500 and is masked by formatError.
 */
export function contextFailure(error: unknown, log: Logger): GraphQLError {
  const requestId = (error as { requestId?: string } | null)?.requestId;
  const code = codeOf(error);
  const status = code ? CONTEXT_STATUS[code] : undefined;
  if (!(error instanceof GraphQLError) || status === undefined) {
    // formatError masks and logs it in full under this request id.
    const wrapped = new GraphQLError(error instanceof Error ? error.message : String(error), {
      originalError: error instanceof Error ? error : undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR', http: { status: 500, headers: new HeaderMap() } },
    });
    return Object.assign(wrapped, { requestId });
  }
  log.info({ requestId, stage: 'context', errors: [code] }, 'graphql request refused');
  const headers = new HeaderMap();
  // RFC 6750: a 401 names the scheme the client should use.
  if (status === 401) headers.set('www-authenticate', 'Bearer error="invalid_token"');
  return new GraphQLError(error.message, { originalError: error, extensions: { ...error.extensions, http: { status, headers } } });
}

/** The schema has no subscriptions and HTTP carries none: refuse one as the client's mistake, before it runs. */
export function operationGuardPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError('不支持订阅(subscription)操作,请改用查询或变更', {
            extensions: { code: 'OPERATION_NOT_SUPPORTED', http: { status: 400, headers: new HeaderMap() } },
          });
        },
      };
    },
  };
}
