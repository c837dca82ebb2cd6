import type { RequestContext } from '@zeren/auth';
import type { AuditEvent, AuditOutcome } from '@zeren/tenancy';

/** One mutation's audit line: who, from which tenant, what, how it ended, and which tenants it reached beyond its own. */
export function auditLine(context: RequestContext, operation: string, outcome: AuditOutcome, targetIds: string[], errorCode: string | null): AuditEvent {
  const principal = context.principal;
  const trail = context.db.trail;
  return {
    tenantId: principal?.tenantId ?? null,
    actorUserId: principal?.userId ?? null,
    actorUsername: principal?.username ?? null,
    operation,
    targetIds,
    outcome,
    errorCode,
    requestId: context.requestId,
    via: trail.kinds.size ? [...trail.kinds].sort().join(',') : null,
    reachedTenantIds: [...trail.reached],
  };
}
