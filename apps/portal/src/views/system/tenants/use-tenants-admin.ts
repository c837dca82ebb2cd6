import { computed, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { SetTenantStatusDocument, TenantsDocument, type TenantsQuery } from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';

export type TenantRow = TenantsQuery['tenants'][number];

/** The committee admin's list of agencies: create one with its first admin, suspend or resume it. */
export function useTenantsAdmin() {
  const { t } = useI18n();
  const session = useSessionStore();
  const canCreate = computed(() => session.canChange(Permission.TENANTS_CREATE));
  const canToggle = computed(() => session.canChange(Permission.TENANTS_MANAGE));
  const canManageAccounts = computed(() => session.canChange(Permission.AGENCY_USERS_MANAGE));
  const list = useQuery(TenantsDocument, null, { fetchPolicy: 'cache-and-network', context: { ignoreViewTenant: true } });
  list.onError(notifyError);
  const search = ref('');
  const rows = computed(() => {
    const q = search.value.trim().toLowerCase();
    return (list.result.value?.tenants ?? [])
      .filter((r) => r.kind === 'AGENCY')
      .filter((r) => !q || r.name.toLowerCase().includes(q) || r.code.toLowerCase().includes(q));
  });
  const loading = computed(() => list.loading.value && !list.result.value);

  const setStatus = useMutation(SetTenantStatusDocument);
  async function toggle(row: TenantRow): Promise<void> {
    const suspend = row.status === 'ACTIVE';
    if (suspend) {
      if (!(await confirmAction(t('tenants.suspendConfirm', { name: row.name }), t('tenants.suspend'), { confirmText: t('tenants.suspend'), danger: true }))) return;
    }
    try {
      await setStatus.mutate({ id: row.id, status: suspend ? 'SUSPENDED' : 'ACTIVE' });
      notifySuccess(t('common.saved'));
    } catch (e) {
      notifyError(e);
    }
  }

  return { canCreate, canToggle, canManageAccounts, search, rows, loading, toggle, refresh: () => list.refetch() };
}
