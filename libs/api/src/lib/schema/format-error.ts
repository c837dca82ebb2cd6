import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '@zeren/auth';
import { isServiceUnavailable } from './service-unavailable';

const PASS_THROUGH = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  // Apollo's own codes for documents that never reached a resolver.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  // The gateway's own refusals of a request's shape (a subscription over HTTP).
  'OPERATION_NOT_SUPPORTED',
  'SERVICE_UNAVAILABLE',
]);

export const SERVICE_UNAVAILABLE_MESSAGE = '服务暂时不可用,请稍后再试';

function issuesOf(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...issuesOf(e.children ?? [], field)];
  });
}

// graphql-js stops coercing variables after 50 errors with an error of no code and no nodes, which
// Apollo leaves uncoded (its other coercion errors become BAD_USER_INPUT): a client's mistake all the same.
const VARIABLE_LIMIT = 'Too many errors processing variables, error limit reached.';
const isVariableLimit = (error: unknown) => error instanceof GraphQLError && !error.path && error.message.startsWith(VARIABLE_LIMIT);

/** True for an error nobody threw on purpose: it is masked for the client and logged in full. */
export function isUnexpected(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError || isVariableLimit(error)) return false;
  const code = error instanceof GraphQLError ? String(error.extensions?.['code'] ?? '') : '';
  return !PASS_THROUGH.has(code);
}

export type UnexpectedErrorLog = (error: unknown, requestId: string | undefined, path?: GraphQLFormattedError['path']) => void;

/**
 * Every error leaves with a stable `extensions.code` and a message for a person. Anything we did not
 * throw on purpose is masked here; unexpectedErrorPlugin logs it in full under the request id.
 * Errors from building the context (no plugin sees those) are logged here.
 */
export function formatError(logUnexpected: UnexpectedErrorLog) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const issues = issuesOf(original.extensions.validationErrors as unknown as ValidationError[]);
      return {
        message: issues[0]?.message ?? '输入有误',
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', issues },
      };
    }
    if (isVariableLimit(error)) return { message: '输入有误的值过多,已停止检查', extensions: { code: 'BAD_USER_INPUT' } };
    const code = String(formatted.extensions?.['code'] ?? '');
    if (PASS_THROUGH.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    // An unreachable database is nobody's bug: say so plainly (the gateway answers 503).
    if (isServiceUnavailable(original)) {
      return { message: SERVICE_UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    const requestId = (error as { requestId?: string })?.requestId;
    if (requestId) logUnexpected(rootCause(original), requestId, formatted.path);
    return {
      message: '服务器内部错误,请稍后再试',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
    };
  };
}

function rootCause(error: unknown): unknown {
  return error instanceof GraphQLError ? (error.originalError ?? error) : error;
}

/** Logs unexpected resolver errors with the request id, and hands that id to the client to quote. */
export function unexpectedErrorPlugin(logUnexpected: UnexpectedErrorLog): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isUnexpected(error)) logUnexpected(rootCause(unwrapResolverError(error)), contextValue.requestId, error.path);
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.['code'] === 'INTERNAL_SERVER_ERROR') {
              (error.extensions as Record<string, unknown>)['requestId'] = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}
