import type { MiddlewareFn } from 'type-graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { AuditOutcome } from '@zeren/tenancy';
import { GraphQLError, Kind } from 'graphql';
import type { RequestContext } from '@zeren/auth';
import { auditLine } from './audit-line';

/** What became of one mutation field of a document: committed in its own transaction, or not. */
export interface MutationOutcome {
  /** The response key: the alias if there is one. */
  field: string;
  mutation: string;
  committed: boolean;
  code?: string;
}

// Per request, in execution order; a WeakMap so the context type needs no field for it.
const outcomes = new WeakMap<object, MutationOutcome[]>();

function record(context: RequestContext, outcome: MutationOutcome): void {
  const list = outcomes.get(context) ?? [];
  list.push(outcome);
  outcomes.set(context, list);
}

function codeOf(error: unknown): string {
  return error instanceof GraphQLError ? String(error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR') : 'INTERNAL_SERVER_ERROR';
}

/**
 * Wraps every mutation in one transaction and appends its audit line in that same transaction, so
 * a change and its record commit or vanish together. A failure rolls the work back and is recorded
 * on its own. Mutations marked `auditedByService` (login) write their own lines. A mutation that
 * acted for an agency or dispatched into several says so (`via`, `reachedTenantIds`). Every mutation's
 * outcome is kept for mutationReportPlugin.
 */
export const mutationAudit: MiddlewareFn<RequestContext> = async (data, next) => {
  const { context, info } = data;
  if (info.parentType.name !== 'Mutation') return next();
  const outcome = { field: String(info.path.key), mutation: info.fieldName };
  try {
    const result = await audited(data, next);
    record(context, { ...outcome, committed: true });
    return result;
  } catch (error) {
    record(context, { ...outcome, committed: false, code: codeOf(error) });
    throw error;
  }
};

const audited: MiddlewareFn<RequestContext> = async ({ context, info, args }, next) => {
  const field = info.parentType.getFields()[info.fieldName];
  if (field?.extensions?.['auditedByService']) return next();

  const base = context.db;
  // Each mutation of a document gets its own record of the tenants it acted for or dispatched into.
  base.trail.reached.clear();
  base.trail.kinds.clear();
  const line = (outcome: AuditOutcome, targetIds: string[], errorCode: string | null) => auditLine(context, info.fieldName, outcome, targetIds, errorCode);
  try {
    return await base.transaction(async (tx) => {
      context.db = tx;
      try {
        const result = await next();
        await tx.appendAudit(line(AuditOutcome.SUCCESS, [...idsIn(args), ...idsIn({ result })], null));
        return result;
      } finally {
        context.db = base;
      }
    });
  } catch (error) {
    await base.appendAudit(line(AuditOutcome.FAILURE, idsIn(args), codeOf(error))).catch(() => undefined);
    throw error;
  }
};

/**
 * A document with several mutations runs them one after another, each in its own transaction, and
 * stops at the first failure. A failing non-null field nulls `data`, hiding what the earlier ones
 * committed, so the answer lists each outcome in `extensions.mutations`.
 */
export function mutationReportPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response, contextValue }) {
          const fields = operation?.operation === 'mutation' ? operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD) : [];
          const list = outcomes.get(contextValue);
          if (fields.length < 2 || !list || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, mutations: list };
        },
      };
    },
  };
}

/** Ids named in arguments (`id`, `unitId`, `memberIds`) or carried by the result. */
function idsIn(value: unknown, key = '', depth = 0): string[] {
  if (depth > 4 || value === null || value === undefined) return [];
  const isIdKey = key === 'id' || /Ids?$/.test(key);
  if (typeof value === 'string') return isIdKey ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => idsIn(v, key, depth + 1));
  if (typeof value === 'object' && !(value instanceof Date)) {
    // Only the top level of a result: its own id, not every nested object's.
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
      key === 'result' && typeof v === 'object' ? [] : idsIn(v, k, depth + 1),
    );
  }
  return [];
}
