import { GraphQLError } from 'graphql';

/** The stable codes clients branch on; the message is for a person. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldIssue {
  /** Dotted path of the offending input, e.g. `input.name`, or a spreadsheet cell like `B7`. */
  field: string;
  message: string;
}

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = '请先登录') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = '没有执行此操作的权限') {
    super('FORBIDDEN', message);
  }
}

export class BadInputError extends AppError {
  constructor(message: string, issues: FieldIssue[] = []) {
    super('BAD_USER_INPUT', message, { issues });
  }
}

/** BAD_USER_INPUT naming the field, so that the portal shows the refusal beside it. */
export function refuse(field: string, message: string): never {
  throw new BadInputError(message, [{ field, message }]);
}

/** A required text, trimmed: the field's refusal when only spaces were given. */
export function required(value: string | null | undefined, field: string, message: string): string {
  const text = value?.trim() ?? '';
  if (!text) refuse(field, message);
  return text;
}

export class NotFoundError extends AppError {
  // Never echo the id: the message must read the same whether the row is absent or another tenant's.
  constructor(what = '记录') {
    super('NOT_FOUND', `${what}不存在`);
  }
}

export class ConflictError extends AppError {
  /** `issues` name the fields a person would change to resolve it (a duplicate's identity number). */
  constructor(message: string, issues: FieldIssue[] = []) {
    super('CONFLICT', message, issues.length ? { issues } : {});
  }
}

export class TooManyRequestsError extends AppError {
  constructor(message: string, retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', message, { retryAfterSeconds });
  }
}
