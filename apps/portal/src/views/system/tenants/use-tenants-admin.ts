import { computed, reactive, ref, useTemplateRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { ElMessageBox, type FormInstance, type FormRules } from 'element-plus';
import 'element-plus/theme-chalk/el-message-box.css';
import { CreateTenantDocument, SetTenantStatusDocument, TenantsDocument, type TenantsQuery } from '@/gql/graphql';
import { issuesByField } from '@/api/errors';
import { notifyError, notifySuccess } from '@/api/notify';

export type TenantRow = TenantsQuery['tenants'][number];

// Mirrors CreateTenantInput / TenantAdminInput on the gateway.
const TENANT_CODE = /^[A-Za-z0-9_-]{2,32}$/;
const USERNAME = /^[A-Za-z0-9_.-]{3,64}$/;

/** The committee admin's list of agencies: create one with its first admin, suspend or resume it. */
export function useTenantsAdmin() {
  const { t } = useI18n();
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

  const formRef = useTemplateRef<FormInstance>('tenantForm');
  const dialog = reactive({ open: false });
  const form = reactive({ name: '', code: '', adminUsername: '', adminDisplayName: '', adminPassword: '' });
  const fieldErrors = ref<Record<string, string>>({});
  const rules = computed<FormRules>(() => ({
    name: [{ required: true, whitespace: true, min: 2, max: 100, message: t('tenants.nameRule'), trigger: 'blur' }],
    code: [{ required: true, pattern: TENANT_CODE, message: t('tenants.codeRule'), trigger: 'blur' }],
    adminUsername: [{ required: true, pattern: USERNAME, message: t('users.usernameRule'), trigger: 'blur' }],
    adminDisplayName: [{ required: true, whitespace: true, max: 64, message: t('users.displayNameRequired'), trigger: 'blur' }],
    adminPassword: [{ required: true, min: 8, max: 128, message: t('users.passwordRule'), trigger: 'blur' }],
  }));

  function openCreate(): void {
    Object.assign(form, { name: '', code: '', adminUsername: '', adminDisplayName: '', adminPassword: '' });
    fieldErrors.value = {};
    dialog.open = true;
    formRef.value?.clearValidate();
  }

  const create = useMutation(CreateTenantDocument);
  async function save(): Promise<void> {
    fieldErrors.value = {};
    const valid = await formRef.value?.validate().catch(() => false);
    if (!valid) return;
    try {
      await create.mutate({
        input: {
          name: form.name.trim(),
          code: form.code.trim(),
          admin: { username: form.adminUsername.trim(), displayName: form.adminDisplayName.trim(), password: form.adminPassword },
        },
      });
      notifySuccess(t('common.created'));
      dialog.open = false;
      await list.refetch();
    } catch (e) {
      const issues = notifyError(e).issues;
      // Issues on the nested admin come back as admin.username etc.
      const byField = issuesByField(issues);
      fieldErrors.value = {
        name: byField.name,
        code: byField.code,
        adminUsername: issues.find((i) => i.field === 'admin.username')?.message ?? '',
        adminDisplayName: issues.find((i) => i.field === 'admin.displayName')?.message ?? '',
        adminPassword: issues.find((i) => i.field === 'admin.password')?.message ?? '',
      };
    }
  }

  const setStatus = useMutation(SetTenantStatusDocument);
  async function toggle(row: TenantRow): Promise<void> {
    const suspend = row.status === 'ACTIVE';
    if (suspend) {
      const ok = await ElMessageBox.confirm(t('tenants.suspendConfirm', { name: row.name }), t('tenants.suspend'), {
        type: 'warning',
        confirmButtonText: t('tenants.suspend'),
        cancelButtonText: t('common.cancel'),
        confirmButtonClass: 'el-button--danger',
      }).catch(() => false);
      if (!ok) return;
    }
    try {
      await setStatus.mutate({ id: row.id, status: suspend ? 'SUSPENDED' : 'ACTIVE' });
      notifySuccess(t('common.saved'));
    } catch (e) {
      notifyError(e);
    }
  }

  return { search, rows, loading, dialog, form, rules, fieldErrors, saving: create.loading, openCreate, save, toggle, refresh: () => list.refetch() };
}
