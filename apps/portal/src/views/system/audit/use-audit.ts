import { computed, reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useQuery } from '@vue/apollo-composable';
import { AuditLogDocument, type AuditLogQuery, type AuditOutcome } from '@/gql/graphql';
import { notifyError } from '@/api/notify';
import { usePaging } from '@/composables/use-paging';
import { useTenants } from '@/composables/use-tenants';
import { useSessionStore } from '@/stores/session';

interface Filters {
  tenantId: string;
  operation: string;
  outcome: AuditOutcome | '';
  /** From and to; on a phone each end is picked on its own and may stay open. */
  range: [Date | null, Date | null] | null;
}

export type AuditRow = AuditLogQuery['auditLog']['items'][number];

const empty = (): Filters => ({ tenantId: '', operation: '', outcome: '', range: null });

export function useAudit() {
  const { t, te, tm } = useI18n();
  const session = useSessionStore();
  // Operation names are the API's mutation names; known ones get a label, others show as they are.
  const opKey = (op: string) => `auditOps.${op.replace(/\./g, '_')}`;
  const opLabel = (op: string) => (te(opKey(op)) ? t(opKey(op)) : op);
  const knownOps = computed(() =>
    Object.keys(tm('auditOps') as Record<string, unknown>)
      .filter((k) => k !== 'login')
      .map((k) => (k === 'auth_login' ? 'auth.login' : k))
      .map((value) => ({ value, label: `${opLabel(value)} · ${value}` })),
  );
  const { agencies, nameOf } = useTenants();
  // The committee may filter by agency; everyone else only ever sees their own tenant.
  const canPickTenant = computed(() => session.isCommittee && !session.viewTenantId);

  const draft = reactive<Filters>(empty());
  const applied = ref<Filters>(empty());
  const { page, pageSize, offset } = usePaging(applied);

  const { result, loading, onError, refetch } = useQuery(AuditLogDocument, () => {
    const f = applied.value;
    return {
      offset: offset.value,
      limit: pageSize.value,
      tenantId: f.tenantId || null,
      operation: f.operation.trim() || null,
      outcome: f.outcome || null,
      from: f.range?.[0]?.toISOString() ?? null,
      to: f.range?.[1]?.toISOString() ?? null,
    };
  });
  onError(notifyError);

  const rows = computed(() => result.value?.auditLog.items ?? []);
  const total = computed(() => result.value?.auditLog.total ?? 0);

  function apply(): void {
    applied.value = { ...draft, range: draft.range ? [draft.range[0], draft.range[1]] : null };
  }

  /** Sets one end of the range (the phone's two pickers); no end left means no range. */
  function setRangeEnd(end: 0 | 1, value: Date | null): void {
    const next: [Date | null, Date | null] = [draft.range?.[0] ?? null, draft.range?.[1] ?? null];
    next[end] = value;
    draft.range = next[0] || next[1] ? next : null;
  }

  function resetFilters(): void {
    Object.assign(draft, empty());
    apply();
  }

  return { opLabel, knownOps, canPickTenant, agencies, nameOf, draft, apply, setRangeEnd, resetFilters, rows, total, loading, page, pageSize, refetch };
}
