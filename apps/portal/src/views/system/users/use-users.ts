import { computed, reactive, ref, useTemplateRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { ElMessageBox, type FormInstance, type FormRules } from 'element-plus';
import 'element-plus/theme-chalk/el-message-box.css';
import { CreateUserDocument, ResetUserPasswordDocument, UpdateUserDocument, UsersDocument, type Role, type UsersQuery } from '@/gql/graphql';
import { issuesByField } from '@/api/errors';
import { notifyError, notifySuccess } from '@/api/notify';
import { usePaging } from '@/composables/use-paging';
import { useSessionStore } from '@/stores/session';
import { USER_ADMINS } from '@/router/roles';

export type UserRow = UsersQuery['users']['items'][number];

const COMMITTEE_ROLES: Role[] = ['COMMITTEE_ADMIN', 'COMMITTEE_LEADER', 'GRID_LIAISON'];
const AGENCY_ROLES: Role[] = ['TENANT_ADMIN', 'BRANCH_SECRETARY', 'SHOWCASE_MANAGER', 'MEMBER'];
// Mirrors CreateUserInput on the gateway.
const USERNAME = /^[A-Za-z0-9_.-]{3,64}$/;

export function useUsers() {
  const { t } = useI18n();
  const session = useSessionStore();
  const canWrite = computed(() => session.hasRole(...USER_ADMINS));
  // New users land in the admin's own tenant, so only that tenant's roles are offered.
  const roleOptions = computed(() => (session.isCommittee ? COMMITTEE_ROLES : AGENCY_ROLES).map((r) => ({ value: r, label: t(`roles.${r}`) })));

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

  // ---- create / edit dialog
  const dialog = reactive({ open: false, editing: null as UserRow | null });
  const formRef = useTemplateRef<FormInstance>('userForm');
  const form = reactive({ username: '', displayName: '', password: '', roles: [] as Role[] });
  const fieldErrors = ref<Record<string, string>>({});
  const rules = computed<FormRules>(() => ({
    username: [{ required: true, pattern: USERNAME, message: t('users.usernameRule'), trigger: 'blur' }],
    displayName: [
      { required: true, whitespace: true, message: t('users.displayNameRequired'), trigger: 'blur' },
      { max: 64, message: t('users.displayNameMax'), trigger: 'blur' },
    ],
    password: [{ required: true, min: 8, max: 128, message: t('users.passwordRule'), trigger: 'blur' }],
    roles: [{ type: 'array', required: true, min: 1, message: t('users.rolesRequired'), trigger: 'change' }],
  }));

  function openCreate(): void {
    Object.assign(form, { username: '', displayName: '', password: '', roles: [] });
    fieldErrors.value = {};
    dialog.editing = null;
    dialog.open = true;
    formRef.value?.clearValidate();
  }

  function openEdit(row: UserRow): void {
    Object.assign(form, { username: row.username, displayName: row.displayName, password: '', roles: [...row.roles] });
    fieldErrors.value = {};
    dialog.editing = row;
    dialog.open = true;
    formRef.value?.clearValidate();
  }

  const create = useMutation(CreateUserDocument);
  const update = useMutation(UpdateUserDocument);
  const saving = computed(() => create.loading.value || update.loading.value);

  async function save(): Promise<void> {
    fieldErrors.value = {};
    const fields = dialog.editing ? ['displayName', 'roles'] : undefined;
    const valid = await (fields ? formRef.value?.validateField(fields) : formRef.value?.validate())?.catch(() => false);
    if (!valid) return;
    try {
      if (dialog.editing) {
        await update.mutate({ id: dialog.editing.id, input: { displayName: form.displayName.trim(), roles: form.roles } });
        notifySuccess(t('common.saved'));
      } else {
        await create.mutate({ input: { username: form.username.trim(), displayName: form.displayName.trim(), password: form.password, roles: form.roles } });
        notifySuccess(t('common.created'));
      }
      dialog.open = false;
      await refetch();
    } catch (e) {
      fieldErrors.value = issuesByField(notifyError(e).issues);
    }
  }

  // ---- enable / disable
  async function toggleDisabled(row: UserRow): Promise<void> {
    if (!row.disabled) {
      const ok = await ElMessageBox.confirm(t('users.disableConfirm', { name: row.displayName }), t('users.disable'), {
        type: 'warning',
        confirmButtonText: t('common.confirm'),
        cancelButtonText: t('common.cancel'),
      }).catch(() => false);
      if (!ok) return;
    }
    try {
      await update.mutate({ id: row.id, input: { disabled: !row.disabled } });
      notifySuccess(t('common.saved'));
      await refetch();
    } catch (e) {
      notifyError(e);
    }
  }

  // ---- reset password
  const reset = reactive({ open: false, user: null as UserRow | null, password: '' });
  const resetFormRef = useTemplateRef<FormInstance>('resetForm');
  const resetRules = computed<FormRules>(() => ({ password: [{ required: true, min: 8, max: 128, message: t('users.passwordRule'), trigger: 'blur' }] }));
  const resetMutation = useMutation(ResetUserPasswordDocument);

  function openReset(row: UserRow): void {
    Object.assign(reset, { open: true, user: row, password: '' });
    resetFormRef.value?.clearValidate();
  }

  async function saveReset(): Promise<void> {
    const valid = await resetFormRef.value?.validate().catch(() => false);
    if (!valid || !reset.user) return;
    try {
      await resetMutation.mutate({ id: reset.user.id, password: reset.password });
      notifySuccess(t('users.passwordReset'));
      reset.open = false;
    } catch (e) {
      notifyError(e);
    }
  }

  return {
    canWrite,
    canEdit,
    isSelf,
    roleOptions,
    searchInput,
    applySearch,
    resetSearch,
    rows,
    total,
    loading,
    page,
    pageSize,
    dialog,
    form,
    rules,
    fieldErrors,
    saving,
    openCreate,
    openEdit,
    save,
    toggleDisabled,
    reset,
    resetRules,
    resetSaving: resetMutation.loading,
    openReset,
    saveReset,
  };
}
