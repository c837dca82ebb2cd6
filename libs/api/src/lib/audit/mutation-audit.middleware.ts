import type { MiddlewareFn } from 'type-graphql';
import { AuditOutcome } from '@zeren/tenancy';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '@zeren/auth';
import { auditLine } from './audit-line';

/**
 * Wraps every mutation in one transaction and appends its audit line in that same transaction, so
 * a change and its record commit or vanish together. A failure rolls the work back and is recorded
 * on its own. Mutations marked `auditedByService` (login) write their own lines. A mutation that
 * acted for an agency or dispatched into several says so (`via`, `reachedTenantIds`).
 */
export const mutationAudit: MiddlewareFn<RequestContext> = async ({ context, info, args }, next) => {
  if (info.parentType.name !== 'Mutation') return next();
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
    const code = error instanceof GraphQLError ? String(error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR') : 'INTERNAL_SERVER_ERROR';
    await base.appendAudit(line(AuditOutcome.FAILURE, idsIn(args), code)).catch(() => undefined);
    throw error;
  }
};

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
