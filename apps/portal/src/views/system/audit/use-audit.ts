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
  range: [Date, Date] | null;
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
      from: f.range ? f.range[0].toISOString() : null,
      to: f.range ? f.range[1].toISOString() : null,
    };
  });
  onError(notifyError);

  const rows = computed(() => result.value?.auditLog.items ?? []);
  const total = computed(() => result.value?.auditLog.total ?? 0);

  function apply(): void {
    applied.value = { ...draft, range: draft.range ? [draft.range[0], draft.range[1]] : null };
  }

  function resetFilters(): void {
    Object.assign(draft, empty());
    apply();
  }

  return { opLabel, knownOps, canPickTenant, agencies, nameOf, draft, apply, resetFilters, rows, total, loading, page, pageSize, refetch };
}
