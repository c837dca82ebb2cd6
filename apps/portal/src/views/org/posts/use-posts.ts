import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { EndPostAssignmentDocument, PostAssignmentsDocument, PostTypesDocument, type PostAssignmentsQuery } from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { usePagedFilters } from '@/composables/use-paging';
import { Permission } from '@/router/permissions';
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
  const { nameOf: tenantName } = useTenants();
  const writer = computed(() => session.canChange(Permission.ORG_POSTS_ASSIGN));
  const canEnd = (row: PostRow) => writer.value && row.unit.writable;

  const catalogue = useQuery(PostTypesDocument, null, { fetchPolicy: 'cache-first' });
  catalogue.onError(notifyError);
  const postTypes = computed(() => [...(catalogue.result.value?.postTypes ?? [])].sort((a, b) => a.sortOrder - b.sortOrder));
  const assignable = computed(() => postTypes.value.filter((p) => p.assignable));

  // Pickers list every unit in view (no posts: those come a page at a time); an assignment only where the caller may write.
  const units = useUnitOptions(writer, undefined, (u) => u.writable);
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

  // ---- end a term
  const endMutation = useMutation(EndPostAssignmentDocument);

  async function endTerm(row: PostRow): Promise<void> {
    if (!(await confirmAction(t('posts.endConfirm', { member: row.member.name, post: row.post.name }), t('posts.end'), { confirmText: t('posts.end') }))) return;
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
    unitOptions: units.options,
    endTerm,
  };
}
