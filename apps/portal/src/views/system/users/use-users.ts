import { computed, ref } from 'vue';
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
  const canWrite = computed(() => session.canChange(Permission.USERS_MANAGE));
  // Writes are stamped with the admin's own tenant: rows of other agencies are read-only here.
  const canEdit = (row: UserRow) => canWrite.value && row.tenant.id === session.user?.tenant.id;
  const isSelf = (row: UserRow) => row.id === session.user?.id;

  // ---- list
  const searchInput = ref('');
  const search = ref('');
  const { page, pageSize, offset } = usePaging(search);
  const { result, loading, onError, refetch } = useQuery(UsersDocument, () => ({
    search: search.value || null,
    offset: offset.value,
    limit: pageSize.value,
  }));
  onError(notifyError);
  const rows = computed(() => result.value?.users.items ?? []);
  const total = computed(() => result.value?.users.total ?? 0);
  const applySearch = () => (search.value = searchInput.value.trim());
  const resetSearch = () => {
    searchInput.value = '';
    search.value = '';
  };

  // ---- enable / disable
  const update = useMutation(UpdateUserDocument);

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
