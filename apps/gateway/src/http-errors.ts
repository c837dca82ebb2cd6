import { GraphQLError } from 'graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '@zeren/auth';
import { isServiceUnavailable, SERVICE_UNAVAILABLE_MESSAGE } from '@zeren/api';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { localizeErrors, pickLocale, type MessageTranslator } from '@zeren/shared-errors';
import type { Logger } from 'pino';

/** HTTP status for an error raised while the request context is built (before any GraphQL runs). */
const CONTEXT_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

function codeOf(error: unknown): string | undefined {
  return error instanceof GraphQLError ? String(error.extensions?.['code'] ?? '') || undefined : undefined;
}

/**
 * Gives a context-creation error its HTTP status (a bad token is the client's mistake: 401) and logs
 * it under the request id; an error nobody threw on purpose stays 500 and is masked by formatError.
 * `translate` words the message in the request's language.
 */
export function contextFailure(error: unknown, log: Logger, translate: (message: string) => string = (m) => m): GraphQLError {
  const requestId = (error as { requestId?: string } | null)?.requestId;
  if (isServiceUnavailable(error)) {
    log.error({ err: error, requestId, stage: 'context' }, 'database unavailable');
    return new GraphQLError(translate(SERVICE_UNAVAILABLE_MESSAGE), { extensions: { code: 'SERVICE_UNAVAILABLE', http: unavailableHead() } });
  }
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
  const retryAfter = error.extensions?.['retryAfterSeconds'];
  if (status === 429 && typeof retryAfter === 'number') headers.set('retry-after', String(Math.ceil(retryAfter)));
  // No plugin sees an answer whose context failed: its message is put in the request's language here.
  return new GraphQLError(translate(error.message), { originalError: error, extensions: { ...error.extensions, http: { status, headers } } });
}

/** How long a client should wait before retrying while the database is out of reach. */
export const RETRY_AFTER_SECONDS = 5;

function unavailableHead() {
  return { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) };
}

/** An answer that carries SERVICE_UNAVAILABLE is a 503 with Retry-After, whatever else it carries. */
export function serviceUnavailablePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          if (!errors?.some((e) => e.extensions?.['code'] === 'SERVICE_UNAVAILABLE')) return;
          const head = unavailableHead();
          response.http.status = head.status;
          for (const [name, value] of head.headers) response.http.headers.set(name, value);
        },
      };
    },
  };
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

/** body-parser's error types, as the client's mistakes they are. */
const BODY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: '请求体不是有效的 JSON' },
  'entity.verify.failed': { status: 400, code: 'BAD_REQUEST', message: '请求体不是有效的 JSON' },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: '请求在传输中断开' },
  'request.size.invalid': { status: 400, code: 'BAD_REQUEST', message: '请求体长度与声明不符' },
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: '请求体过大' },
  'charset.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: '请求体须为 UTF-8 编码的 JSON' },
  'encoding.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持该内容编码(Content-Encoding)' },
};

/**
 * The last Express error handler: every error reaching it leaves as a JSON GraphQL error with a stable
 * code, never Express's HTML page (which shows the stack in development).
 */
export function jsonErrorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) return next(err);
    const type = (err as { type?: unknown } | null)?.type;
    const known = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
    const requestId = req.get('x-request-id')?.slice(0, 64);
    if (known) {
      log.info({ requestId, path: req.path, errors: [known.code], reason: type }, 'request body refused');
    } else {
      log.error({ err, requestId, path: req.path }, 'unexpected error');
    }
    const { status, code, message } = known ?? { status: 500, code: 'INTERNAL_SERVER_ERROR', message: '服务器内部错误,请稍后再试' };
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

/**
 * Words the JSON error answers of Express routes (the modules' endpoints, refused bodies) in the
 * language the request asks for, as localizedErrorsPlugin does for GraphQL's.
 */
export function localizedJsonErrors(translator: MessageTranslator): RequestHandler {
  return (req, res, next) => {
    localizeJsonErrors(translator, req, res);
    next();
  };
}

export function localizeJsonErrors(translator: MessageTranslator, req: Request, res: Response): void {
  const locale = pickLocale(req.headers['accept-language']);
  const json = res.json.bind(res);
  res.json = (body: unknown) => {
    const errors = (body as { errors?: unknown } | null)?.errors;
    if (!Array.isArray(errors)) return json(body);
    // Said on every error answer, zh-CN too: a cache must not hand one language's answer to the other.
    res.setHeader('content-language', locale);
    res.vary('Accept-Language');
    return json({ ...(body as object), errors: localizeErrors(errors, locale, translator) });
  };
}
