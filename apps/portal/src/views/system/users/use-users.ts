import { computed, ref } from 'vue';
import { useRoute } from 'vue-router';
import { useI18n } from 'vue-i18n';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { UpdateUserDocument, UsersDocument, type UsersQuery } from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { usePaging } from '@/composables/use-paging';
import { useSessionStore } from '@/stores/session';
import { Permission } from '@/router/permissions';

export type UserRow = UsersQuery['users']['items'][number];

export function useUsers() {
  const { t } = useI18n();
  const session = useSessionStore();
  const route = useRoute();
  // `?tenant=<id>`: one agency's accounts, which the committee admin opens and looks after (from 单位管理).
  const agencyId = computed(() => (typeof route.query['tenant'] === 'string' && route.query['tenant'] !== session.user?.tenant.id ? route.query['tenant'] : null));
  const canWrite = computed(() => session.canChange(agencyId.value ? Permission.AGENCY_USERS_MANAGE : Permission.USERS_MANAGE));
  // Writes are stamped with the admin's own tenant: rows of other agencies are read-only here, except
  // in one agency's view for the committee admin, which acts for that agency (audited).
  const canEdit = (row: UserRow) => canWrite.value && row.tenant.id === (agencyId.value ?? session.user?.tenant.id);
  const isSelf = (row: UserRow) => row.id === session.user?.id;

  // ---- list
  const searchInput = ref('');
  const search = ref('');
  const { page, pageSize, offset } = usePaging(search);
  const { result, loading, onError, refetch } = useQuery(UsersDocument, () => ({
    search: search.value || null,
    tenantId: agencyId.value,
    offset: offset.value,
    limit: pageSize.value,
  }), () => ({ context: { ignoreViewTenant: !!agencyId.value } }));
  onError(notifyError);
  const rows = computed(() => result.value?.users.items ?? []);
  const total = computed(() => result.value?.users.total ?? 0);
  const applySearch = () => (search.value = searchInput.value.trim());
  const resetSearch = () => {
    searchInput.value = '';
    search.value = '';
  };

  // ---- enable / disable
  // In one agency's view the page names its agency itself: the committee's agency picker (a read-only view) does not apply.
  const update = useMutation(UpdateUserDocument, () => ({ context: { ignoreViewTenant: !!agencyId.value } }));

  async function toggleDisabled(row: UserRow): Promise<void> {
    if (!row.disabled) {
      if (!(await confirmAction(t('users.disableConfirm', { name: row.displayName }), t('users.disable')))) return;
    }
    try {
      await update.mutate({ id: row.id, input: { disabled: !row.disabled } });
      notifySuccess(t('common.saved'));
      await refetch();
    } catch (e) {
      notifyError(e);
    }
  }

  return {
    agencyId,
    canWrite,
    canEdit,
    isSelf,
    searchInput,
    applySearch,
    resetSearch,
    rows,
    total,
    loading,
    page,
    pageSize,
    refresh: () => refetch(),
    toggleDisabled,
  };
}
