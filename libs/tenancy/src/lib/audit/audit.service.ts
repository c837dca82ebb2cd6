import type { EntityManager } from 'typeorm';
import type { Scope } from '../scope/scope';
import { newId } from '../database/ids';
import { AuditEntry, AuditOutcome } from './audit-entry.entity';

export interface AuditEvent {
  tenantId: string | null;
  actorUserId: string | null;
  actorUsername: string | null;
  operation: string;
  targetIds?: string[];
  outcome: AuditOutcome;
  errorCode?: string | null;
  requestId?: string | null;
  /** Set when the request acted for or dispatched into other tenants (ScopeTrail). */
  via?: string | null;
  reachedTenantIds?: string[];
}

export interface AuditFilter {
  tenantId?: string;
  actorUserId?: string;
  operation?: string;
  outcome?: AuditOutcome;
  from?: Date;
  to?: Date;
}

/** Appends one line; the caller picks the manager, so a success line commits with the work it records. */
export async function appendAudit(manager: EntityManager, event: AuditEvent): Promise<void> {
  await manager.insert(AuditEntry, {
    id: newId(),
    tenantId: event.tenantId,
    actorUserId: event.actorUserId,
    actorUsername: event.actorUsername,
    operation: event.operation,
    targetIds: [...new Set(event.targetIds ?? [])].slice(0, 50),
    outcome: event.outcome,
    errorCode: event.errorCode ?? null,
    requestId: event.requestId ?? null,
    via: event.via ?? null,
    reachedTenantIds: event.reachedTenantIds?.length ? [...new Set(event.reachedTenantIds)].slice(0, 200) : null,
    at: new Date(),
  });
}

/** Newest first; a tenant reader sees only its own tenant's lines, the committee sees all. */
export async function listAudit(
  manager: EntityManager,
  scope: Scope,
  filter: AuditFilter,
  page: { offset: number; limit: number },
): Promise<[AuditEntry[], number]> {
  const qb = manager.createQueryBuilder(AuditEntry, 'a');
  if (scope.readTenantIds !== null) qb.where('a.tenantId IN (:...tenants)', { tenants: [...scope.readTenantIds] });
  if (filter.tenantId) qb.andWhere('a.tenantId = :tenantId', { tenantId: filter.tenantId });
  if (filter.actorUserId) qb.andWhere('a.actorUserId = :actor', { actor: filter.actorUserId });
  if (filter.operation) qb.andWhere('a.operation = :operation', { operation: filter.operation });
  if (filter.outcome) qb.andWhere('a.outcome = :outcome', { outcome: filter.outcome });
  if (filter.from) qb.andWhere('a.at >= :from', { from: filter.from });
  if (filter.to) qb.andWhere('a.at < :to', { to: filter.to });
  return qb.orderBy('a.id', 'DESC').skip(page.offset).take(page.limit).getManyAndCount();
}
