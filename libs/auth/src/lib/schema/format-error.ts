import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';

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
]);

function issuesOf(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...issuesOf(e.children ?? [], field)];
  });
}

/**
 * Every error leaves with a stable `extensions.code` and a message for a person. Anything we did not
 * throw on purpose is masked; the full error goes to the log under the request id.
 */
export function formatError(logUnexpected: (error: unknown, path: GraphQLFormattedError['path']) => void) {
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
    const code = String(formatted.extensions?.['code'] ?? '');
    if (PASS_THROUGH.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const requestId = (error as { requestId?: string })?.requestId;
    logUnexpected(original instanceof GraphQLError ? (original.originalError ?? original) : original, formatted.path);
    return {
      message: '服务器内部错误,请稍后再试',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
    };
  };
}
