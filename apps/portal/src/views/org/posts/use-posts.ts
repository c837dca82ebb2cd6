import { computed, reactive, ref, useTemplateRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { ElMessageBox, type FormInstance, type FormRules } from 'element-plus';
import 'element-plus/theme-chalk/el-message-box.css';
import { AssignPostDocument, EndPostAssignmentDocument, PartyMembersDocument, PostTypesDocument, UnitPostsDocument } from '@/gql/graphql';
import { issuesByField } from '@/api/errors';
import { notifyError, notifySuccess } from '@/api/notify';
import { useSessionStore } from '@/stores/session';
import { useTenants } from '@/composables/use-tenants';
import { MAX_DEPTH, nestUnits } from '../shared/org-rules';

export interface PostRow {
  id: string;
  unitId: string;
  unitName: string;
  tenantId: string;
  postCode: string;
  postName: string;
  secretary: boolean;
  memberName: string;
  leadershipMember: boolean;
  jobTitle: string | null;
  startsOn: string;
}

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

  const tree = useQuery(UnitPostsDocument, { id: null, depth: MAX_DEPTH }, { fetchPolicy: 'cache-and-network' });
  tree.onError(notifyError);
  const units = computed(() => tree.result.value?.orgTree ?? []);

  const filters = reactive({ postCode: '', text: '' });
  const allRows = computed<PostRow[]>(() =>
    units.value.flatMap((u) =>
      u.posts.map((p) => ({
        id: p.id,
        unitId: u.id,
        unitName: u.name,
        tenantId: u.tenantId,
        postCode: p.postCode,
        postName: p.post.name,
        secretary: p.post.secretary,
        memberName: p.member.name,
        leadershipMember: p.member.leadershipMember,
        jobTitle: p.member.jobTitle ?? null,
        startsOn: p.startsOn,
      })),
    ),
  );
  const rows = computed(() => {
    const text = filters.text.trim();
    // orgTree lists level by level; group the committee's view by agency (stable, so levels stay in order).
    const ordered = session.isCommittee ? [...allRows.value].sort((a, b) => tenantName(a.tenantId).localeCompare(tenantName(b.tenantId), 'zh-CN')) : allRows.value;
    return ordered.filter(
      (r) => (!filters.postCode || r.postCode === filters.postCode) && (!text || r.unitName.includes(text) || r.memberName.includes(text)),
    );
  });
  const loading = computed(() => tree.loading.value && !tree.result.value);

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
  const unitOptions = computed(() => nestUnits(units.value.filter((u) => u.tenantId === ownTenant.value)));
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
      await tree.refetch();
    } catch (e) {
      fieldErrors.value = issuesByField(notifyError(e).issues);
    }
  }

  // ---- end a term
  const endMutation = useMutation(EndPostAssignmentDocument);

  async function endTerm(row: PostRow): Promise<void> {
    const ok = await ElMessageBox.confirm(t('posts.endConfirm', { member: row.memberName, post: row.postName }), t('posts.end'), {
      type: 'warning',
      confirmButtonText: t('posts.end'),
      cancelButtonText: t('common.cancel'),
    }).catch(() => false);
    if (!ok) return;
    try {
      await endMutation.mutate({ id: row.id });
      notifySuccess(t('posts.ended'));
      await tree.refetch();
    } catch (e) {
      notifyError(e);
    }
  }

  return {
    writer,
    canEnd,
    tenantName,
    showTenant: computed(() => session.isCommittee),
    postTypes,
    assignable,
    filters,
    rows,
    total: computed(() => allRows.value.length),
    loading,
    refresh: () => tree.refetch(),
    dialog,
    form,
    rules,
    fieldErrors,
    unitOptions,
    memberOptions,
    memberLoading,
    searchMembers,
    openAssign,
    saveAssign,
    assigning: assignMutation.loading,
    endTerm,
  };
}
