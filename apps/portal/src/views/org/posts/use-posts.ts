import { computed, reactive, ref, useTemplateRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { ElMessageBox, type FormInstance, type FormRules } from 'element-plus';
import 'element-plus/theme-chalk/el-message-box.css';
import { AssignPostDocument, EndPostAssignmentDocument, PartyMembersDocument, PostAssignmentsDocument, PostTypesDocument, type PostAssignmentsQuery } from '@/gql/graphql';
import { issuesByField } from '@/api/errors';
import { notifyError, notifySuccess } from '@/api/notify';
import { usePagedFilters } from '@/composables/use-paging';
import { useSessionStore } from '@/stores/session';
import { useTenants } from '@/composables/use-tenants';
import { useUnitOptions } from '../shared/use-unit-options';

export type PostRow = PostAssignmentsQuery['postAssignments']['items'][number];

/** Whole years since a date (ISO yyyy-mm-dd), for the term column. */
export function yearsSince(iso: string, today = new Date()): number {
  const start = new Date(`${iso}T00:00:00`);
  let years = today.getFullYear() - start.getFullYear();
  if (today.getMonth() < start.getMonth() || (today.getMonth() === start.getMonth() && today.getDate() < start.getDate())) years -= 1;
  return Math.max(0, years);
}

export function usePosts() {
  const { t } = useI18n();
  const session = useSessionStore();
  const { resolveClient } = useApolloClient();
  const { nameOf: tenantName } = useTenants();
  const ownTenant = computed(() => session.user?.tenant.id);
  const writer = computed(() => session.hasRole('TENANT_ADMIN', 'COMMITTEE_ADMIN'));
  const canEnd = (row: PostRow) => writer.value && row.tenantId === ownTenant.value;

  const catalogue = useQuery(PostTypesDocument, null, { fetchPolicy: 'cache-first' });
  catalogue.onError(notifyError);
  const postTypes = computed(() => [...(catalogue.result.value?.postTypes ?? [])].sort((a, b) => a.sortOrder - b.sortOrder));
  const assignable = computed(() => postTypes.value.filter((p) => p.assignable));

  // Pickers list every unit in view (no posts: those come a page at a time); writes only go to the caller's own tenant.
  const units = useUnitOptions(writer, undefined, (u) => u.tenantId === ownTenant.value);
  const filterUnits = useUnitOptions(true);

  // ---- list
  const { draft, applied, apply, resetFilters, page, pageSize, offset } = usePagedFilters(() => ({ postCode: '', unitId: '', search: '' }));
  const list = useQuery(PostAssignmentsDocument, () => ({
    unitId: applied.value.unitId || null,
    postCode: applied.value.postCode || null,
    search: applied.value.search.trim() || null,
    offset: offset.value,
    limit: pageSize.value,
  }));
  list.onError(notifyError);
  const rows = computed(() => list.result.value?.postAssignments.items ?? []);
  const total = computed(() => list.result.value?.postAssignments.total ?? 0);

  // ---- assign
  const formRef = useTemplateRef<FormInstance>('assignForm');
  const dialog = reactive({ open: false });
  const form = reactive({ unitId: '', postCode: '', memberId: '', startsOn: '' });
  const fieldErrors = ref<Record<string, string>>({});
  const rules = computed<FormRules>(() => ({
    unitId: [{ required: true, message: t('posts.unitRequired'), trigger: 'change' }],
    postCode: [{ required: true, message: t('posts.postRequired'), trigger: 'change' }],
    memberId: [{ required: true, message: t('posts.memberRequired'), trigger: 'change' }],
  }));
  const memberOptions = ref<{ value: string; label: string }[]>([]);
  const memberLoading = ref(false);

  async function searchMembers(query: string): Promise<void> {
    memberLoading.value = true;
    try {
      const { data } = await resolveClient().query({
        query: PartyMembersDocument,
        variables: { search: query.trim() || null, unitId: null, status: 'ACTIVE', includeDescendants: true, offset: 0, limit: 20 },
        fetchPolicy: 'network-only',
      });
      memberOptions.value = data.partyMembers.items
        .filter((m) => m.tenantId === ownTenant.value)
        .map((m) => ({ value: m.id, label: `${m.name} · ${m.unit.name}` }));
    } catch (e) {
      notifyError(e);
    } finally {
      memberLoading.value = false;
    }
  }

  function openAssign(): void {
    Object.assign(form, { unitId: '', postCode: '', memberId: '', startsOn: '' });
    fieldErrors.value = {};
    dialog.open = true;
    formRef.value?.clearValidate();
    void searchMembers('');
  }

  const assignMutation = useMutation(AssignPostDocument);

  async function saveAssign(): Promise<void> {
    fieldErrors.value = {};
    const valid = await formRef.value?.validate().catch(() => false);
    if (!valid) return;
    try {
      await assignMutation.mutate({ input: { unitId: form.unitId, postCode: form.postCode, memberId: form.memberId, startsOn: form.startsOn || null } });
      notifySuccess(t('posts.assigned'));
      dialog.open = false;
      await list.refetch();
    } catch (e) {
      fieldErrors.value = issuesByField(notifyError(e).issues);
    }
  }

  // ---- end a term
  const endMutation = useMutation(EndPostAssignmentDocument);

  async function endTerm(row: PostRow): Promise<void> {
    const ok = await ElMessageBox.confirm(t('posts.endConfirm', { member: row.member.name, post: row.post.name }), t('posts.end'), {
      type: 'warning',
      confirmButtonText: t('posts.end'),
      cancelButtonText: t('common.cancel'),
    }).catch(() => false);
    if (!ok) return;
    try {
      await endMutation.mutate({ id: row.id });
      notifySuccess(t('posts.ended'));
      await list.refetch();
    } catch (e) {
      notifyError(e);
    }
  }

  return {
    writer,
    canEnd,
    tenantName,
    // Across agencies a unit name like 机关第一党支部 is ambiguous: the committee also sees the agency.
    showTenant: computed(() => session.isCommittee && !session.viewTenantId),
    assignable,
    filterUnitOptions: filterUnits.options,
    draft,
    apply,
    resetFilters,
    rows,
    total,
    loading: list.loading,
    page,
    pageSize,
    refresh: () => list.refetch(),
    dialog,
    form,
    rules,
    fieldErrors,
    unitOptions: units.options,
    memberOptions,
    memberLoading,
    searchMembers,
    openAssign,
    saveAssign,
    assigning: assignMutation.loading,
    endTerm,
  };
}
