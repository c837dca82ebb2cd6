import { i18n } from '@/i18n';

export interface ApiIssue {
  field: string;
  message: string;
}

export interface ApiProblem {
  code: string;
  message: string;
  issues: ApiIssue[];
}

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

interface ErrorParts {
  graphQLErrors?: readonly GraphQLErrorLike[];
  networkError?: unknown;
}

function serverErrors(parts: ErrorParts): GraphQLErrorLike[] {
  const list: GraphQLErrorLike[] = [...(parts.graphQLErrors ?? [])];
  // A context failure (bad token) comes back as HTTP 500 with the GraphQL errors in the body.
  const body = (parts.networkError as { result?: { errors?: GraphQLErrorLike[] } } | null | undefined)?.result;
  if (body && Array.isArray(body.errors)) list.push(...body.errors);
  return list;
}

export function errorCodes(parts: ErrorParts): string[] {
  return serverErrors(parts).map((e) => String(e.extensions?.code ?? ''));
}

/** Any error from Apollo (or elsewhere) as one message for a person, plus per-field issues. */
export function describeError(error: unknown): ApiProblem {
  const t = i18n.global.t;
  const parts = (error ?? {}) as ErrorParts;
  const first = serverErrors(parts)[0];
  if (first) {
    const code = String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    const issues = Array.isArray(first.extensions?.issues) ? (first.extensions.issues as ApiIssue[]) : [];
    // The gateway words its messages for people (zh-CN); the code's text is only a fallback.
    const known = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS'];
    const message = first.message && (known.includes(code) || code === 'INTERNAL_SERVER_ERROR') ? first.message : t(`errors.${known.includes(code) ? code : 'INTERNAL_SERVER_ERROR'}`);
    return { code, message, issues };
  }
  if (parts.networkError) return { code: 'NETWORK', message: t('errors.NETWORK'), issues: [] };
  return { code: 'UNKNOWN', message: error instanceof Error && error.message ? error.message : t('errors.INTERNAL_SERVER_ERROR'), issues: [] };
}

/** Issues keyed by the last segment of their field path (`admin.username` → `username`). */
export function issuesByField(issues: readonly ApiIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.field.split('.').pop() ?? issue.field;
    out[key] ??= issue.message;
  }
  return out;
}
